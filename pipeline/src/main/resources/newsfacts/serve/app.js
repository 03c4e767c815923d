// newsfacts search page: plain ES2020, no build step, no dependencies. Every piece of text from the
// index is put into the page with textContent, never innerHTML, so article text cannot inject markup.
'use strict';

const FACETS = [['type', 'Type'], ['company', 'Company'], ['model', 'Model'], ['currency', 'Currency'], ['lang', 'Language']];
const FILTERS = ['type', 'company', 'model', 'currency', 'lang'];
const PAGE = 10;
const $ = (id) => document.getElementById(id);

/** Creates an element with a class and text. */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** The normalized value shown after a fact's surface text. */
function describe(f) {
  switch (f.type) {
    case 'company': return '= ' + f.id + (f.name ? ' (' + f.name + ')' : '') + (f.known === false ? ' [not in the lexicon]' : '');
    case 'model': return '= ' + f.id + (f.company ? ' by ' + f.company : '') + (f.known === false ? ' [not in the lexicon]' : '');
    case 'money': return '= ' + plain.format(f.amount) + (f.max != null ? '–' + plain.format(f.max) : '') + ' ' + f.currency
      + (f.usd != null ? ' ≈ ' + compact.format(f.usd) + ' USD' : '') + (f.approximate ? ' (approx.)' : '');
    case 'percent': return '= ' + plain.format(f.value) + (f.max != null ? '–' + plain.format(f.max) : '') + ' %';
    case 'score': return '= ' + plain.format(f.value) + ' ' + f.metric + (f.model ? ' for ' + f.model : '');
    default: return '';
  }
}

