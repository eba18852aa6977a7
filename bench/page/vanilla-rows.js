// The loopback baseline: what showing the widget's first rows costs without the widget. No Lit:
// fetch the URL the widget asks for, then render the same rows (the same markup the widget's rows
// have) with the widget's own stylesheet into a shadow root. Its first statement marks its start,
// as the widget's banner does.
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

/** Renders the rows of `url` into a shadow root of `host`; resolves when they are in the DOM. */
export async function renderRows(host, url, cssText) {
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  shadow.adoptedStyleSheets = [sheet];
  const response = await fetch(url);
  const body = await response.json();
  const root = document.createElement('div');
  root.className = 'root';
  const ol = document.createElement('ol');
  ol.append(...body.data.map(row));
  const bodyElement = document.createElement('div');
  bodyElement.className = 'body';
  bodyElement.append(ol);
  root.append(bodyElement);
  shadow.append(root);
  return body.data.length;
}

export const vanillaStart = () => performance.getEntriesByName('vanilla:script-start', 'mark')[0]?.startTime;
export { params };
