
// The reference page, rendered from the OpenAPI document: no script at all, one inline style
// (allowed by hash in the page's CSP), no external resource, so it works offline once loaded.

/** The page's only style sheet; its hash goes into the Content-Security-Policy. */
export const DOCS_STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #fff; --code: #f6f8fa; --accent: #0a58ca; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --bg: #0d1117; --code: #161b22; --accent: #6cb6ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 16px/1.6 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
code, pre { font: 0.9em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code); border-radius: 4px; }
code { padding: 0.1em 0.3em; }
pre { padding: 0.75rem; overflow-x: auto; }
h1 { margin-top: 0; }
h2 { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--line); }
.method { display: inline-block; padding: 0 0.4em; margin-right: 0.4em; border-radius: 4px; background: var(--accent); color: var(--bg); font-size: 0.8em; }
table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95em; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
.muted { color: var(--muted); }
ul.examples { margin: 0; padding-left: 1.1rem; }
.params td:first-child { width: 10rem; }
.params td:last-child { width: 17rem; }
nav ul { columns: 2; }
`;

/** Renders the reference page for the document; `origin` makes the curl examples copy-pasteable. */
export function renderDocsPage(document: DocsSource, origin: string): string {
  const operations = listOperations(document);
  const info = document.info;
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(info.title)} ${escapeHtml(info.version)}</title>`,
    `<style>${DOCS_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(info.title)} <span class="muted">${escapeHtml(info.version)}</span></h1>`,
    paragraphs(info.description ?? ''),
    `<p>OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a></p>`,
    '</header>',
    '<nav aria-label="接口 / Endpoints"><ul>',
    ...operations.map((op) => `<li><a href="#${escapeHtml(op.id)}">${escapeHtml(op.method.toUpperCase())} ${escapeHtml(op.path)}</a></li>`),
    '</ul></nav>',
    '<main>',
    ...operations.map((op) => renderOperation(op, origin)),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** The parts of an OpenAPI document the page shows (the generated openapi.json has them). */
export interface DocsSource {
  info: { title: string; version: string; description?: string };
  paths: Record<string, { get?: DocsOperation }>;
}

interface DocsOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: readonly unknown[];
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
}

interface Example {
  summary?: string;
  value?: unknown;
}

interface Parameter {
  name: string;
  in: string;
  description?: string;
  required?: boolean;
  schema?: Record<string, unknown>;
  examples?: Record<string, Example>;
}

interface Operation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  responses: Array<{ status: string; description: string; types: string[] }>;
}

function listOperations(document: DocsSource): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const get = item.get;
    if (!get) continue;
    operations.push({
      id: get.operationId ?? path,
      method: 'get',
      path,
      summary: get.summary ?? '',
      description: get.description ?? '',
      parameters: (get.parameters ?? []) as Parameter[],
      responses: Object.entries(get.responses ?? {}).map(([status, response]) => ({
        status,
        description: response.description ?? '',
        types: Object.keys(response.content ?? {}),
      })),
    });
  }
  return operations;
}

function renderOperation(op: Operation, origin: string): string {
  const examples = exampleUrls(op);
  const first = examples[0]?.url ?? op.path;
  return [
    `<section id="${escapeHtml(op.id)}">`,
    `<h2><span class="method">${escapeHtml(op.method.toUpperCase())}</span><code>${escapeHtml(op.path)}</code></h2>`,
    `<p><strong>${escapeHtml(op.summary)}</strong></p>`,
    op.description ? paragraphs(op.description) : '',
    op.parameters.length > 0 ? renderParameters(op) : '<p class="muted">无参数 / No parameters.</p>',
    '<h3>示例 / Example</h3>',
    `<pre><code>curl -i ${escapeHtml(shellQuote(origin + first))}</code></pre>`,
    '<h3>响应 / Responses</h3>',
    '<table><thead><tr><th>状态 / Status</th><th>说明 / Description</th><th>类型 / Type</th></tr></thead><tbody>',
    ...op.responses.map(
      (r) => `<tr><td>${escapeHtml(r.status)}</td><td>${escapeHtml(r.description)}</td><td>${r.types.map((t) => `<code>${escapeHtml(t)}</code>`).join(' ')}</td></tr>`,
    ),
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function renderParameters(op: Operation): string {
  return [
    '<h3>参数 / Parameters</h3>',
    '<table class="params"><thead><tr><th>名称 / Name</th><th>说明 / Description</th><th>示例（可点击） / Examples (try them)</th></tr></thead><tbody>',
    ...op.parameters.map((param) => {
      const links = Object.values(param.examples ?? {}).map((example) => {
        const url = exampleUrl(op.path, param, String(example.value));
        return `<li><a href="${escapeHtml(url)}"><code>${escapeHtml(String(example.value))}</code></a> <span class="muted">${escapeHtml(example.summary ?? '')}</span></li>`;
      });
      return [
        '<tr>',
        `<td><code>${escapeHtml(param.name)}</code><br><span class="muted">${escapeHtml(param.in)}${param.required ? ', required' : ''}</span><br><span class="muted">${escapeHtml(schemaSummary(param.schema))}</span></td>`,
        `<td>${escapeHtml(param.description ?? '')}</td>`,
        `<td><ul class="examples">${links.join('')}</ul></td>`,
        '</tr>',
      ].join('');
    }),
    '</tbody></table>',
  ].join('\n');
}

// Every example of every parameter of an operation as a request URL (path and query).
function exampleUrls(op: { path: string; parameters: Parameter[] }): Array<{ param: string; url: string }> {
  const path = fillPath(op.path, op.parameters);
  const urls = op.parameters.flatMap((param) =>
    Object.values(param.examples ?? {}).map((example) => ({ param: param.name, url: exampleUrl(op.path, param, String(example.value), op.parameters) })),
  );
  return urls.length > 0 ? urls : [{ param: '', url: path }];
}

/** Every example URL of the document, for the tests that prove they work. */
export function documentExampleUrls(document: DocsSource): Array<{ operation: string; param: string; url: string }> {
  return listOperations(document).flatMap((op) => exampleUrls(op).map((example) => ({ operation: op.id, ...example })));
}

function exampleUrl(path: string, param: Parameter, value: string, all: Parameter[] = []): string {
  if (param.in === 'path') return fillPath(path.replace(`{${param.name}}`, encodeURIComponent(value)), all);
  return `${fillPath(path, all)}?${encodeURIComponent(param.name)}=${encodeURIComponent(value)}`;
}

// A path parameter without a chosen value takes its first example, so every URL is callable.
function fillPath(path: string, parameters: Parameter[]): string {
  return path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const param = parameters.find((p) => p.in === 'path' && p.name === name);
    const first = Object.values(param?.examples ?? {})[0];
    return first ? encodeURIComponent(String(first.value)) : whole;
  });
}

function schemaSummary(schema: Record<string, unknown> | undefined): string {
  if (!schema) return '';
  const parts = [String(schema.type ?? '')];
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.join(', ')}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? ''}–${schema.maximum ?? ''}`);
  if (schema.maxLength !== undefined) parts.push(`≤ ${String(schema.maxLength)} chars`);
  if (schema.pattern !== undefined) parts.push(`pattern ${String(schema.pattern)}`);
  if (schema.default !== undefined) parts.push(`default ${String(schema.default)}`);
  return parts.filter(Boolean).join('; ');
}

// Blank lines separate paragraphs; `backticks` become code.
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => `<p>${escapeHtml(block).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}
