import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterRecord } from '../core/record';
import { buildDataset } from './build';
import { readDataState, writeFiles } from './data-dir';
import { loadDivisions } from './divisions';
import type { ImportRequest } from './plan-import';
import { nextMigrationNumber, planImport } from './plan-import';
import { formatProblem } from './problem';

const FIXTURES = resolve('test/fixtures/import');
const NOTICE_URL = 'https://www.miit.gov.cn/search-front-server/visit/link?url=/jgsj/qyj/gzdt/art/2025/art_fixture.html&websiteid=110000000000000&q=';
const table = loadDivisions();
const options = { table, now: () => '2025-09-01T00:00:00Z' };

let root: string;

// Every test works on a temporary copy of data/ and migrations/; the real ones are never touched.
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cluster-list-import-'));
  await cp('data', join(root, 'data'), { recursive: true });
  await cp('migrations', join(root, 'migrations'), { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function request(fixture: string, overrides: Partial<ImportRequest> = {}): Promise<ImportRequest> {
  return {
    year: 2025,
    listText: await readFile(join(FIXTURES, fixture), 'utf8'),
    sourceName: fixture,
    noticeUrl: NOTICE_URL,
    perYear: 5,
    ...overrides,
  };
}

async function snapshotDir(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const sub of ['data', 'migrations']) {
    for (const file of await readdir(join(dir, sub))) {
      if (file.includes('.')) files.set(`${sub}/${file}`, await readFile(join(dir, sub, file), 'utf8'));
    }
  }
  return files;
}

// Each case reruns the whole pipeline (and the CLI cases start a process): slow on a busy 2-core machine.
describe('planImport with a valid list', { timeout: 60_000 }, () => {
  it('adds the year: list copied unchanged, notice, records 301–305, a new migration; old migrations untouched', async () => {
    const before = await snapshotDir(root);
    const plan = planImport(await readDataState(root), await request('good-2025.txt'), options);
    if (!plan.ok) throw new Error(plan.problems.map(formatProblem).join('\n'));
    expect([...plan.files.keys()].sort()).toEqual([
      'data/clusters.json',
      'data/industry-classification.tsv',
      'data/manifest.json',
      'data/miit-clusters-2025.txt',
      'data/notices.json',
      'docs/industry-review.md',
      `migrations/${plan.migration}`,
    ]);
    expect(plan.migration).toBe(`${nextMigrationNumber([...before.keys()].filter((f) => f.startsWith('migrations/')).map((f) => f.slice(11)))}_seed_2025.sql`);
    await writeFiles(root, plan.files);

    const after = await snapshotDir(root);
    for (const [path, content] of before) {
      if (path.startsWith('migrations/')) expect(after.get(path), path).toBe(content);
    }
    expect(after.get('data/miit-clusters-2025.txt')).toBe(await readFile(join(FIXTURES, 'good-2025.txt'), 'utf8'));

    const records = JSON.parse(after.get('data/clusters.json')!) as ClusterRecord[];
    const added = records.filter((r) => r.year === 2025);
    expect(records).toHaveLength(305);
    expect(added.map((r) => [r.id, r.seq, r.batch, r.name, r.county, r.town, r.adcode, r.submittedBy])).toEqual([
      [301, 1, 4, '河北省安平县金属丝网深加工产业集群', '安平县', null, '131125', '河北省'],
      [302, 2, 4, '广东省东莞市长安镇精密模具产业集群', null, '长安镇', '441900', '广东省'],
      [303, 3, 4, '湖北省潜江市小龙虾精深加工产业集群', '潜江市', null, '429005', '湖北省'],
      [304, 4, 4, '深圳市南山区AI芯片产业集群', '南山区', null, '440305', '深圳市'],
      [305, 5, 4, '新疆生产建设兵团五家渠市棉纺织产业集群', '五家渠市', null, '659004', '新疆生产建设兵团'],
    ]);
    expect(added.every((r) => r.sourceUrl === 'https://www.miit.gov.cn/jgsj/qyj/gzdt/art/2025/art_fixture.html')).toBe(true);
    // The new year is classified by the same rules: 丝网, 模具, 小龙虾, 芯片, 纺织.
    expect(added.map((r) => [r.industry, r.section, r.division, r.divisionName])).toEqual([
      ['金属丝网深加工', 'C', '33', '金属制品业'],
      ['精密模具', 'C', '35', '专用设备制造业'],
      ['小龙虾精深加工', 'C', '13', '农副食品加工业'],
      ['AI芯片', 'C', '39', '计算机、通信和其他电子设备制造业'],
      ['棉纺织', 'C', '17', '纺织业'],
    ]);
    expect(after.get('data/industry-classification.tsv')).toContain('\n305\t棉纺织\tC\t17\t纺织业\t-\trule ');

    const notices = JSON.parse(after.get('data/notices.json')!) as { year: number }[];
    expect(notices.at(-1)).toEqual({
      year: 2025,
      batch: 4,
      title: '工业和信息化部关于公布2025年度中小企业特色产业集群名单的通告',
      url: 'https://www.miit.gov.cn/jgsj/qyj/gzdt/art/2025/art_fixture.html',
      pdfUrl: 'https://www.miit.gov.cn/cms_files/filemanager/fixture/attach/2025/fixture-2025.pdf',
    });
    const sql = after.get(`migrations/${plan.migration}`)!;
    expect(sql.match(/^INSERT INTO clusters /gmu)).toHaveLength(5);
    // Its seed runs after the migration that adds the classification's columns: it inserts them.
    expect(sql).toContain(', section, section_name, division, division_name, secondary_division, secondary_division_name, ');
    expect(sql).not.toContain('UPDATE clusters');
    expect(sql).toContain(`VALUES (1, '${plan.output.version}', '2025-09-01T00:00:00Z', 305);`);

    // The imported state is itself reproducible: a rebuild needs no new timestamp and changes nothing.
    const state = await readDataState(root);
    const rebuilt = buildDataset(state.inputs, { table, now: () => 'NEW' });
    expect(rebuilt.clustersJson).toBe(after.get('data/clusters.json'));
    for (const { file, sql: generated } of rebuilt.migrations) expect(generated).toBe(state.migrations.get(file));
  });

  it('refuses a year that is already present', async () => {
    const state = await readDataState(root);
    const plan = planImport(state, await request('good-2025.txt', { year: 2024 }), options);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems.map(formatProblem)).toEqual(['good-2025.txt: 2024 is already in data/; refusing to overwrite it']);

    const first = planImport(state, await request('good-2025.txt'), options);
    if (!first.ok) throw new Error('first import failed');
    await writeFiles(root, first.files);
    const again = planImport(await readDataState(root), await request('good-2025.txt'), options);
    expect(again.ok).toBe(false);
  });

  it('requires a title when the list names no notice, and an http(s) notice URL', async () => {
    const state = await readDataState(root);
    const listText = (await readFile(join(FIXTURES, 'good-2025.txt'), 'utf8')).split('工业和信息化部')[0]!;
    const noTitle = planImport(state, { ...(await request('good-2025.txt')), listText }, options);
    expect(noTitle.ok ? [] : noTitle.problems.map((p) => p.message)).toEqual(['the list names no notice for 2025: pass --notice-title']);
    const withTitle = planImport(state, { ...(await request('good-2025.txt')), listText, noticeTitle: '某通告' }, options);
    expect(withTitle.ok).toBe(true);
    const badUrl = planImport(state, await request('good-2025.txt', { noticeUrl: 'javascript:alert(1)' }), options);
    expect(badUrl.ok ? [] : badUrl.problems.map((p) => p.message)).toEqual(['--notice-url must be an http(s) URL, got "javascript:alert(1)"']);
  });
});

