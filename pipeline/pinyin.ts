import { pinyin } from 'pinyin-pro';

/**
 * Readings pinyin-pro's word-aware conversion still gets wrong in this dataset, each checked
 * against the place's official romanisation (地名 readings differ from the common word reading).
 * Keys are matched longest first inside any text before conversion.
 */
export const PINYIN_OVERRIDES: Readonly<Record<string, string>> = {
  乐清: 'yue qing', // 乐清市, Zhejiang: Yuèqīng
  费县: 'bi xian', // 费县, Shandong: Bì Xiàn
  闵行: 'min hang', // 闵行区, Shanghai: Mǐnháng
  郫都: 'pi du', // 郫都区, Chengdu: Pídū
  新都: 'xin du', // 新都区, Chengdu: Xīndū
  花都: 'hua du', // 花都区, Guangzhou: Huādū
  秦都: 'qin du', // 秦都区, Xianyang: Qíndū
  三都: 'san du', // 三都 (儋州 洋浦), Sāndū
};

const OVERRIDE_KEYS = Object.keys(PINYIN_OVERRIDES).sort((a, b) => b.length - a.length);

interface Token {
  text: string;
  /** True for a run of Latin letters or digits copied from the source, false for a pinyin syllable. */
  literal: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let plain = '';
  const flush = () => {
    if (plain) tokens.push(...convert(plain));
    plain = '';
  };
  for (let i = 0; i < text.length; ) {
    const key = OVERRIDE_KEYS.find((k) => text.startsWith(k, i));
    if (key) {
      flush();
      tokens.push(...PINYIN_OVERRIDES[key]!.split(' ').map((syllable) => ({ text: syllable, literal: false })));
      i += key.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  flush();
  return tokens;
}

const HAN = /\p{Script=Han}/u;

function convert(text: string): Token[] {
  const readings = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const sources = text.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? [];
  return readings.flatMap((reading, index) => {
    const literal = !HAN.test(sources[index] ?? '');
    return reading
      .toLowerCase()
      .split(/[^a-z0-9]+/u)
      .filter((part) => part !== '')
      .map((part) => ({ text: part, literal }));
  });
}

/** Full pinyin: lower-case toneless syllables (ü as v) joined by single spaces ("zhong xiao"); Latin letters and digits kept as lower-cased tokens; punctuation dropped. */
export function fullPinyin(text: string): string {
  return tokenize(text)
    .map((token) => token.text)
    .join(' ');
}

/**
 * Initials: the first letter of each syllable, no separator ("zx"). A Latin or digit token counts
 * whole ("秦都区LCD面板" → "qdqlcdmb"), because people type "LCD", not "L".
 */
export function initials(text: string): string {
  return tokenize(text)
    .map((token) => (token.literal ? token.text : token.text[0]))
    .join('');
}
