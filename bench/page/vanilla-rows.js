// The loopback baseline: what showing the widget's first rows costs without the widget. No Lit:
// fetch the first-view data file the widget reads, then render the same rows (its first page, in
// the same markup the widget's rows have) with the widget's own stylesheet into a shadow root. Its
// first statement marks its start, as the bench's copy of the widget file does.
performance.mark('vanilla:script-start');

const params = new URLSearchParams(location.search);

function text(tag, className, value) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.textContent = value;
  return element;
}

function row(record) {
  const li = document.createElement('li');
  li.className = 'row';
  li.setAttribute('part', 'row');
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  const places = [record.city, record.county].filter(Boolean).join(' · ');
  summary.append(
    text('span', 'name', record.name),
    ' ',
    text('span', 'meta', `${record.year} 年 · 第 ${record.batch} 批 · ${places} · 产业：${record.industry}`),
  );
  const list = document.createElement('dl');
  list.append(text('dt', '', '推荐单位'), text('dd', '', record.submittedBy), text('dt', '', '公告'));
  const notice = document.createElement('dd');
  const link = text('a', '', record.sourceUrl);
  link.href = record.sourceUrl;
  notice.append(link);
  list.append(notice);
  details.append(summary, list);
  li.append(details);
  return li;
}

/** Renders the first `pageSize` rows of the first view at `url` into a shadow root of `host`; resolves when they are in the DOM. */
export async function renderRows(host, url, cssText, pageSize) {
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  shadow.adoptedStyleSheets = [sheet];
  const response = await fetch(url);
  const body = await response.json();
  const root = document.createElement('div');
  root.className = 'root';
  const ol = document.createElement('ol');
  const rows = body.rows.slice(0, pageSize);
  ol.append(...rows.map(row));
  const bodyElement = document.createElement('div');
  bodyElement.className = 'body';
  bodyElement.append(ol);
  root.append(bodyElement);
  shadow.append(root);
  return rows.length;
}

export const vanillaStart = () => performance.getEntriesByName('vanilla:script-start', 'mark')[0]?.startTime;
export { params };
