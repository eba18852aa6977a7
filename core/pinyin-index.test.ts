import { describe, expect, it } from 'vitest';
import { PINYIN_NONE, PINYIN_PARTIAL, PINYIN_WHOLE, buildPinyinIndex, matchPinyin } from './pinyin-index';

const cixishi = buildPinyinIndex('ci xi shi', 'cxs');
const zhoucheng = buildPinyinIndex('zhong xiao zhou cheng', 'zxzc');

describe('matchPinyin', () => {
  it('matches whole syllables, also across syllables', () => {
    expect(matchPinyin(cixishi, 'cixi')).toBe(PINYIN_WHOLE);
    expect(matchPinyin(cixishi, 'xishi')).toBe(PINYIN_WHOLE);
    expect(matchPinyin(zhoucheng, 'zhoucheng')).toBe(PINYIN_WHOLE);
  });

  it('matches a prefix that ends mid-syllable as partial (typing in progress)', () => {
    expect(matchPinyin(cixishi, 'cix')).toBe(PINYIN_PARTIAL);
    expect(matchPinyin(zhoucheng, 'zhouch')).toBe(PINYIN_PARTIAL);
  });

  it('never matches from the middle of a syllable', () => {
    expect(matchPinyin(cixishi, 'ixi')).toBe(PINYIN_NONE);
    expect(matchPinyin(zhoucheng, 'houcheng')).toBe(PINYIN_NONE);
    expect(matchPinyin(buildPinyinIndex('xin an xian', 'xax'), 'nan')).toBe(PINYIN_NONE);
  });

  it('matches initials as a substring', () => {
    expect(matchPinyin(cixishi, 'cx')).toBe(PINYIN_PARTIAL);
    expect(matchPinyin(zhoucheng, 'zc')).toBe(PINYIN_PARTIAL);
    expect(matchPinyin(zhoucheng, 'cz')).toBe(PINYIN_NONE);
  });

  it('spells ü as v', () => {
    expect(matchPinyin(buildPinyinIndex('lü se', 'ls'), 'lvse')).toBe(PINYIN_WHOLE);
  });
});
