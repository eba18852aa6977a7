import { describe, expect, it } from 'vitest';
import { parseSearchParams } from './search-params';

function entries(raw: string): [string, string][] {
  const result = parseSearchParams(raw);
  if (!result.ok) throw new Error(result.error.message);
  return [...result.value];
}

function errorOf(raw: string) {
  const result = parseSearchParams(raw);
  if (result.ok) throw new Error(`expected an error for ${raw}`);
  return result.error;
}

describe('parseSearchParams', () => {
  it('decodes percent-escapes and + as space, with or without the leading ?', () => {
    expect(entries('?province=%E6%B5%99%E6%B1%9F&q=zhou+cheng')).toEqual([
      ['province', '浙江'],
      ['q', 'zhou cheng'],
    ]);
    expect(entries('q=a%2Bb')).toEqual([['q', 'a+b']]);
    expect(entries('province=浙江')).toEqual([['province', '浙江']]);
  });

  it('keeps empty values and a name without "=", and skips empty segments', () => {
    expect(entries('q=&&year')).toEqual([
      ['q', ''],
      ['year', ''],
    ]);
    expect(entries('')).toEqual([]);
    expect(entries('?')).toEqual([]);
  });

  it.each(['q=%', 'q=%E6%B5', 'q=%ZZ', 'q=%C0%AF', 'q=%ED%A0%80', 'q=%FF', '%E6=1', 'q=abc%'])(
    'rejects malformed percent-encoding or invalid UTF-8 in %j',
    (raw) => {
      expect(errorOf(raw)).toMatchObject({ status: 400, code: 'malformed_query', param: null });
    },
  );

  it('rejects lone surrogates given directly, and keeps proper pairs', () => {
    for (const raw of ['q=\ud800x', 'q=\udc00', 'q=x\ud800', 'q=\udbff\ud800']) expect(errorOf(raw).code).toBe('malformed_query');
    expect(entries('q=\ud840\udc00')).toEqual([['q', '𠀀']]);
  });

  it.each(['q=%00', 'q=a%0Ab', 'q=%09', 'q=%7F', 'q=%C2%85', 'q=%1B[31m'])('rejects control characters in %j', (raw) => {
    expect(errorOf(raw)).toMatchObject({ code: 'invalid_characters', param: 'q' });
  });

  it('rejects control characters in a name', () => {
    expect(errorOf('q%00=1')).toMatchObject({ code: 'invalid_characters', param: null });
  });

  it('rejects a repeated parameter, also when one is empty', () => {
    expect(errorOf('year=2023&year=2024')).toMatchObject({ code: 'repeated_parameter', param: 'year' });
    expect(errorOf('q=&q=x')).toMatchObject({ code: 'repeated_parameter', param: 'q' });
    expect(errorOf('q=1&%71=2')).toMatchObject({ code: 'repeated_parameter', param: 'q' });
  });

  it('writes messages in Chinese and English', () => {
    expect(errorOf('year=1&year=2').message).toMatch(/重复.* \/ .*repeated/);
  });
});
