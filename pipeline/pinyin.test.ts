import { describe, expect, it } from 'vitest';
import { fullPinyin, initials } from './pinyin';

describe('fullPinyin', () => {
  it.each([
    ['重庆市', 'chong qing shi'],
    ['长沙县', 'chang sha xian'],
    ['长泰区', 'chang tai qu'],
    ['蚌埠市', 'beng bu shi'],
    ['番禺区', 'pan yu qu'],
    ['六安市', 'lu an shi'],
    ['大足区', 'da zu qu'],
    ['涪陵区', 'fu ling qu'],
    ['厦门市', 'xia men shi'],
    ['宝坻区', 'bao di qu'],
    ['中牟县', 'zhong mu xian'],
    ['覃塘区', 'qin tang qu'],
    ['长垣市', 'chang yuan shi'],
  ])('reads the place %s as %s', (text, expected) => {
    expect(fullPinyin(text)).toBe(expected);
  });

  it.each([
    ['乐清市', 'yue qing shi'],
    ['费县', 'bi xian'],
    ['闵行区', 'min hang qu'],
    ['郫都区', 'pi du qu'],
    ['新都区', 'xin du qu'],
    ['花都区', 'hua du qu'],
    ['秦都区', 'qin du qu'],
    ['三都办事处', 'san du ban shi chu'],
  ])('applies the override table where pinyin-pro is wrong: %s', (text, expected) => {
    expect(fullPinyin(text)).toBe(expected);
  });

  it('reads common words in context (模具, 起重, 行业)', () => {
    expect(fullPinyin('压铸模具')).toBe('ya zhu mu ju');
    expect(fullPinyin('门桥式起重机械')).toBe('men qiao shi qi zhong ji xie');
    expect(fullPinyin('行业应用软件')).toBe('hang ye ying yong ruan jian');
  });

  it('writes ü as v, keeps Latin runs as lower-case tokens and drops punctuation', () => {
    expect(fullPinyin('绿色')).toBe('lv se');
    expect(fullPinyin('LCD面板')).toBe('lcd mian ban');
    expect(fullPinyin('校具（教育装备）')).toBe('xiao ju jiao yu zhuang bei');
  });
});

describe('initials', () => {
  it('takes the first letter of each syllable and whole Latin tokens', () => {
    expect(initials('重庆市')).toBe('cqs');
    expect(initials('秦都区LCD面板')).toBe('qdqlcdmb');
    expect(initials('乐清市')).toBe('yqs');
  });
});
