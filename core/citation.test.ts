import { describe, expect, it } from 'vitest';
import { FIXTURE_CLUSTERS, FIXTURE_NOTICES, HOSTILE_CLUSTERS } from '../test/fixtures/records';
import { bibtex, bibtexText, citableNotice, cslJson, dateParts, gbt7714, gbt7714Notice, type CitationInput } from './citation';

const cixi = FIXTURE_CLUSTERS.find((record) => record.id === 194)!;
const input = (record = cixi): CitationInput => ({
  record,
  url: `https://clusters.example.org/clusters/${record.id}`,
  published: dateParts('2026-11-29T15:38:45Z'),
  accessed: dateParts('2027-03-05'),
  notice: FIXTURE_NOTICES.find((notice) => notice.year === record.year)!,
});

describe('GB/T 7714-2015, electronic document', () => {
  it('is responsible body. title: other title information[EB/OL]. (update date)[citation date]. URL.', () => {
    expect(gbt7714(input())).toBe(
      'cluster-list. 宁波慈溪市智能小家电产业集群: 中小企业特色产业集群名单2023年度第94号[EB/OL]. (2026-11-29)[2027-03-05]. https://clusters.example.org/clusters/194.',
    );
  });

  it('cites the MIIT notice with its citation date, leaving out the publication date the data does not have', () => {
    expect(gbt7714Notice(FIXTURE_NOTICES[1]!, dateParts('2027-03-05'))).toBe(
      '中华人民共和国工业和信息化部. 2023年度中小企业特色产业集群名单（测试夹具）[EB/OL]. [2027-03-05]. https://www.miit.gov.cn/fixture/notice-2023.html.',
    );
  });
});

describe('BibTeX', () => {
  it('is a @misc entry with author, title, year, url, urldate and the notice as note', () => {
    const entry = bibtex(input());
    expect(entry).toMatch(/^@misc\{cluster-list-194,\n/);
    expect(entry).toContain('  author  = {{cluster-list}},');
    expect(entry).toContain('  title   = {{宁波慈溪市智能小家电产业集群}: 中小企业特色产业集群名单2023年度第94号},');
    expect(entry).toContain('  year    = {2026},');
    expect(entry).toContain('  url     = {https://clusters.example.org/clusters/194},');
    expect(entry).toContain('  urldate = {2027-03-05},');
    expect(entry).toContain('\\url{https://www.miit.gov.cn/fixture/notice-2023.html}');
  });

  it("escapes LaTeX's special characters, so hostile braces never unbalance the entry", () => {
    expect(bibtexText('a{b}c\\d%e&f$g#h_i^j~k')).toBe('a\\{b\\}c\\textbackslash{}d\\%e\\&f\\$g\\#h\\_i\\textasciicircum{}j\\textasciitilde{}k');
    for (const record of [...HOSTILE_CLUSTERS, { ...cixi, name: '}{}}}@misc{x,' }]) {
      const entry = bibtex(input(record));
      let depth = 0;
      for (let index = 0; index < entry.length; index += 1) {
        if (entry[index] === '\\') index += 1;
        else if (entry[index] === '{') depth += 1;
        else if (entry[index] === '}') depth -= 1;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });
});

describe('CSL-JSON', () => {
  it('is an array of one webpage item with issued and accessed as date parts', () => {
    expect(JSON.parse(cslJson(input()))).toEqual([
      {
        id: 'cluster-list-194',
        type: 'webpage',
        title: '宁波慈溪市智能小家电产业集群: 中小企业特色产业集群名单2023年度第94号',
        author: [{ literal: 'cluster-list' }],
        'container-title': '中小企业特色产业集群名单',
        URL: 'https://clusters.example.org/clusters/194',
        language: 'zh-CN',
        note: '来源：中华人民共和国工业和信息化部《2023年度中小企业特色产业集群名单（测试夹具）》 https://www.miit.gov.cn/fixture/notice-2023.html',
        issued: { 'date-parts': [[2026, 11, 29]] },
        accessed: { 'date-parts': [[2027, 3, 5]] },
      },
    ]);
  });

  it('stays valid JSON with quotes, backslashes and newlines in the data', () => {
    for (const record of HOSTILE_CLUSTERS) expect(JSON.parse(cslJson(input(record)))[0].title).toContain(record.name);
  });
});

describe('citableNotice', () => {
  it('keeps a notice with a web address and drops one without', () => {
    const notice = FIXTURE_NOTICES[0]!;
    expect(citableNotice(notice)).toBe(notice);
    expect(citableNotice({ ...notice, url: 'javascript:alert(1)' })).toBeNull();
    expect(citableNotice({ ...notice, url: 'not a url' })).toBeNull();
    expect(citableNotice(null)).toBeNull();
  });
});
