// newspipe explorer: one page, routed by the URL's hash, drawn from the JSON API under /api/.
// Article text is only ever put in the page as text (textContent), never as markup.
'use strict';

const view = document.getElementById('view');
const TYPES = { PERSON: '人物', PLACE: '地点', ORGANIZATION: '机构' };
const FACETS = { person: '人物 person', place: '地点 place', organization: '机构 organization', author: '作者 author',
  source: '来源 source', day: '日期 day' };

// A token in the address (?token=…) becomes a cookie the API accepts, and leaves the address.
(function takeToken() {
  const params = new URLSearchParams(location.search);
  if (params.has('token')) {
    document.cookie = 'newspipe_token=' + encodeURIComponent(params.get('token')) + '; path=/; SameSite=Strict';
    history.replaceState(null, '', location.pathname + location.hash);
  }
})();

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({ error: 'HTTP ' + r.status }));
  if (!r.ok) {
    const e = new Error(body.error || ('HTTP ' + r.status));
    e.status = r.status;
    throw e;
  }
  return body;
}

// Each navigation renders only while it is the latest one: a slower page from an earlier navigation must not
// replace a newer one when its answers come in.
let rendering = 0;
function renderer() {
  const mine = rendering;
  return (...nodes) => {
    if (mine === rendering) view.replaceChildren(...nodes);
  };
}

function failure(e) {
  const box = el('div', { class: 'error', id: 'error' }, e.message);
  if (e.status === 401) {
    const input = el('input', { type: 'password', placeholder: 'token' });
    box.append(' ', el('form', { onsubmit: ev => {
      ev.preventDefault();
      document.cookie = 'newspipe_token=' + encodeURIComponent(input.value) + '; path=/; SameSite=Strict';
      route();
    } }, input, el('button', {}, '确定')));
  }
  return box;
}

