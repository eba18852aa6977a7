import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClusterRecord } from '../core/record';
import { createClassifier, type Classifier } from './classify';

const standard = readFileSync('data/gbt4754-2017.json', 'utf8');
const HEADER = 'tier\tkeyword\tdivision\tsecondary\twhy';
const DECISIONS_HEADER = 'id\tindustry\tdivision\tsecondary\treason';

function classifierOf(rules: string[], decisions: string[] = []): Classifier {
  const created = createClassifier({ standard, rules: [HEADER, ...rules].join('\n'), decisions: [DECISIONS_HEADER, ...decisions].join('\n') });
  if (!created.ok) throw new Error(created.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return created.classifier;
}

function problemsOf(rules: string[], decisions: string[] = []): string[] {
  const created = createClassifier({ standard, rules: [HEADER, ...rules].join('\n'), decisions: [DECISIONS_HEADER, ...decisions].join('\n') });
  return created.ok ? [] : created.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
}

const division = (classifier: Classifier, id: number, industry: string) => {
  const result = classifier.classify(id, industry);
  return result.ok ? [result.value.fields.division, result.value.fields.secondaryDivision, result.value.basis] : result.message;
};

describe('the rule table', () => {
  it('decides by tier, then the longer keyword, then the earlier line', () => {
    const classifier = classifierOf([
      '2\t芯片\t39\t-\tchips',
      '1\t芯片设计\t65\t-\tchip design is 6520',
      '2\t汽车\t36\t-\tvehicles',
      '3\t电子\t39\t-\tbroad',
      '2\t汽车电子\t36\t39\tvehicle electronics',
    ]);
    expect(division(classifier, 1, '高端通用芯片设计')).toEqual(['65', null, 'rule 3 “芯片设计”: chip design is 6520']);
    expect(division(classifier, 2, '车规级芯片')).toEqual(['39', null, 'rule 2 “芯片”: chips']);
    // Same tier: the longer keyword wins over the earlier line.
    expect(division(classifier, 3, '汽车电子系统')).toEqual(['36', '39', 'rule 6 “汽车电子”: vehicle electronics']);
    expect(division(classifier, 4, '消费电子')).toEqual(['39', null, 'rule 5 “电子”: broad']);
  });

  it("gives the standard's names with the codes", () => {
    const result = classifierOf(['2\t轴承\t34\t-\tbearings (345)']).classify(46, '中小轴承');
    expect(result.ok && result.value.fields).toEqual({
      section: 'C',
      sectionName: '制造业',
      division: '34',
      divisionName: '通用设备制造业',
      secondaryDivision: null,
      secondaryDivisionName: null,
    });
  });

  it('never files an uncovered industry under a default: it says what to add', () => {
    expect(division(classifierOf(['2\t轴承\t34\t-\tbearings']), 7, '丝网')).toBe(
      'no industry rule covers "丝网": add a keyword rule to data/industry-rules.tsv or a decision for cluster 7 to data/industry-decisions.tsv (see docs/industry-classification.md)',
    );
  });

  it('reports malformed rules with their line numbers', () => {
    expect(problemsOf(['2\t轴承\t99\t-\tno such division', '4\t丝网\t33\t-\tbad tier', '2\t轴承\t34\t34\tdup', '2\t五金\t33', '2\t铝\t32\t-\t'])).toEqual([
      'data/industry-rules.tsv:2: division "99" is not a 大类 of GB/T 4754-2017 (01–97)',
      'data/industry-rules.tsv:3: tier must be 1, 2 or 3, got "4"',
      'data/industry-rules.tsv:4: secondary division 34 repeats the primary',
      'data/industry-rules.tsv:4: keyword "轴承" is already the rule of line 2',
      'data/industry-rules.tsv:5: expected 5 tab-separated columns (tier, keyword, division, secondary, why), got 3',
      'data/industry-rules.tsv:6: every rule says why',
    ]);
  });
});

describe('per-cluster decisions', () => {
  const rules = ['2\t家居\t21\t-\tfurniture'];

  it('override the rules for their cluster only', () => {
    const classifier = classifierOf(rules, ['66\t绿色家居\t20\t21\twood-based panels first']);
    expect(division(classifier, 66, '绿色家居')).toEqual(['20', '21', 'decision: wood-based panels first']);
    expect(division(classifier, 254, '绿色家居')).toEqual(['21', null, 'rule 2 “家居”: furniture']);
  });

  it("are void when the cluster's industry text is not the one decided on, and that is reported", () => {
    const classifier = classifierOf(rules, ['66\t绿色家具\t20\t-\ta typo']);
    expect(division(classifier, 66, '绿色家居')).toEqual(['21', null, 'rule 2 “家居”: furniture']);
    const record = { id: 66, industry: '绿色家居' } as ClusterRecord;
    expect(classifier.staleDecisions([record]).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: cluster 66\'s industry is "绿色家居", not "绿色家具": review the decision again',
    ]);
    expect(classifier.staleDecisions([]).map((p) => p.message)).toEqual(['no cluster has id 66']);
  });

  it('are checked like rules', () => {
    expect(problemsOf(rules, ['x\t绿色家居\t20\t-\treason', '66\t绿色家居\tC\t-\treason', '67\t绿色家居\t20\t-\t', '67\t绿色家居\t20\t-\tagain'])).toEqual([
      'data/industry-decisions.tsv:2: id must be a cluster\'s 总序号, got "x"',
      'data/industry-decisions.tsv:3: division "C" is not a 大类 of GB/T 4754-2017 (01–97)',
      'data/industry-decisions.tsv:4: every decision gives its reason',
      'data/industry-decisions.tsv:5: cluster 67 already has the decision of line 4',
    ]);
  });
});

describe('the committed classification', () => {
  const records = JSON.parse(readFileSync('data/clusters.json', 'utf8')) as ClusterRecord[];
  const byId = new Map(records.map((record) => [record.id, record]));

  // The cases docs/industry-classification.md explains: the standard's own placement, not a guess from the word.
  it.each([
    [97, '65'], // 智能终端芯片设计: 集成电路设计 6520 is in 65
    [3, '39'], // 车规级芯片
    [40, '35'], // 眼镜: 3587 眼镜制造 is in 358 of 35
    [221, '38'], // 光纤光缆: 383 of 38
    [233, '33'], // 金属切削工具: 332 金属工具, not machine tools
    [135, '34'], // 数控金属切削机床
    [115, '33'], // 绿色铸造: 339 of 33
    [93, '35'], // 压铸模具: 3525 模具制造
    [215, '74'], // 检验检测认证
    [123, '60'], // 数字物流 in 青浦: express delivery
    [107, '73'], // 生物医药外包服务: CRO
    [66, '20'], // 绿色家居 in 覃塘: wood-based panels
    [254, '21'], // 绿色家居 in 平桥: furniture
    [199, '39'], // 高端智能车载设备: 3962
    [70, '13'], // 榨菜: 1371 蔬菜加工 includes 腌制
  ])('cluster %i is in division %s', (id, code) => {
    expect(byId.get(id)?.division).toBe(code);
  });

  it('gives battery materials a chemical secondary division, as a span of two', () => {
    for (const id of [12, 75, 110, 153, 183]) expect([byId.get(id)?.division, byId.get(id)?.secondaryDivision], `id ${id}`).toEqual(['39', '26']);
  });
});