describe('planImport with bad lines', { timeout: 60_000 }, () => {
  it('reports every problem with its line number and writes nothing', async () => {
    const plan = planImport(await readDataState(root), await request('bad-2025.txt'), options);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems.map(formatProblem)).toEqual([
      'bad-2025.txt: the list names no notice for 2025: pass --notice-title',
      'bad-2025.txt:4: unparseable line: "这一行不是条目" (expected "总序号 名称 年度 序号")',
      'bad-2025.txt:2: unknown place in "浙江省火星市太空电梯产业集群" (below 浙江省)',
      'bad-2025.txt:3: duplicate name "北京市海淀区机器人产业集群" (already id 201, 2024)',
      'bad-2025.txt:5: id 305 does not continue the sequence: expected 304',
      'bad-2025.txt:6: year column 2026 is not a year of this list (2025)',
      'bad-2025.txt:7: 序号 7 of 2025: expected 5',
      'bad-2025.txt:7: "江苏省常熟市电子材料产业集群": no industry rule covers "电子材料": add a keyword rule to data/industry-rules.tsv or a decision for cluster 307 to data/industry-decisions.tsv (see docs/industry-classification.md)',
      'bad-2025.txt:8: duplicate name "河北省安平县金属丝网深加工产业集群" (already id 301, line 1)',
      'bad-2025.txt: 2025 has 6 entries, expected 5',
    ]);
  });

  it('stops at an industry no rule covers, naming it with its line, and writes nothing', async () => {
    const plan = planImport(await readDataState(root), await request('unclassified-2025.txt'), options);
    expect(plan.ok ? [] : plan.problems.map(formatProblem)).toEqual([
      'unclassified-2025.txt:8: "湖北省潜江市虾稻共作产业集群": no industry rule covers "虾稻共作": add a keyword rule to data/industry-rules.tsv or a decision for cluster 303 to data/industry-decisions.tsv (see docs/industry-classification.md)',
    ]);
  });

  it('refuses to import over data whose generated files are stale', async () => {
    const state = await readDataState(root);
    const seed = '0001_seed_2022_2024.sql';
    const migrations = new Map(state.migrations);
    migrations.set(seed, `${migrations.get(seed)}-- hand edit\n`);
    const plan = planImport({ ...state, migrations }, await request('good-2025.txt'), options);
    expect(plan.ok ? [] : plan.problems.map((p) => p.message)).toEqual([`migrations/${seed} is not what data/ generates; run npm run data:build first`]);
  });
});