function hashParams() {
  const h = location.hash.replace(/^#/, '');
  const i = h.indexOf('?');
  return { path: i < 0 ? h : h.substring(0, i), params: new URLSearchParams(i < 0 ? '' : h.substring(i + 1)) };
}

function link(path, params) {
  const q = params ? params.toString() : '';
  return '#' + path + (q ? '?' + q : '');
}

function marked(text, marks) {
  const out = [];
  let at = 0;
  for (const [s, e] of marks) {
    if (s < at) continue;
    out.push(text.substring(at, s), el('mark', {}, text.substring(s, e)));
    at = e;
  }
  out.push(text.substring(at));
  return out;
}

// ---------- search ----------
async function searchPage(params) {
  const show = renderer();
  const input = el('input', { type: 'search', name: 'q', id: 'q', value: params.get('q') || '',
    placeholder: '检索全文，如：网格 用电量', maxlength: '200', autofocus: '' });
  const form = el('form', { class: 'search', onsubmit: ev => {
    ev.preventDefault();
    const p = new URLSearchParams(params);
    p.set('q', input.value);
    p.delete('page');
    location.hash = link('/search', p);
  } }, input, el('button', { type: 'submit' }, '检索'));
  const liveList = el('ul', { id: 'live-list' });
  const livePanel = el('div', { class: 'live', id: 'live', hidden: '' }, el('strong', {}, '新到文章 New articles'), liveList);
  show(form, livePanel, el('p', { class: 'meta' }, '…'));
  let data;
  try {
    data = await api('/api/search?' + params.toString());
  } catch (e) {
    show(form, livePanel, failure(e));
    return;
  }
  const filters = el('div', { class: 'filters' });
  for (const [facet, values] of Object.entries(data.filters)) {
    for (const v of values) {
      const p = new URLSearchParams(params);
      p.delete(facet);
      values.filter(x => x !== v).forEach(x => p.append(facet, x));
      p.delete('page');
      filters.append(el('span', { class: 'chip' }, FACETS[facet].split(' ')[0] + '：' + v, el('a', { href: link('/search', p), title: 'remove' }, '×')));
    }
  }
  const side = el('aside', { id: 'facets' });
  for (const [facet, values] of Object.entries(data.facets)) {
    if (!values.length) continue;
    side.append(el('div', { class: 'facet', 'data-facet': facet }, el('h3', {}, FACETS[facet]), el('ul', {}, values.map(v => {
      const p = new URLSearchParams(params);
      p.append(facet, v.value);
      p.delete('page');
      return el('li', {}, el('a', { href: link('/search', p) }, v.value), el('span', { class: 'n' }, v.count));
    }))));
  }
  const results = el('section', { id: 'results' },
    el('p', { class: 'meta', id: 'total' }, `${data.total} 篇 articles · ${data.tookMs.toFixed(0)} ms`), filters,
    data.results.map(r => el('div', { class: 'result' },
      el('h2', {}, el('a', { href: '#/article/' + encodeURIComponent(r.id), class: 'title' }, r.title || '（无标题）')),
      el('div', { class: 'meta' }, [r.source, (r.receivedAt || '').substring(0, 10), (r.authors || []).join(' ')].filter(Boolean).join(' · ')),
      el('div', { class: 'snippet' }, marked(r.snippet.text, r.snippet.marks)))));
  const pages = Math.ceil(data.total / data.size);
  if (pages > 1) {
    const pager = el('div', { class: 'pager' });
    for (const [n, label] of [[data.page - 1, '← 上一页'], [data.page + 1, '下一页 →']]) {
      if (n < 1 || n > pages) continue;
      const p = new URLSearchParams(params);
      p.set('page', n);
      pager.append(el('a', { href: link('/search', p) }, label));
    }
    pager.append(el('span', { class: 'meta' }, `${data.page} / ${pages}`));
    results.append(pager);
  }
  show(form, livePanel, el('div', { class: 'layout' }, side, results));
  follow(a => {
    livePanel.hidden = false;
    liveList.prepend(el('li', { class: 'new' }, el('a', { href: '#/article/' + encodeURIComponent(a.id) }, a.title || a.id),
      el('span', { class: 'meta' }, ' ' + (a.source || ''))));
  });
}

// ---------- live feed ----------
let events = null;
let onArticle = null;
function follow(handler) {
  onArticle = handler;
  if (events) return;
  events = new EventSource('/api/live');
  const status = document.getElementById('live-status');
  events.onopen = () => { status.className = 'live-on'; status.title = 'live: connected'; };
  events.onerror = () => { status.className = 'live-off'; status.title = 'live: reconnecting'; };
  events.addEventListener('article', ev => { if (onArticle) onArticle(JSON.parse(ev.data)); });
}

// ---------- article ----------
function entityTitle(e) {
  const n = e.normalized || {};
  const parts = [TYPES[e.type] || e.type, e.text];
  if (n.name && n.name !== e.text) parts.push('= ' + n.name);
  if (n.code) parts.push('code ' + n.code);
  if (n.level) parts.push(n.level);
  if (n.parent) parts.push('⊂ ' + n.parent);
  if (n.role) parts.push(n.role);
  return parts.join(' · ');
}

function highlighted(body, entities) {
  const spans = [];
  for (const e of entities) for (const o of e.offsets || []) spans.push({ start: o, end: o + e.text.length, e });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs = [];
  let p = el('p');
  let at = 0;
  const emit = (text) => {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) { paragraphs.push(p); p = el('p'); }
      if (line) p.append(line);
    });
  };
  for (const s of spans) {
    if (s.start < at) continue;
    emit(body.substring(at, s.start));
    p.append(el('span', { class: 'ent ent-' + s.e.type, title: entityTitle(s.e), 'data-type': s.e.type }, body.substring(s.start, s.end)));
    at = s.end;
  }
  emit(body.substring(at));
  paragraphs.push(p);
  return paragraphs;
}