/** Parses "#/view?a=1" into {view, id, params}. */
function route() {
  const h = location.hash.replace(/^#\/?/, '');
  const q = h.indexOf('?');
  const path = q < 0 ? h : h.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  const [view, ...rest] = path.split('/');
  return { view: view || 'search', id: rest.map(decodeURIComponent).join('/'), params };
}

function show(view) {
  for (const v of ['search', 'article', 'dashboard']) $(v + '-view').hidden = v !== view;
  $('tab-search').classList.toggle('active', view !== 'dashboard');
  $('tab-dashboard').classList.toggle('active', view === 'dashboard');
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw Object.assign(new Error(body.error || res.statusText), { parameter: body.parameter });
  return body;
}

// ---- search ----

let lastSearch = '#/search';
/** Bumped per request: a slow answer to an older request must not overwrite a newer one. */
let generation = 0;

function searchParams() {
  const p = route().params;
  const out = new URLSearchParams();
  for (const k of ['q', 'sort', ...FILTERS, 'offset']) if (p.get(k)) out.set(k, p.get(k));
  return out;
}

function go(p) {
  if (p.get('sort') === 'relevance') p.delete('sort');
  if (p.get('offset') === '0') p.delete('offset');
  location.hash = '#/search' + (p.toString() ? '?' + p : '');
}

async function runSearch() {
  const p = searchParams();
  lastSearch = location.hash || '#/search';
  $('back').href = lastSearch;
  $('q').value = p.get('q') || '';
  $('sort').value = p.get('sort') || 'relevance';
  const req = new URLSearchParams(p);
  req.set('limit', PAGE);
  $('error').hidden = true;
  const mine = ++generation;
  let r;
  try {
    r = await api('/api/search?' + req);
  } catch (e) {
    if (mine !== generation) return;
    $('error').textContent = (e.parameter ? '[' + e.parameter + '] ' : '') + e.message;
    $('error').hidden = false;
    $('hits').replaceChildren();
    $('facets').replaceChildren();
    $('pager').replaceChildren();
    $('summary').textContent = '';
    return;
  }
  if (mine !== generation) return;
  renderFacets(r.facets, p);
  renderHits(r);
  renderPager(r, p);
}

function renderFacets(facets, p) {
  const box = $('facets');
  box.replaceChildren();
  for (const [dim, title] of FACETS) {
    const counts = facets[dim] || [];
    const active = p.get(dim);
    if (!counts.length && !active) continue;
    const sec = el('div', 'facet');
    sec.dataset.dim = dim;
    sec.append(el('h3', null, title));
    const shown = counts.slice(0, 8);
    if (active && !shown.some((c) => c.label === active)) shown.unshift({ label: active, count: 0 });
    for (const c of shown) {
      const b = el('button', active === c.label ? 'active' : null);
      b.type = 'button';
      b.dataset.value = c.label;
      b.append(el('span', 'label', (active === c.label ? '✕ ' : '') + c.label), el('span', 'count', c.count));
      b.addEventListener('click', () => {
        const next = searchParams();
        if (active === c.label) next.delete(dim); else next.set(dim, c.label);
        next.delete('offset');
        go(next);
      });
      sec.append(b);
    }
    box.append(sec);
  }
}

function snippet(parts) {
  const d = el('div', 'snippet');
  for (const part of parts || []) d.append(part.mark ? el('mark', null, part.text) : document.createTextNode(part.text));
  return d;
}

function renderHits(r) {
  const list = $('hits');
  list.replaceChildren();
  const from = r.total ? r.offset + 1 : 0;
  $('summary').textContent = r.total === 0 ? 'No facts match.'
    : r.total + ' facts' + (r.total > r.hits.length ? ', showing ' + from + '–' + (r.offset + r.hits.length) : '');
  for (const h of r.hits) {
    const f = h.fact;
    const li = el('li', 'hit t-' + f.type);
    li.dataset.docId = f.docId;
    const line = el('div', 'fact-line');
    line.append(el('span', 'badge', f.type), el('span', 'surface', f.text), el('span', 'norm', describe(f)));
    li.append(line, snippet(h.snippet));
    const meta = el('div', 'meta');
    const a = h.article || {};
    const link = el('a', 'title', a.title || f.source);
    link.href = '#/article/' + encodeURIComponent(f.docId) + '?at=' + f.start;
    meta.append(link, document.createTextNode(' · ' + f.source + ' · ' + (a.published || 'no date') + ' · ' + f.lang));
    li.append(meta);
    li.addEventListener('click', (ev) => {
      if (ev.target !== link) location.hash = link.getAttribute('href');
    });
    list.append(li);
  }
}

function renderPager(r, p) {
  const nav = $('pager');
  nav.replaceChildren();
  if (r.total <= r.limit) return;
  const page = Math.floor(r.offset / r.limit);
  const pages = Math.ceil(Math.min(r.total, 10000 + r.limit) / r.limit);
  const btn = (label, target, id) => {
    const b = el('button', null, label);
    b.type = 'button';
    b.id = id;
    b.disabled = target < 0 || target >= pages || target === page;
    b.addEventListener('click', () => {
      const next = new URLSearchParams(p);
      next.set('offset', target * r.limit);
      go(next);
    });
    return b;
  };
  nav.append(btn('← Previous', page - 1, 'prev'), el('span', 'page', 'page ' + (page + 1) + ' of ' + pages),
    btn('Next →', page + 1, 'next'));
}

// ---- article ----

async function showArticle(id, params) {
  $('article-title').textContent = 'Loading…';
  $('article-meta').textContent = '';
  $('legend').replaceChildren();
  const box = $('article-text');
  box.replaceChildren();
  const mine = ++generation;
  let a;
  try {
    a = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) {
    if (mine === generation) $('article-title').textContent = e.message;
    return;
  }
  if (mine !== generation) return;
  const d = a.document;
  $('article-title').textContent = d.title || d.source;
  $('article-meta').textContent = [d.source, d.published || 'no date', d.lang, d.url].filter(Boolean).join(' · ');
  const byType = {};
  for (const f of a.facts) byType[f.type] = (byType[f.type] || 0) + 1;
  for (const [type, n] of Object.entries(byType)) $('legend').append(el('span', 'key f-' + type, type + ' ' + n));
  const at = params.has('at') ? Number(params.get('at')) : -1;
  let focus = null;
  for (const part of a.parts) {
    const text = a.text.slice(part.start, part.end);
    if (!part.facts.length) {
      box.append(document.createTextNode(text));
      continue;
    }
    // The innermost (shortest) fact gives the colour; the tooltip lists all.
    const facts = part.facts.map((i) => a.facts[i]).sort((x, y) => (x.end - x.start) - (y.end - y.start));
    const m = el('mark', 'f f-' + facts[0].type, text);
    m.dataset.type = facts[0].type;
    m.title = facts.map((f) => f.type + ' ' + describe(f)).join('\n');
    if (facts.some((f) => f.start === at) && !focus) focus = m;
    box.append(m);
  }
  if (focus) {
    focus.classList.add('focus');
    focus.scrollIntoView({ block: 'center' });
  } else {
    window.scrollTo(0, 0);
  }
}

// ---- dashboard ----

function chart(title, rows, value, fmt) {
  const box = el('div', 'chart');
  box.append(el('h2', null, title));
  const max = Math.max(1, ...rows.map(value));
  for (const r of rows) {
    const bar = el('div', 'bar');
    const label = el('span', 'label', r.label ?? r.company ?? r.currency);
    label.title = label.textContent;
    const track = el('span', 'track');
    const fill = el('span', 'fill');
    fill.style.width = (100 * value(r) / max).toFixed(1) + '%';
    track.append(fill);
    bar.append(label, track, el('span', 'value', (fmt || plain.format)(value(r))));
    box.append(bar);
  }
  if (!rows.length) box.append(el('p', 'summary', 'nothing yet'));
  return box;
}

async function showDashboard() {
  let r;
  try {
    r = await api('/api/report');
  } catch (e) {
    $('dash-summary').textContent = e.message;
    return;
  }
  const c = r.corpus || {};
  $('dash-summary').textContent = (c.articles ?? 0) + ' articles, ' + (c.facts ?? 0) + ' facts';
  const charts = $('charts');
  charts.replaceChildren();
  const count = (x) => x.count;
  charts.append(chart('Facts by type', c.factsByType || [], count), chart('Articles by language', c.languages || [], count));
  const f = r.facets || {};
  if (f.company) charts.append(chart('Facts by company', f.company, count));
  if (f.model) charts.append(chart('Facts by model', f.model, count));
  if (f.currency) charts.append(chart('Money figures by currency', f.currency, count));
  if (f.lang) charts.append(chart('Facts by language', f.lang, count));
  const money = r.money || {};
  if (money.companies) charts.append(chart('Money by company (USD)', money.companies, (x) => x.usd, compact.format));
  if (money.currencies && !f.currency) charts.append(chart('Money by currency (USD)', money.currencies, (x) => x.usd, compact.format));
  const table = $('largest');
  table.replaceChildren();
  const head = el('tr');
  for (const h of ['USD', 'amount', 'text', 'companies', 'source']) head.append(el('th', null, h));
  table.append(head);
  for (const m of money.largest || []) {
    const tr = el('tr');
    tr.append(el('td', 'num', compact.format(m.usd)), el('td', 'num', plain.format(m.amount) + ' ' + m.currency),
      el('td', null, m.text), el('td', null, (m.companies || []).join(', ')), el('td', null, m.source));
    table.append(tr);
  }
}

// ---- wiring ----

function render() {
  const r = route();
  if (r.view === 'article' && r.id) {
    show('article');
    showArticle(r.id, r.params);
  } else if (r.view === 'dashboard') {
    show('dashboard');
    showDashboard();
  } else {
    show('search');
    runSearch();
  }
}

document.addEventListener('DOMContentLoaded', () => {
  // The syntax notes sit open beside the box on a desktop; on a phone they would push the results away.
  if (window.matchMedia('(max-width: 760px)').matches) $('syntax').open = false;
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = searchParams();
    const q = $('q').value.trim();
    if (q) p.set('q', q); else p.delete('q');
    p.set('sort', $('sort').value);
    p.delete('offset');
    go(p);
  });
  $('sort').addEventListener('change', () => $('search-form').requestSubmit());
  window.addEventListener('hashchange', render);
  render();
});
