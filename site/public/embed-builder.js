// The landing page's embed-code builder: options → snippet → live preview. No inline script, no
// innerHTML (the page works under a strict CSP with Trusted Types), and the preview is a real
// <cluster-list> configured with exactly the attributes of the snippet.

const form = document.getElementById('builder');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const origin = location.origin;
/** The provinces in the list by name (with their 6-digit code), for the fallback link. */
const provinceInfo = new Map();
/**
 * The standalone widget module, which exports `embedUrls` and `PROVINCES`: the snippet's preload
 * URL and CSV link come from the widget's own code, so they are exactly what it will fetch, and
 * the English fallback link takes the province's English name from it (null until loaded).
 * Its element class stays unused: the page's `cluster-list.js` defined the element first.
 */
let widget = null;

function option(value, label) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

function yearCheckbox(year) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = 'year';
  input.value = String(year);
  label.append(input, ` ${year}`);
  return label;
}

/** The attributes the chosen options give, in a fixed order so the snippet is stable. */
function attributes() {
  const data = new FormData(form);
  const result = [];
  const province = data.get('province');
  if (province) result.push(['province', province]);
  const division = data.get('division');
  if (division) result.push(['division', division]);
  const years = data.getAll('year');
  if (years.length > 0) result.push(['year', years.join(',')]);
  if (data.get('lang') === 'en') result.push(['lang', 'en']);
  const pageSize = Number(data.get('page-size'));
  if (Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 300 && pageSize !== 10) result.push(['page-size', String(pageSize)]);
  if (data.get('compact')) result.push(['compact', '']);
  if (data.get('large-text')) result.push(['large-text', '']);
  if (data.get('self-hosted')) result.push(['src', '/static/cluster-list/clusters.json']);
  return result;
}

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function escapeText(value) {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function attributeText([name, value]) {
  return value === '' ? name : `${name}="${escapeAttribute(value)}"`;
}

/**
 * Plain links inside the element: shown where the widget cannot run (no JavaScript, an old
 * browser, the script blocked), and hidden by its shadow root once it runs.
 */
function fallbackLinks(element, selfHosted) {
  const english = element.getAttribute('lang') === 'en';
  const province = provinceInfo.get(element.getAttribute('province'));
  let page = english ? 'SME characteristic industrial clusters' : '中小企业特色产业集群名单';
  const nameEn = province && widget?.PROVINCES.find((entry) => entry.code === province.code)?.nameEn;
  if (province) page = english ? `SME characteristic industrial clusters in ${nameEn ?? province.name}` : `${province.name}的中小企业特色产业集群`;
  const pageLink = `<a href="${origin}/${province ? `provinces/${province.code}` : ''}">${escapeText(page)}</a>`;
  if (selfHosted || !widget) return [pageLink];
  return [pageLink, `<a href="${escapeAttribute(widget.embedUrls(element).csv)}">${english ? 'Download the whole list (CSV)' : '下载全部名单 CSV'}</a>`];
}

/** The preload hint, when the builder's option asks for it (and the widget can say the URL). */
function preloadLine(element, selfHosted) {
  if (selfHosted || !widget || !new FormData(form).get('preload')) return null;
  const url = widget.embedUrls(element).preload;
  return url && `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(url)}">`;
}

function update() {
  const chosen = attributes();
  const selfHosted = chosen.some(([name]) => name === 'src');
  const script = selfHosted ? '/static/cluster-list/cluster-list.standalone.js' : `${origin}/widget/cluster-list.js`;
  const tag = ['cluster-list', ...chosen.map(attributeText)].join(' ');
  // The snippet's own element (self-hosted attributes as written), for the URLs it implies.
  const described = document.createElement('cluster-list');
  for (const [name, value] of chosen) described.setAttribute(name, value);
  const links = fallbackLinks(described, selfHosted)
    .map((link) => `  ${link}\n`)
    .join('');
  const lines = [preloadLine(described, selfHosted), `<script type="module" src="${script}"></script>`, `<${tag}>\n${links}</cluster-list>`];
  const text = lines.filter(Boolean).join('\n');
  copyStatus.textContent = '';
  // Most edits fire both input and change, and the choices' arrival calls update() once more. The
  // snippet spells out every chosen attribute, so an unchanged snippet means the preview already
  // shows these options: rebuilding it would only reload the same widget.
  if (text === snippet.value && preview.firstElementChild) return;
  snippet.value = text;

  // The preview reads the same snapshot this site publishes when self-hosting is chosen.
  const element = document.createElement('cluster-list');
  for (const [name, value] of chosen) element.setAttribute(name, name === 'src' ? '/widget/clusters.json' : value);
  preview.replaceChildren(element);
}

async function copy() {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = '已复制。';
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = '请按 Ctrl+C（⌘C）复制已选中的代码。';
  }
}

/** The standalone file's SRI hash, computed from the file this site serves. */
async function showIntegrity() {
  const target = document.getElementById('self-host-snippet');
  const response = await fetch('/widget/cluster-list.standalone.js');
  if (!response.ok || !crypto.subtle) return;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  const integrity = `sha384-${btoa(String.fromCharCode(...digest))}`;
  target.textContent =
    `<script type="module" src="/static/cluster-list/cluster-list.standalone.js"\n        integrity="${integrity}" crossorigin="anonymous"></script>\n` +
    '<cluster-list src="/static/cluster-list/clusters.json" province="浙江省">\n' +
    `  <a href="${origin}/provinces/330000">浙江省的中小企业特色产业集群</a>\n` +
    '</cluster-list>';
}

/**
 * The provinces and years to choose from, from the widget's own first view of the whole list (a
 * static file, so the builder works on a mirror with no API), in code order.
 */
async function loadChoices() {
  const response = await fetch('/widget/data/views/all.json');
  if (!response.ok) throw new Error(`all.json: ${response.status}`);
  const view = await response.json();
  const select = form.elements.namedItem('province');
  const provinces = [...view.facets.province].sort((a, b) => a.code.localeCompare(b.code));
  for (const province of provinces) {
    provinceInfo.set(province.value, { name: province.value, code: province.code });
    select.append(option(province.value, `${province.value}（${province.count}）`));
  }
  const years = [...new Set(view.notices.map((notice) => notice.year))].sort();
  document.getElementById('years').append(...years.map(yearCheckbox));
  return view.snapshot;
}

/**
 * The divisions of the derived industry classification that have clusters, counted from the
 * snapshot the first view names (the first views leave the industry counts out): the file the
 * page's own widget loads too, so the browser fetches it once. In code order.
 */
async function loadDivisions(snapshot) {
  const response = await fetch(`/widget/data/${snapshot}`);
  if (!response.ok) throw new Error(`${snapshot}: ${response.status}`);
  const { records } = await response.json();
  const divisions = new Map();
  for (const record of records) {
    const entry = divisions.get(record.division) ?? { name: record.divisionName, count: 0 };
    entry.count++;
    divisions.set(record.division, entry);
  }
  const select = form.elements.namedItem('division');
  for (const [code, { name, count }] of [...divisions].sort(([a], [b]) => a.localeCompare(b))) {
    select.append(option(code, `${code} ${name}（${count}）`));
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', copy);
update();
import('/widget/cluster-list.standalone.js')
  .then((module) => {
    widget = module;
    update();
  })
  .catch(() => {
    // Without the widget module the snippet has no preload line or CSV link; it still works.
  });
loadChoices()
  .then(async (snapshot) => {
    update();
    await loadDivisions(snapshot);
  })
  .catch(() => {
    // The builder still works without the lists: all provinces, years and industries.
  })
  .finally(update);
showIntegrity().catch(() => {});