describe('npm run data:import (CLI)', { timeout: 60_000 }, () => {
  const run = (args: string[]) =>
    promisify(execFile)(resolve('node_modules/.bin/tsx'), [resolve('pipeline/data-import.ts'), ...args], { cwd: root }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it('exits 1 with line-numbered problems and leaves data/ and migrations/ as they were', async () => {
    const before = await snapshotDir(root);
    const result = await run(['--year', '2025', '--file', join(FIXTURES, 'bad-2025.txt'), '--notice-url', NOTICE_URL, '--count', '5']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad-2025.txt:2: unknown place');
    expect(result.stderr).toContain('nothing was written');
    expect(await snapshotDir(root)).toEqual(before);
  });

  it('exits 1 on an unclassifiable industry and leaves data/ and migrations/ as they were', async () => {
    const before = await snapshotDir(root);
    const result = await run(['--year', '2025', '--file', join(FIXTURES, 'unclassified-2025.txt'), '--notice-url', NOTICE_URL, '--count', '5']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unclassified-2025.txt:8: "湖北省潜江市虾稻共作产业集群": no industry rule covers "虾稻共作"');
    expect(result.stderr).toContain('nothing was written');
    expect(await snapshotDir(root)).toEqual(before);
  });

  it('exits 2 with usage on missing arguments', async () => {
    const result = await run(['--year', '2025']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^usage: npm run data:import/u);
  });
});