async function articlePage(id) {
  const show = renderer();
  let a;
  try {
    a = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) {
    show(failure(e));
    return;
  }
  if (a.duplicate) {
    const d = a.duplicate;
    show(el('div', { class: 'article' }, el('h1', {}, d.title || d.id),
      el('p', {}, `去重时丢弃：${d.method}，与 `, el('a', { href: '#/article/' + encodeURIComponent(d.duplicateOf) }, d.duplicateOf),
        ` 相似度 ${Number(d.similarity).toFixed(2)}`)));
    return;
  }
  const m = a.metrics || {};
  const byType = type => a.entities.filter(e => e.type === type);
  show(el('article', { class: 'article', id: 'article' },
    el('h1', { id: 'article-title' }, a.title || '（无标题）'),
    a.subtitle ? el('div', { class: 'subtitle' }, a.subtitle) : null,
    el('div', { class: 'meta' }, [(a.authors || []).join(' '), a.source, (a.receivedAt || '').substring(0, 19), a.id].filter(Boolean).join(' · ')),
    el('div', { class: 'legend meta' }, Object.entries(TYPES).map(([t, n]) => el('span', { class: 'ent ent-' + t }, n))),
    el('div', { class: 'body', id: 'article-body' }, highlighted(a.body, a.entities)),
    a.captions && a.captions.length ? el('p', { class: 'meta' }, '图片说明：' + a.captions.join(' / ')) : null,
    el('h3', {}, '实体 Entities'),
    el('div', { class: 'columns' }, Object.entries(TYPES).map(([t, n]) => el('div', {}, el('strong', {}, n), el('ul', {},
      byType(t).map(e => el('li', {}, el('a', { href: link('/search', new URLSearchParams({ [t === 'ORGANIZATION' ? 'organization' : t.toLowerCase()]: e.text })) }, e.text),
        ' ', el('span', { class: 'meta' }, `×${e.mentions}`), t === 'PLACE' && e.normalized && e.normalized.code
          ? el('a', { href: '#/place/' + e.normalized.code, class: 'meta' }, ' ↑') : null)))))),
    el('h3', {}, '数量 Quantities'),
    a.indicators.length ? el('table', { id: 'indicators' }, el('tr', {}, ['原文', '主体 subject', '值', '单位', '归一化', '类型'].map(h => el('th', {}, h))),
      a.indicators.map(i => el('tr', {}, el('td', {}, i.text),
        el('td', {}, i.subject ? el('a', { href: link('/indicators', new URLSearchParams({ subject: i.subject })) }, i.subject) : ''),
        el('td', {}, i.value), el('td', {}, i.unit || ''), el('td', {}, i.normalizedValue === null ? '' : `${i.normalizedValue} ${i.normalizedUnit || ''}`),
        el('td', {}, i.kind + (i.approx ? ' ≈' : ''))))) : el('p', { class: 'meta' }, '无'),
    el('h3', {}, '日期 Dates'), el('p', {}, (a.dates || []).map(d => `${d.text} (${d.iso})`).join('；') || '无'),
    el('h3', {}, '指标 Metrics'),
    el('p', { class: 'meta' }, `${m.cjkChars} 汉字 · ${m.sentences} 句 · ${m.paragraphs} 段 · 阅读 ${m.readingMinutes} 分钟 · 关键词：${(m.keywords || []).join('、')}`),
    m.summary ? el('p', {}, '摘要：' + m.summary) : null,
    el('h3', {}, '重复与相关 Duplicates and related'),
    el('ul', { id: 'duplicates' },
      a.duplicates.map(d => el('li', {}, `${d.method} `, el('a', { href: '#/article/' + encodeURIComponent(d.id) }, d.title || d.id), ` ${Number(d.similarity).toFixed(2)}`)),
      a.related.concat(a.relatedBy).map(r => el('li', {}, 'related ', el('a', { href: '#/article/' + encodeURIComponent(r.id) }, r.title || r.id), ` ${Number(r.similarity).toFixed(2)}`))),
    !a.duplicates.length && !a.related.length && !a.relatedBy.length ? el('p', { class: 'meta' }, '无') : null));
}

// ---------- charts ----------
function chart(container, option) {
  const c = echarts.init(container, null, { renderer: 'svg' });
  // The page's own font for the labels (the machine may have no Chinese font); drawn at once, not animated.
  c.setOption(Object.assign({ animation: false, textStyle: { fontFamily: '"Noto Sans SC", sans-serif' } }, option));
  return c;
}

