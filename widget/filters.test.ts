import { describe, expect, it } from 'vitest';
import { clampPageSize, filterParams, pageParams, parseHidden, yearTokens, presetView, publicFilters, toggledYears, type ViewState } from './filters';

const view: ViewState = { province: '浙江', city: '宁波市', years: ['2023', '2024'], q: ' 轴承 ', section: 'C', division: '34', sort: 'name', page: 3 };

describe('view → API parameters', () => {
  it('builds the /clusters query of the current page', () => {
    expect(Object.fromEntries(pageParams(view, 20))).toEqual({
      province: '浙江',
      city: '宁波市',
      year: '2023,2024',
      section: 'C',
      division: '34',
      q: '轴承',
      sort: 'name',
      limit: '20',
      offset: '40',
    });
  });

  it('builds filter-only queries, leaving empty filters out', () => {
    const filters = { province: '浙江', city: '宁波市', year: '2023,2024', section: 'C', division: '34', q: '轴承' };
    expect(filterParams(view).toString()).toBe(new URLSearchParams(filters).toString());
    expect(filterParams({ ...view, province: '', city: '', years: [], q: '', section: ' ', division: '' }).toString()).toBe('');
  });
});

describe('year chips', () => {
  it('toggle a year in (ascending) or out; "all" clears them', () => {
    expect(toggledYears(['2024'], '2022')).toEqual(['2022', '2024']);
    expect(toggledYears(['2022', '2024'], '2022')).toEqual(['2024']);
    expect(toggledYears(['2022', '2024'], null)).toEqual([]);
  });
});

describe('attribute parsing', () => {
  it('starts the view from the presets, on page 1, keeping the sort order', () => {
    expect(presetView({ province: '浙江', year: '2024,2023', q: '轴承', division: '34' }, 'name')).toEqual({
      province: '浙江',
      city: '',
      years: ['2023', '2024'],
      q: '轴承',
      section: '',
      division: '34',
      sort: 'name',
      page: 1,
    });
    const none = { province: '', city: '', years: [], q: '', section: '', division: '', sort: '', page: 1 };
    expect(presetView({ province: null, city: undefined, section: null }, '')).toEqual(none);
  });

  it('reads hide-filters with commas or spaces, ignoring unknown names', () => {
    expect([...parseHidden('Year, csv  sort bogus')].sort()).toEqual(['download', 'sort', 'year']);
    expect([...parseHidden('division')]).toEqual(['industry']);
    expect([...parseHidden('industry years')].sort()).toEqual(['industry', 'year']);
    expect(parseHidden(null).size).toBe(0);
  });

  it('keeps year tokens (also invalid ones, for the API to reject) sorted and distinct', () => {
    expect(yearTokens('2024, 2023，2024')).toEqual(['2023', '2024']);
    expect(yearTokens('abc')).toEqual(['abc']);
    expect(yearTokens(undefined)).toEqual([]);
  });

  it('clamps page-size to what one API call returns', () => {
    expect(clampPageSize('25')).toBe(25);
    expect(clampPageSize(1000)).toBe(300);
    expect(clampPageSize('abc')).toBe(10);
    expect(clampPageSize(0)).toBe(10);
  });

  it('publishes numeric years, and the industry filter, in events', () => {
    expect(publicFilters(view)).toEqual({
      province: '浙江',
      city: '宁波市',
      year: [2023, 2024],
      q: ' 轴承 ',
      section: 'C',
      division: '34',
      sort: 'name',
      page: 3,
    });
  });
});
