import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET_INPUT } from '../test/fixtures/records';
import { createDataset } from './dataset';
import { parseClusterQuery, parseFacetQuery, resolveQuery } from './parse-query';
import type { ClusterQuery } from './query';
import { unwrap } from '../test/fixtures/unwrap';

const dataset = createDataset(FIXTURE_DATASET_INPUT);

function parsed(raw: string, withDataset = true): ClusterQuery {
  const result = parseClusterQuery(raw, withDataset ? dataset : undefined);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function errorOf(raw: string, withDataset = true) {
  const result = parseClusterQuery(raw, withDataset ? dataset : undefined);
  if (result.ok) throw new Error(`expected an error for ${raw}`);
  return result.error;
}

describe('parseClusterQuery: defaults and forms', () => {
  it('has the documented defaults', () => {
    expect(parsed('')).toEqual({
      province: null,
      submittedBy: null,
      city: null,
      county: null,
      adcode: null,
      years: [],
      section: null,
      division: null,
      q: '',
      terms: [],
      sort: null,
      limit: 100,
      offset: 0,
      format: 'json',
      include: [],
    });
  });

  it('accepts URLSearchParams as well as the raw string', () => {
    expect(parseClusterQuery(new URLSearchParams({ province: '浙江', year: '2023' }), dataset)).toEqual(
      parseClusterQuery('province=%E6%B5%99%E6%B1%9F&year=2023', dataset),
    );
  });

  it('treats an empty or blank value as absent', () => {
    expect(parsed('q=&province=&year=%20&sort=')).toEqual(parsed(''));
  });

  it.each(['浙江省', '浙江', 'zhejiang', 'Zhejiang', '330000', '33'])('reads province=%s as 浙江省', (value) => {
    expect(parsed(`province=${encodeURIComponent(value)}`).province?.code).toBe('330000');
  });

  it('resolves submittedBy spellings', () => {
    expect(parsed('submittedBy=兵团').submittedBy).toBe('新疆生产建设兵团');
    expect(parsed('submittedBy=宁波').submittedBy).toBe('宁波市');
    expect(parsed('submittedBy=zhejiang').submittedBy).toBe('浙江省');
    expect(parsed('submittedBy=兵团', false).submittedBy).toBe('新疆生产建设兵团');
    expect(parsed('submittedBy=宁波', false).submittedBy).toBe('宁波');
    expect(parsed('submittedBy=XPCC').submittedBy).toBe('新疆生产建设兵团');
    for (const name of ['constructor', '__proto__', 'toString']) expect(parsed(`submittedBy=${name}`).submittedBy).toBe(name);
  });

  it('resolves city and county short names against the dataset, and keeps unknown names', () => {
    expect(parsed('city=宁波').city).toBe('宁波市');
    expect(parsed('county=慈溪').county).toBe('慈溪市');
    expect(parsed('county=玉屏').county).toBe('玉屏侗族自治县');
    expect(parsed('city=宁波', false).city).toBe('宁波');
    expect(parsed('city=火星').city).toBe('火星');
  });

  it('reads adcode as 2–6 digits', () => {
    expect(parsed('adcode=3302').adcode).toBe('3302');
    expect(parsed('adcode=330282').adcode).toBe('330282');
  });

  it('reads one year or a list, sorted and distinct', () => {
    expect(parsed('year=2023').years).toEqual([2023]);
    expect(parsed('year=2024,2023,2024').years).toEqual([2023, 2024]);
    expect(parsed('year=2024, 2022').years).toEqual([2022, 2024]);
    expect(parsed('year=１９９９', false).years).toEqual([1999]);
  });

  it('normalizes q: NFKC, ASCII lower case, whitespace (incl. U+3000) collapsed into terms', () => {
    const query = parsed(`q=${encodeURIComponent('  ＣＩＸＩ\u3000 轴承 ')}`);
    expect(query.q).toBe('cixi 轴承');
    expect(query.terms).toEqual(['cixi', '轴承']);
  });

  it('accepts a q of exactly 64 characters, such as a pasted full name', () => {
    const q = '测'.repeat(64);
    expect(parsed(`q=${encodeURIComponent(q)}`).q).toBe(q);
    expect(parsed(`q=${encodeURIComponent(`  ${'𠀀'.repeat(64)}  `)}`).terms).toHaveLength(1);
  });

  it('reads sort, limit, offset and format', () => {
    expect(parsed('sort=-year&limit=300&offset=20&format=csv')).toMatchObject({ sort: '-year', limit: 300, offset: 20, format: 'csv' });
    expect(parsed('sort=Name&format=CSV')).toMatchObject({ sort: 'name', format: 'csv' });
    expect(parsed('limit=1&offset=0')).toMatchObject({ limit: 1, offset: 0 });
  });

  it('spells the default order one way: sort=id without q is the default', () => {
    expect(parsed('sort=id').sort).toBeNull();
    expect(parsed('q=cixi&sort=id').sort).toBe('id');
  });
});

describe('parseClusterQuery: bad input', () => {
  it.each([
    ['foo=1', 'unknown_parameter', 'foo'],
    ['Province=浙江', 'unknown_parameter', 'Province'],
    ['province=浙江&province=浙江省', 'repeated_parameter', 'province'],
    ['q=%E6%B5', 'malformed_query', null],
    ['q=%00', 'invalid_characters', 'q'],
    ['province=浙', 'unknown_province', 'province'],
    ['province=atlantis', 'unknown_province', 'province'],
    ["province=' OR 1=1 --", 'unknown_province', 'province'],
    ['province=330200', 'unknown_province', 'province'],
    [`province=${'浙'.repeat(65)}`, 'value_too_long', 'province'],
    [`city=${'宁'.repeat(65)}`, 'value_too_long', 'city'],
    ['adcode=3', 'invalid_adcode', 'adcode'],
    ['adcode=3302001', 'invalid_adcode', 'adcode'],
    ['adcode=33ab', 'invalid_adcode', 'adcode'],
    ['year=abc', 'invalid_year', 'year'],
    ['year=2023,', 'invalid_year', 'year'],
    ['year=2023.5', 'invalid_year', 'year'],
    ['year=-2023', 'invalid_year', 'year'],
    ['year=2021', 'unknown_year', 'year'],
    ['year=2023,2030', 'unknown_year', 'year'],
    [`q=${'a'.repeat(65)}`, 'query_too_long', 'q'],
    ['sort=date', 'invalid_sort', 'sort'],
    ['sort=--year', 'invalid_sort', 'sort'],
    ['limit=0', 'invalid_limit', 'limit'],
    ['limit=301', 'invalid_limit', 'limit'],
    ['limit=1.5', 'invalid_limit', 'limit'],
    ['limit=-1', 'invalid_limit', 'limit'],
    ['limit=1e2', 'invalid_limit', 'limit'],
    ['limit=0x10', 'invalid_limit', 'limit'],
    ['limit=ten', 'invalid_limit', 'limit'],
    ['offset=-1', 'invalid_offset', 'offset'],
    ['offset=100001', 'invalid_offset', 'offset'],
    ['offset=99999999999999999999', 'invalid_offset', 'offset'],
    ['offset=1.0', 'invalid_offset', 'offset'],
    ['format=xml', 'invalid_format', 'format'],
  ])('%s → %s', (raw, code, param) => {
    expect(errorOf(raw)).toMatchObject({ status: 400, code, param });
  });

  it('lists the accepted parameters and suggests the right spelling of a name', () => {
    const { message } = errorOf('Province=浙江');
    expect(message).toContain('province, submittedBy, city, county, adcode, year, section, division, q, sort, limit, offset, format');
    expect(message).toContain('Did you mean province?');
  });

  it('suggests the closest provinces, in Chinese and English', () => {
    expect(errorOf('province=浙').message).toBe(
      '未知省份“浙”。您是否要找：浙江省？可用全称（浙江省）、简称（浙江）、拼音或英文（zhejiang）或代码（330000 或 33） / ' +
        'Unknown province "浙". Did you mean: 浙江省 (Zhejiang)? Use the full name (浙江省), short name (浙江), pinyin or English (zhejiang), or the code (330000 or 33)',
    );
  });

  it('lists the available years', () => {
    expect(errorOf('year=2021').message).toContain('2022, 2023, 2024');
  });

  it('checks only syntax without a dataset: years need not exist', () => {
    expect(parsed('year=2030', false).years).toEqual([2030]);
    expect(errorOf('year=203', false).code).toBe('invalid_year');
  });

  it('treats SQL fragments as plain text', () => {
    expect(parsed(`q=${encodeURIComponent("'; DROP TABLE clusters; --")}`).terms).toEqual(["';", 'drop', 'table', 'clusters;', '--']);
    expect(parsed(`city=${encodeURIComponent("宁波' OR '1'='1")}`).city).toBe("宁波' OR '1'='1");
  });

  it('never echoes more than a short prefix of hostile input', () => {
    expect(errorOf(`sort=${'x'.repeat(10_000)}`).message.length).toBeLessThan(300);
  });
});

describe('parseFacetQuery', () => {
  it('accepts the filters only', () => {
    const result = parseFacetQuery('province=33&year=2023&q=cixi', dataset);
    expect(result).toMatchObject({ ok: true, value: { province: { name: '浙江省' }, years: [2023], q: 'cixi' } });
    expect('limit' in unwrap(result)).toBe(false);
  });

  it.each(['limit=10', 'sort=id', 'format=csv', 'offset=0'])('rejects %s as unknown', (raw) => {
    const result = parseFacetQuery(raw, dataset);
    expect(result.ok ? null : result.error.code).toBe('unknown_parameter');
  });
});

describe('parseClusterQuery: include', () => {
  it('takes facets and meta in any order and case, distinct, in canonical order', () => {
    expect(parsed('include=meta,facets').include).toEqual(['facets', 'meta']);
    expect(parsed('include=FACETS, meta,facets').include).toEqual(['facets', 'meta']);
    expect(parsed('include=meta').include).toEqual(['meta']);
    expect(parsed('include=').include).toEqual([]);
  });

  it('refuses an unknown value, naming the accepted ones', () => {
    const error = errorOf('include=nonsense');
    expect(error).toMatchObject({ status: 400, code: 'invalid_include', param: 'include' });
    expect(error.message).toContain('"nonsense"');
    expect(error.message).toContain('Accepted: facets, meta');
    expect(errorOf('include=facets,,meta').code).toBe('invalid_include');
  });

  it('refuses include with format=csv, whatever the order of the two', () => {
    expect(errorOf('format=csv&include=facets')).toMatchObject({ code: 'invalid_include', param: 'include' });
    expect(errorOf('include=facets&format=csv')).toMatchObject({ code: 'invalid_include', param: 'include' });
  });

  it('is a /clusters parameter only', () => {
    expect(parseFacetQuery('include=facets', dataset)).toMatchObject({ ok: false, error: { code: 'unknown_parameter', param: 'include' } });
  });
});

describe('resolveQuery', () => {
  const raws = [
    'city=宁波&year=2023',
    'county=慈溪',
    'submittedBy=宁波',
    'submittedBy=兵团',
    'submittedBy=浙江',
    'province=33&q=cixi&sort=-name&limit=5',
    'year=1999',
    'year=2022,2099',
    'city=火星',
  ];
  it.each(raws)('completes a query parsed without the dataset exactly as parsing with it does: %s', (raw) => {
    const syntax = unwrap(parseClusterQuery(raw));
    expect(resolveQuery(syntax, dataset)).toEqual(parseClusterQuery(raw, dataset));
    const filter = unwrap(parseFacetQuery(raw.replace(/&?(sort|limit)=[^&]*/g, '')));
    expect(resolveQuery(filter, dataset)).toEqual(parseFacetQuery(raw.replace(/&?(sort|limit)=[^&]*/g, ''), dataset));
  });

  it('rejects years the dataset lacks, listing the available ones', () => {
    const result = resolveQuery(unwrap(parseClusterQuery('year=2022,1999')), dataset);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_year', param: 'year' } });
  });
});

describe('parseClusterQuery: the industry classification filters', () => {
  it('reads section case-insensitively and division as two digits, in canonical form', () => {
    expect(parsed('section=c')).toMatchObject({ section: 'C', division: null });
    expect(parsed('division=34')).toMatchObject({ section: null, division: '34' });
    expect(parsed('section=C&division=34', false)).toMatchObject({ section: 'C', division: '34' });
  });

  it('accepts a division of the standard that no cluster has: an empty result, not an error', () => {
    expect(parsed('division=01').division).toBe('01');
  });

  it.each(['99', '98', '00', 'abc', '3', '034', 'C34'])('refuses division=%s, listing the valid codes', (value) => {
    const error = errorOf(`division=${encodeURIComponent(value)}`);
    expect(error).toMatchObject({ status: 400, code: 'unknown_division', param: 'division' });
    expect(error.message).toContain('01–97');
    expect(error.message).toContain('In the data: 26, 32, 33, 34, 38, 39, 65');
  });

  it.each(['Z', 'U', 'CC', '制造业', '1', 'ı'])('refuses section=%s, listing the valid letters', (value) => {
    const error = errorOf(`section=${encodeURIComponent(value)}`);
    expect(error).toMatchObject({ status: 400, code: 'unknown_section', param: 'section' });
    expect(error.message).toContain('A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T');
    expect(error.message).toContain('In the data: C, I');
  });

  it("lists only the standard's range without a dataset (the Worker before its data is loaded)", () => {
    const error = errorOf('division=99', false);
    expect(error.code).toBe('unknown_division');
    expect(error.message).not.toContain('In the data');
    expect(error.message).toContain('facets 接口');
  });

  it('is accepted by /facets too', () => {
    expect(unwrap(parseFacetQuery('section=C&division=39', dataset))).toMatchObject({ section: 'C', division: '39' });
  });
});