// ---------- entities ----------
async function entitiesPage(params) {
  const show = renderer();
  const type = params.get('type') || 'PERSON';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const fromInput = el('input', { type: 'date', value: from, name: 'from' });
  const toInput = el('input', { type: 'date', value: to, name: 'to' });
  const form = el('form', { onsubmit: ev => {
    ev.preventDefault();
    const p = new URLSearchParams({ type });
    if (fromInput.value) p.set('from', fromInput.value);
    if (toInput.value) p.set('to', toInput.value);
    location.hash = link('/entities', p);
  } }, el('span', { class: 'tabs' }, Object.entries(TYPES).map(([t, n]) => el('a', { href: link('/entities', new URLSearchParams({ type: t, from, to })),
    class: t === type ? 'active' : '' }, n))), ' 从 ', fromInput, ' 到 ', toInput, el('button', {}, '确定'));
  show(form);
  let data;
  try {
    const q = new URLSearchParams({ type, limit: 30 });
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    data = await api('/api/entities?' + q);
  } catch (e) {
    show(form, failure(e));
    return;
  }
  const selected = params.get('text') || (data.entities[0] && data.entities[0].text);
  const trend = el('div', { class: 'chart', id: 'trend-chart' });
  show(form, el('div', { class: 'layout' },
    el('table', { id: 'top-entities' }, el('tr', {}, el('th', {}, TYPES[type]), el('th', {}, '篇'), el('th', {}, '次')),
      data.entities.map(e => el('tr', {}, el('td', {}, el('a', { href: link('/entities', new URLSearchParams({ type, from, to, text: e.text })) }, e.text),
        type === 'PLACE' ? el('a', { href: '#/place/' + encodeURIComponent(e.text), class: 'meta' }, ' 区划') : null),
        el('td', {}, e.articles), el('td', {}, e.mentions)))),
    el('div', {}, el('h3', {}, selected ? `${selected} 每日提及 mentions per day` : '无数据'), trend,
      selected ? el('p', {}, el('a', { href: link('/search', new URLSearchParams({ [type === 'ORGANIZATION' ? 'organization' : type.toLowerCase()]: selected })) }, '相关文章 →')) : null)));
  if (selected) {
    const t = await api('/api/entities/trend?' + new URLSearchParams({ type, text: selected }));
    chart(trend, { tooltip: { trigger: 'axis' }, legend: { data: ['mentions', 'articles'] },
      xAxis: { type: 'category', data: t.days.map(d => d.day) }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: 'mentions', type: 'line', data: t.days.map(d => d.mentions), symbolSize: 8 },
        { name: 'articles', type: 'bar', data: t.days.map(d => d.articles) }] });
  }
}

async function placePage(place) {
  const show = renderer();
  let p;
  try {
    p = await api('/api/places?' + new URLSearchParams({ place }));
  } catch (e) {
    show(failure(e));
    return;
  }
  const bars = el('div', { class: 'chart', id: 'place-chart' });
  show(el('h1', {}, p.name), el('p', { class: 'meta' }, [p.level, p.code].filter(Boolean).join(' · '),
      p.parent ? el('span', {}, ' · ⊂ ', p.parentCode ? el('a', { href: '#/place/' + p.parentCode, id: 'place-parent' }, p.parent) : p.parent) : null),
    el('p', { id: 'place-total' }, `${p.articles} 篇文章提及此地或其下辖区划`),
    el('p', {}, el('a', { href: link('/search', new URLSearchParams({ place: p.name })) }, '提及此名的文章 →')),
    bars, el('ul', {}, p.children.map(c => el('li', {}, el('a', { href: '#/place/' + c.code }, c.name), ` ${c.articles} 篇`))));
  if (p.children.length) {
    chart(bars, { tooltip: {}, xAxis: { type: 'category', data: p.children.map(c => c.name), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 }, series: [{ type: 'bar', data: p.children.map(c => c.articles) }] });
  } else {
    bars.remove();
  }
}

