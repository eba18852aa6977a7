import { describe, expect, it } from 'vitest';
import { parseList } from './parse-list';

describe('parseList', () => {
  it('skips the title, repeated column headers and blank lines', () => {
    const parsed = parseList(
      [
        '2022—2024 年度中小企业特色产业集群名单',
        '总序号 集群名称 年度 序号',
        '',
        '1 北京市海淀区行业应用软件产业集群 2022 1',
        '',
        '总序号 集群名称 年度 序号',
        '2 北京市昌平区生命科学产业集群 2022 2',
      ].join('\n'),
    );
    expect(parsed.unparsed).toEqual([]);
    expect(parsed.entries.map((e) => [e.line, e.id, e.name, e.year, e.seq])).toEqual([
      [4, 1, '北京市海淀区行业应用软件产业集群', 2022, 1],
      [7, 2, '北京市昌平区生命科学产业集群', 2022, 2],
    ]);
  });

  it('splits two entries extracted onto one line, and tolerates leading spaces', () => {
    const parsed = parseList(
      '279 重庆市合川区火锅食材产业集群 2024 79  280 四川省泸州市龙马潭区火工装备产业集群 2024 80\n 281 四川省岳池县原料药产业集群 2024 81',
    );
    expect(parsed.entries.map((e) => [e.line, e.id, e.name, e.seq])).toEqual([
      [1, 279, '重庆市合川区火锅食材产业集群', 79],
      [1, 280, '四川省泸州市龙马潭区火工装备产业集群', 80],
      [2, 281, '四川省岳池县原料药产业集群', 81],
    ]);
  });

  it('normalises names but keeps the raw text for messages', () => {
    const [entry] = parseList('85 陕西省咸阳市秦都区 LCD 面板显示产业集群 2022 85').entries;
    expect(entry).toMatchObject({ name: '陕西省咸阳市秦都区LCD面板显示产业集群', rawName: '陕西省咸阳市秦都区 LCD 面板显示产业集群' });
  });

  it('returns lines it cannot read with their line numbers, including half-readable ones', () => {
    const parsed = parseList('1 北京市海淀区行业应用软件产业集群 2022 1\n北京市昌平区生命科学产业集群 2022\n3 天津市滨海新区车规级芯片产业集群 2022 3 垃圾');
    expect(parsed.entries.map((e) => e.id)).toEqual([1]);
    expect(parsed.unparsed).toEqual([
      { line: 2, text: '北京市昌平区生命科学产业集群 2022' },
      { line: 3, text: '3 天津市滨海新区车规级芯片产业集群 2022 3 垃圾' },
    ]);
  });

  it('treats notice titles and URLs after the entries as the trailer', () => {
    const parsed = parseList(
      '1 北京市海淀区行业应用软件产业集群 2022 1\n\n工业和信息化部关于公布 2022 年度中小企业特色产业集群名单的通告\nhttps://example.org/a.pdf',
    );
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.unparsed).toEqual([]);
    expect(parsed.trailer.map((t) => t.line)).toEqual([3, 4]);
  });
});
