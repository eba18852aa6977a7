import { describe, expect, it } from 'vitest';
import { FIXTURE_CLUSTERS, FIXTURE_DATASET_INPUT, HOSTILE_CLUSTERS } from '../test/fixtures/records';
import { csvContentDisposition, csvFilename, csvFilenameUtf8, toCsv } from './csv';
import { createDataset } from './dataset';
import { parseClusterQuery } from './parse-query';

const dataset = createDataset(FIXTURE_DATASET_INPUT);

/** A small RFC 4180 reader, to check that what toCsv writes reads back to the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a BOM and the field names, and ends every line with CRLF', () => {
    const csv = toCsv(dataset.records.slice(0, 2));
    expect(
      csv.startsWith(
        '\uFEFFid,year,batch,seq,name,industry,province,provinceCode,city,county,town,adcode,submittedBy,sourceUrl,section,sectionName,division,divisionName,secondaryDivision,secondaryDivisionName\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.split('\r\n')[1]).toBe(
      '1,2022,1,1,北京市海淀区行业应用软件产业集群,行业应用软件,北京市,110000,北京市,海淀区,,110108,北京市,https://www.miit.gov.cn/fixture/notice-2022.html,I,信息传输、软件和信息技术服务业,65,软件和信息技术服务业,,',
    );
  });

  it('writes only the header for no rows', () => {
    expect(toCsv([])).toBe(
      '\uFEFFid,year,batch,seq,name,industry,province,provinceCode,city,county,town,adcode,submittedBy,sourceUrl,section,sectionName,division,divisionName,secondaryDivision,secondaryDivisionName\r\n',
    );
  });

  it('writes null as an empty field', () => {
    const row = readCsv(toCsv(FIXTURE_CLUSTERS.filter((r) => r.id === 100)).slice(1))[1]!;
    expect(row[8]).toBe('');
    expect(row[10]).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back to the same values', () => {
    const hostile = HOSTILE_CLUSTERS[1]!;
    const csv = toCsv([hostile]);
    expect(csv).toContain('"""镇"", 逗号\n换行"');
    const row = readCsv(csv.slice(1))[1]!;
    expect(row[10]).toBe(hostile.town);
  });

  it('defuses spreadsheet formulas with a leading apostrophe, and only those', () => {
    const rows = readCsv(toCsv(HOSTILE_CLUSTERS).slice(1));
    const [, first, second] = rows;
    expect(first![4]).toBe('<img src=x onerror=alert(1)>产业集群');
    expect(second![4]).toBe(`'${HOSTILE_CLUSTERS[1]!.name}`);
    expect(second![5]).toBe(`'${HOSTILE_CLUSTERS[1]!.industry}`);
    expect(second![12]).toBe("'@SUM(1+1)");
    for (const start of ['+', '-', '\t']) {
      const row = readCsv(toCsv([{ ...FIXTURE_CLUSTERS[0]!, industry: `${start}1` }]).slice(1))[1]!;
      expect(row[5]).toBe(`'${start}1`);
    }
  });

  it('round-trips every fixture record', () => {
    const rows = readCsv(toCsv(dataset.records).slice(1)).slice(1);
    expect(rows.map((r) => Number(r[0]))).toEqual(dataset.records.map((r) => r.id));
    expect(rows.map((r) => r[4])).toEqual(dataset.records.map((r) => r.name));
  });
});

describe('csvFilename', () => {
  function query(raw: string) {
    const parsed = parseClusterQuery(raw, dataset);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.value;
  }

  it.each([
    ['', 'clusters.csv', '集群.csv'],
    ['province=浙江&year=2023', 'clusters_zhejiang_2023.csv', '集群_浙江省_2023.csv'],
    ['province=33&city=宁波&year=2024,2023', 'clusters_zhejiang_city_2023-2024.csv', '集群_浙江省_宁波市_2023-2024.csv'],
    ['q=cixi', 'clusters_q-cixi.csv', '集群_搜索-cixi.csv'],
    ['q=轴承&adcode=33', 'clusters_33_q-search.csv', '集群_33_搜索-轴承.csv'],
    ['submittedBy=兵团', 'clusters_by.csv', '集群_新疆生产建设兵团推荐.csv'],
  ])('names %j as %s / %s', (raw, ascii, utf8) => {
    expect(csvFilename(query(raw))).toBe(ascii);
    expect(csvFilenameUtf8(query(raw))).toBe(utf8);
  });

  it('keeps names safe whatever the input', () => {
    const hostile = query(`q=${encodeURIComponent('../../etc/passwd "x" <y>')}&city=${encodeURIComponent('a/b\\c')}`);
    expect(csvFilename(hostile)).toMatch(/^[a-z0-9_.-]+$/);
    expect(csvFilenameUtf8(hostile)).not.toMatch(/[\\/"<>:*?|\s]/);
  });

  it('offers both names in Content-Disposition (RFC 6266)', () => {
    expect(csvContentDisposition(query('province=浙江&year=2023'))).toBe(
      `attachment; filename="clusters_zhejiang_2023.csv"; filename*=UTF-8''${encodeURIComponent('集群_浙江省_2023.csv')}`,
    );
  });
});