// ---------- indicators ----------
async function indicatorsPage(params) {
  const show = renderer();
  const subject = params.get('subject') || '';
  const input = el('input', { type: 'search', value: subject, list: 'subjects', id: 'subject', placeholder: '主体，如：用电量', autocomplete: 'off' });
  const options = el('datalist', { id: 'subjects' });
  input.addEventListener('input', async () => {
    const s = await api('/api/subjects?' + new URLSearchParams({ q: input.value, limit: 20 })).catch(() => ({ subjects: [] }));
    options.replaceChildren(...s.subjects.map(x => el('option', { value: x.subject }, `${x.count}`)));
  });
  const form = el('form', { class: 'search', onsubmit: ev => {
    ev.preventDefault();
    location.hash = link('/indicators', new URLSearchParams({ subject: input.value }));
  } }, input, options, el('button', {}, '查看'));
  const top = await api('/api/subjects?limit=30').catch(e => ({ error: e }));
  const common = top.subjects ? el('p', { class: 'meta' }, '常见：', top.subjects.map(x =>
    el('a', { href: link('/indicators', new URLSearchParams({ subject: x.subject })) }, `${x.subject}(${x.count}) `))) : failure(top.error);
  if (!subject) {
    show(form, common);
    return;
  }
  let data;
  try {
    data = await api('/api/indicators?' + new URLSearchParams({ subject }));
  } catch (e) {
    show(form, failure(e));
    return;
  }
  const plot = el('div', { class: 'chart', id: 'indicator-chart' });
  // One axis, one unit: the chart plots the unit most rows are in (kWh and ratios do not share a scale).
  const unitOf = r => r.normalizedUnit || r.unit || '';
  const counts = {};
  data.rows.forEach(r => { counts[unitOf(r)] = (counts[unitOf(r)] || 0) + 1; });
  const unit = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
  const plotted = data.rows.filter(r => unitOf(r) === unit);
  show(form, el('h2', {}, subject),
    el('p', {}, el('a', { href: '/api/indicators.csv?' + new URLSearchParams({ subject }), id: 'csv', download: 'indicators.csv' }, '导出 CSV'),
      el('span', { class: 'meta' }, ` · 图中为单位 ${unit || '（无）'} 的 ${plotted.length} / ${data.rows.length} 个数值`)),
    plot,
    el('table', { id: 'indicator-rows' }, el('tr', {}, ['文章', '日期', '原文', '归一化', '类型'].map(h => el('th', {}, h))),
      data.rows.map(r => el('tr', {}, el('td', {}, el('a', { href: '#/article/' + encodeURIComponent(r.articleId) }, r.title || r.articleId)),
        el('td', {}, (r.receivedAt || '').substring(0, 10)), el('td', {}, r.text),
        el('td', {}, r.normalizedValue === null ? '' : `${r.normalizedValue} ${r.normalizedUnit || ''}`), el('td', {}, r.kind)))));
  const html = echarts.format.encodeHTML;
  chart(plot, { tooltip: { trigger: 'item', formatter: p => html(String(p.data[2])) + '<br>' + html(String(p.data[3])) },
    xAxis: { type: 'category', name: '文章 article', data: plotted.map((r, i) => `${i + 1} · ${(r.receivedAt || '').substring(5, 10)}`) },
    yAxis: { type: 'value', name: unit, scale: true },
    series: [{ name: unit, type: 'line', symbolSize: 10,
      data: plotted.map((r, i) => [i, r.normalizedValue === null ? r.value : r.normalizedValue, r.title || r.articleId, r.text]) }] });
}

// ---------- pipeline ----------
async function pipelinePage() {
  const show = renderer();
  let s;
  try {
    s = await api('/api/pipeline');
  } catch (e) {
    show(failure(e));
    return;
  }
  // Nested objects (health parts, counts by kind) as rows of "name: value", not as JSON.
  const cell = v => v === null || v === undefined ? '' : typeof v !== 'object' ? String(v)
    : Object.entries(v).map(([k, x]) => `${k}: ${x !== null && typeof x === 'object' ? [x.status, x.detail].filter(Boolean).join(' ') : x}`).join('；') || '—';
  const table = obj => el('table', {}, Object.entries(obj || {}).map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, cell(v)))));
  const parts = [el('h2', {}, '管道 Pipeline'), el('p', { id: 'pipeline-state' }, s.running ? '运行中 running' : '未在本进程运行 not running in this process'),
    el('p', { class: 'meta' }, s.store), el('h3', {}, '存储 Store'), table(s.storeCounts)];
  if (s.running) {
    parts.push(el('h3', {}, '健康 Health'), table(s.health), el('h3', {}, '计数 Counts'), table(s.counts), el('h3', {}, '积压 Lag'), table(s.lag));
  } else if (s.cluster) {
    parts.push(el('p', { class: 'meta' }, 'Kafka ' + s.cluster));
  }
  if (s.deadLetters) {
    const dl = await api('/api/dead-letters?limit=50').catch(e => ({ error: e }));
    parts.push(el('h3', {}, '死信 Dead letters'), dl.deadLetters ? (dl.deadLetters.length ? el('table', { id: 'dead-letters' },
      el('tr', {}, ['stage', 'error', 'key', 'at'].map(h => el('th', {}, h))),
      dl.deadLetters.map(d => el('tr', {}, el('td', {}, d.stage), el('td', {}, d.error), el('td', {}, d.key || ''), el('td', {}, d.at || ''))))
      : el('p', { class: 'meta' }, '无')) : failure(dl.error));
  }
  show(...parts);
}

// ---------- router ----------
async function route() {
  rendering++;
  const { path, params } = hashParams();
  const section = path.split('/')[1] || 'search';
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.nav === section));
  onArticle = null;
  if (section === 'article') return articlePage(decodeURIComponent(path.substring('/article/'.length)));
  if (section === 'entities') return entitiesPage(params);
  if (section === 'place') return placePage(decodeURIComponent(path.substring('/place/'.length)));
  if (section === 'indicators') return indicatorsPage(params);
  if (section === 'pipeline') return pipelinePage();
  return searchPage(params);
}

window.addEventListener('hashchange', route);
route();
