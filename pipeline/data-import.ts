import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { builtAtNow } from './clock';
import { readDataState, writeFiles } from './data-dir';
import { loadDivisions } from './divisions';
import { planImport } from './plan-import';
import { formatProblem } from './problem';

// npm run data:import -- --year 2025 --file <list.txt> --notice-url <url> [--notice-title <t>] [--pdf-url <u>] [--count <n>]
const USAGE =
  'usage: npm run data:import -- --year <YYYY> --file <list.txt> --notice-url <url> [--notice-title <title>] [--pdf-url <url>] [--count <entries, default 100>]';

function parseCommandLine() {
  try {
    const { values } = parseArgs({
      options: {
        year: { type: 'string' },
        file: { type: 'string' },
        'notice-url': { type: 'string' },
        'notice-title': { type: 'string' },
        'pdf-url': { type: 'string' },
        count: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!values.year || !values.file || !values['notice-url']) return null;
    if (!/^\d{4}$/u.test(values.year) || (values.count !== undefined && !/^[1-9]\d{0,3}$/u.test(values.count))) return null;
    return values as typeof values & { year: string; file: string; 'notice-url': string };
  } catch {
    return null;
  }
}

const args = parseCommandLine();
if (args === null) {
  console.error(USAGE);
  process.exit(2);
}

const root = process.cwd();
const listText = await readFile(args.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
  console.error(`${args.file}: cannot read (${error.code ?? error.message})`);
  process.exit(2);
});

const plan = planImport(
  await readDataState(root),
  {
    year: Number(args.year),
    listText,
    sourceName: args.file,
    noticeUrl: args['notice-url'],
    noticeTitle: args['notice-title'],
    pdfUrl: args['pdf-url'],
    perYear: args.count === undefined ? undefined : Number(args.count),
  },
  { table: loadDivisions(), now: builtAtNow },
);
if (!plan.ok) {
  for (const problem of plan.problems) console.error(formatProblem(problem));
  console.error(`${plan.problems.length} problem(s); nothing was written.`);
  process.exit(1);
}
await writeFiles(root, plan.files);
console.log(`imported ${args.year}: ${plan.output.records.length} records in total, version ${plan.output.version}`);
for (const path of plan.files.keys()) console.log(`  wrote ${path}`);
