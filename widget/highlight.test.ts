import { describe, expect, it } from 'vitest';
import { highlightSegments, searchTerms } from './highlight';

describe('searchTerms', () => {
  it('splits like the API: NFKC, any whitespace including U+3000, case-folded', () => {
    expect(searchTerms('　宁波　ＬＣＤ  Cixi ')).toEqual(['宁波', 'lcd', 'cixi']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('highlightSegments', () => {
  it('marks every literal occurrence of every term, merging overlaps', () => {
    expect(highlightSegments('宁波市慈溪市小家电产业集群', ['慈溪', '溪市小'])).toEqual([
      { text: '宁波市', mark: false },
      { text: '慈溪市小', mark: true },
      { text: '家电产业集群', mark: false },
    ]);
  });

  it('matches Latin letters case-insensitively and keeps the original spelling', () => {
    expect(highlightSegments('秦都区LCD面板', ['lcd'])).toEqual([
      { text: '秦都区', mark: false },
      { text: 'LCD', mark: true },
      { text: '面板', mark: false },
    ]);
  });

  it('leaves text without a literal hit (a pinyin match) unmarked', () => {
    expect(highlightSegments('轴承产业集群', ['zhoucheng'])).toEqual([{ text: '轴承产业集群', mark: false }]);
    expect(highlightSegments('轴承', [])).toEqual([{ text: '轴承', mark: false }]);
  });

  it('returns hostile markup as plain text segments', () => {
    const name = '<img src=x onerror=alert(1)>产业集群';
    const segments = highlightSegments(name, ['img']);
    expect(segments.map((segment) => segment.text).join('')).toBe(name);
    expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['img']);
  });
});
