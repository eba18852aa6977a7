/** The reader's-session part of the bench report: every request by step and kind. */
import type { SessionRequest, WidgetSession } from './scenarios/widget-session';
import { formatTable } from './table';

/** The session's requests that ran the Worker (wrangler.toml's `run_worker_first` paths). */
export function workerRequests(session: WidgetSession): SessionRequest[] {
  return session.requests.filter((request) => request.kind === 'worker');
}

/** The JSON data files requested before the 浙江省 embed's first rows. */
export function dataFilesBeforeRows(session: WidgetSession): string[] {
  return session.dataFilesBeforeFirstRows;
}

const KIND_LABEL: Record<SessionRequest['kind'], string> = {
  worker: 'Worker',
  static: 'static file',
  host: 'host page',
  other: 'other origin',
};

function stepRows(session: WidgetSession): string[][] {
  return session.steps.map((step) => {
    const of = session.requests.filter((request) => request.step === step.name);
    const kinds = (kind: SessionRequest['kind']) => String(of.filter((request) => request.kind === kind).length);
    const files = of
      .filter((request) => request.kind !== 'host')
      .map((request) => `${request.path}${request.status === 200 ? '' : ` (${request.status ?? 'no answer'})`}`);
    return [step.name, step.total === null ? '' : String(step.total), kinds('worker'), kinds('static'), kinds('host'), kinds('other'), files.join('  ') || '–'];
  });
}

export function widgetSessionTable(session: WidgetSession | undefined): string {
  if (!session) return "Reader's session: not measured.";
  const totals = (kind: SessionRequest['kind']) => `${session.requests.filter((request) => request.kind === kind).length} ${KIND_LABEL[kind]}`;
  const searches = session.steps.filter((step) => step.name.startsWith('search '));
  const pinyinAgrees = searches.length === 2 && searches[0]!.total === searches[1]!.total;
  const notOk = session.requests.filter((request) => request.kind !== 'other' && request.status !== 200);
  return [
    "A reader's session in Chromium on a page of another origin, with the builder's snippets; the widget's origin is the local " +
      `Worker (Miniflare, Static Assets), whose Worker runs first on ${session.workerPaths.join(', ')}`,
    formatTable(['step', 'rows matched', 'Worker', 'static', 'host', 'other', 'requests (widget origin; status when not 200)'], stepRows(session)),
    `  all requests: ${['worker', 'static', 'host', 'other'].map((kind) => totals(kind as SessionRequest['kind'])).join(', ')}; ` +
      `CSV rows downloaded: ${session.csvRows}; the pinyin search ${pinyinAgrees ? 'matched as many as' : 'did NOT match as many as'} the Chinese one`,
    `  files requested before the 浙江省 embed's first rows reached the DOM (Resource Timing): ${session.filesBeforeFirstRows.join('  ')}`,
    ...(notOk.length > 0 ? [`  requests not answered 200: ${notOk.map((request) => `${request.path} (${request.status ?? 'no answer'})`).join('  ')}`] : []),
    `  uncaught page errors: ${session.pageErrors.length === 0 ? 'none' : session.pageErrors.join(' | ')}`,
  ].join('\n');
}
