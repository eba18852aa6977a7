import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_DIVISIONS, SECTION_CODES, isDivisionCode, sectionOfDivision } from '../core/industry';
import type { ClusterRecord } from '../core/record';
import { parseStandard } from './industry-standard';

const text = readFileSync('data/gbt4754-2017.json', 'utf8');
const { standard, problems } = parseStandard(text);
const records = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as ClusterRecord[];

describe("data/gbt4754-2017.json, the standard's list", () => {
  it("has core's code structure: sections A–T, divisions 01–97 without gaps, each in its section", () => {
    expect(problems).toEqual([]);
    expect([...standard.sections.keys()]).toEqual([...SECTION_CODES]);
    expect(standard.divisions.size).toBe(97);
    for (const [index, section] of SECTION_CODES.entries()) {
      const first = String(FIRST_DIVISIONS[index]).padStart(2, '0');
      expect(standard.divisions.get(first)?.section, `${section} starts at ${first}`).toBe(section);
    }
  });

  it('names its source and edition', () => {
    const meta = JSON.parse(text) as { standard: string; edition: string; source: string };
    expect(meta.standard).toContain('GB/T 4754—2017');
    expect(meta.edition).toContain('第1号修改单');
    expect(meta.source).toContain('国家统计局');
  });

  // Spot checks of names against the standard's text, where a careless transcription goes wrong.
  it.each([
    ['05', '农、林、牧、渔专业及辅助性活动'],
    ['11', '开采专业及辅助性活动'],
    ['13', '农副食品加工业'],
    ['15', '酒、饮料和精制茶制造业'],
    ['24', '文教、工美、体育和娱乐用品制造业'],
    ['34', '通用设备制造业'],
    ['35', '专用设备制造业'],
    ['37', '铁路、船舶、航空航天和其他运输设备制造业'],
    ['38', '电气机械和器材制造业'],
    ['39', '计算机、通信和其他电子设备制造业'],
    ['43', '金属制品、机械和设备修理业'],
    ['60', '邮政业'],
    ['65', '软件和信息技术服务业'],
    ['73', '研究和试验发展'],
    ['74', '专业技术服务业'],
    ['97', '国际组织'],
  ])('names division %s %s', (code, name) => {
    expect(standard.divisions.get(code)?.name).toBe(name);
  });

  it('refuses a list with a gap, a misplaced division or a missing name', () => {
    const value = JSON.parse(text) as { sections: { code: string; divisions: { code: string; name: string }[] }[] };
    const broken = structuredClone(value);
    broken.sections[2]!.divisions = broken.sections[2]!.divisions.filter((division) => division.code !== '34');
    broken.sections[0]!.divisions.push({ code: '13', name: '' });
    const messages = parseStandard(JSON.stringify(broken)).problems.map((problem) => problem.message);
    expect(messages.some((message) => message.includes('01–97 in order'))).toBe(true);
    expect(messages.some((message) => message.includes('needs a code 01–97 and a name'))).toBe(true);
    expect(parseStandard('{').problems[0]?.message).toMatch(/^not JSON/u);
  });
});

describe('every code the clusters use', () => {
  it("is a section and division of the standard, with the standard's names", () => {
    for (const record of records) {
      const division = standard.divisions.get(record.division);
      expect(division, `id ${record.id}: division ${record.division}`).toBeDefined();
      expect(record.divisionName, `id ${record.id}`).toBe(division!.name);
      expect(record.section, `id ${record.id}`).toBe(division!.section);
      expect(record.section, `id ${record.id}`).toBe(sectionOfDivision(record.division));
      expect(record.sectionName, `id ${record.id}`).toBe(standard.sections.get(record.section));
      if (record.secondaryDivision === null) {
        expect(record.secondaryDivisionName, `id ${record.id}`).toBeNull();
      } else {
        expect(isDivisionCode(record.secondaryDivision), `id ${record.id}`).toBe(true);
        expect(record.secondaryDivision, `id ${record.id}`).not.toBe(record.division);
        expect(record.secondaryDivisionName, `id ${record.id}`).toBe(standard.divisions.get(record.secondaryDivision)?.name);
      }
    }
  });

  it('covers all 300 clusters', () => {
    expect(records).toHaveLength(300);
    expect(records.every((record) => record.division !== '')).toBe(true);
  });
});

describe('core/industry.ts', () => {
  it.each([
    ['01', 'A'],
    ['05', 'A'],
    ['06', 'B'],
    ['12', 'B'],
    ['13', 'C'],
    ['43', 'C'],
    ['44', 'D'],
    ['65', 'I'],
    ['96', 'S'],
    ['97', 'T'],
  ])('places division %s in section %s', (division, section) => {
    expect(sectionOfDivision(division)).toBe(section);
  });

  it.each(['00', '98', '99', '1', '001', 'ab', ' 34', '3４'])('refuses %j as a division', (value) => {
    expect(isDivisionCode(value)).toBe(false);
  });
});
