import { html, raw } from 'hono/html';

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

// The style is this module's own constant, not data: it goes in as it is (its hash is in the CSP).
const STYLE = raw(DOCS_STYLE);

/** What hono/html's `html` returns (a promise only when a value is one; none here is). */
type Markup = ReturnType<typeof html>;

/** Renders the reference page for the document; `origin` makes the curl examples copy-pasteable. */
export function renderDocsPage(document: DocsSource, origin: string): string {
  const operations = listOperations(document);
  const info = document.info;
  const page = html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${info.title} ${info.version}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${info.title} <span class="muted">${info.version}</span></h1>
${paragraphs(info.description ?? '')}
<p>OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a></p>
</header>
<nav aria-label="接口 / Endpoints"><ul>
${lines(operations.map((op) => html`<li><a href="#${op.id}">${op.method.toUpperCase()} ${op.path}</a></li>`))}
</ul></nav>
<main>
${lines(operations.map((op) => renderOperation(op, origin)))}
</main>
</body>
</html>`;
  // hono/html returns a promise only when a value is one; none is.
  if (page instanceof Promise) throw new TypeError('the docs page renders synchronously');
  return page.toString();
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

function renderOperation(op: Operation, origin: string): Markup {
  const examples = exampleUrls(op);
  const first = examples[0]?.url ?? op.path;
  return html`<section id="${op.id}">
<h2><span class="method">${op.method.toUpperCase()}</span><code>${op.path}</code></h2>
<p><strong>${op.summary}</strong></p>
${op.description ? paragraphs(op.description) : ''}
${op.parameters.length > 0 ? renderParameters(op) : html`<p class="muted">无参数 / No parameters.</p>`}
<h3>示例 / Example</h3>
<pre><code>curl -i ${shellQuote(origin + first)}</code></pre>
<h3>响应 / Responses</h3>
<table><thead><tr><th>状态 / Status</th><th>说明 / Description</th><th>类型 / Type</th></tr></thead><tbody>
${lines(
  op.responses.map(
    (r) =>
      html`<tr><td>${r.status}</td><td>${r.description}</td><td>${joined(
        r.types.map((t) => html`<code>${t}</code>`),
        ' ',
      )}</td></tr>`,
  ),
)}
</tbody></table>
</section>`;
}

function renderParameters(op: Operation): Markup {
  const rows = op.parameters.map((param) => {
    const links = Object.values(param.examples ?? {}).map((example) => {
      const url = exampleUrl(op.path, param, String(example.value));
      return html`<li><a href="${url}"><code>${String(example.value)}</code></a> <span class="muted">${example.summary ?? ''}</span></li>`;
    });
    return html`<tr><td><code>${param.name}</code><br><span class="muted">${param.in}${param.required ? ', required' : ''}</span><br><span class="muted">${schemaSummary(param.schema)}</span></td><td>${param.description ?? ''}</td><td><ul class="examples">${links}</ul></td></tr>`;
  });
  return html`<h3>参数 / Parameters</h3>
<table class="params"><thead><tr><th>名称 / Name</th><th>说明 / Description</th><th>示例（可点击） / Examples (try them)</th></tr></thead><tbody>
${lines(rows)}
</tbody></table>`;
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

// Blank lines separate paragraphs; `backticks` become code; a single line break stays one.
function paragraphs(text: string): Markup {
  const blocks = text.split(/\n\s*\n/).map((block) => {
    // split() with a capture group: text, code, text, code, …
    const parts = block.split(/`([^`]+)`/).map((part, index) => (index % 2 === 1 ? html`<code>${breaks(part)}</code>` : breaks(part)));
    return html`<p>${parts}</p>`;
  });
  return html`${lines(blocks)}`;
}

function breaks(text: string): Markup[] {
  return text.split('\n').map((line, index) => (index === 0 ? html`${line}` : html`<br>${line}`));
}

// Markup pieces one per line, as the page's source reads best.
function lines(pieces: readonly Markup[]): Markup[] {
  return joined(pieces, '\n');
}

function joined(pieces: readonly Markup[], separator: string): Markup[] {
  return pieces.map((piece, index) => (index === 0 ? piece : html`${separator}${piece}`));
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
