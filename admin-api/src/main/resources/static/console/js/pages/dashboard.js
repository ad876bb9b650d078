// The dashboard: orders and amount today, per day, per group and per product, from GET /api/v1/dashboard.
// The figures are the server's; this page only draws them (inline SVG bars, each chart with its numbers below).
import { get, query, ApiError } from '../api.js';
import { h, show, money, field, errorBox, showError, note, table } from '../ui.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  children.forEach((child) => element.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return element;
}

export async function dashboardPage(container) {
  const groups = (await get('/api/v1/groups')).groups;
  const group = h('select', { id: 'dashboard-group' }, h('option', { value: '' }, '全部群'),
    groups.map((g) => h('option', { value: g.id }, g.name || g.chatId)));
  const from = h('input', { id: 'dashboard-from', type: 'date' });
  const to = h('input', { id: 'dashboard-to', type: 'date' });
  const box = errorBox('dashboard-error');
  const body = h('div', { id: 'dashboard' }, note('正在加载…'));
  const load = async () => {
    let figures;
    try {
      figures = await get(`/api/v1/dashboard${query({ groupId: group.value, from: from.value, to: to.value })}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404 && !e.detail.includes('group')) {
        show(body, note('这个版本的服务还没有数据看板接口（GET /api/v1/dashboard）。'));
        return;
      }
      throw e;
    }
    if (!from.value) from.value = figures.from;
    if (!to.value) to.value = figures.to;
    showFigures(body, figures);
  };
  [group, from, to].forEach((input) => input.addEventListener('change', () => load().catch((e) => showError(box, e))));
  show(container, h('h1', {}, '数据'),
    h('div', { class: 'filters' }, field('群', group), field('从', from), field('到', to)), box, body);
  await load();
}

function showFigures(element, d) {
  show(element,
    h('div', { class: 'stats' },
      stat('今天订单', `${d.today.orders}单`, 'today-orders'),
      stat('今天金额', money(d.today.amount), 'today-amount'),
      stat(`${d.from} 至 ${d.to} 订单`, `${d.total.orders}单`, 'total-orders'),
      stat('期间金额', money(d.total.amount), 'total-amount')),
    h('section', { class: 'card', 'aria-labelledby': 'per-day' },
      h('h2', { id: 'per-day' }, `每天的金额（${d.zone}）`),
      dayChart(d.days),
      details('每天的数字', table(null, ['日期', '订单', '件数', '金额'], d.days.map((day) => h('tr', {},
        h('td', {}, day.date), h('td', { class: 'num' }, day.orders), h('td', { class: 'num' }, day.items),
        h('td', { class: 'num' }, money(day.amount))))))),
    h('div', { class: 'two' },
      h('section', { class: 'card', 'aria-labelledby': 'per-group' },
        h('h2', { id: 'per-group' }, '各群'),
        d.groups.length ? barList(d.groups.map((g) => [g.name || `#${g.groupId}`, g.amount, `${g.orders}单`]), 'group-chart') : note('没有订单。')),
      h('section', { class: 'card', 'aria-labelledby': 'per-product' },
        h('h2', { id: 'per-product' }, `商品（前 ${d.products.length} / 共 ${d.productCount}）`),
        d.products.length
          ? barList(d.products.map((p) => [p.name, p.amount, `${Number(p.quantity)}${p.unit || ''}`]), 'product-chart')
          : note('没有订单。'))));
}

const stat = (label, value, id) => h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, label), h('strong', { id }, value));

const details = (summary, content) => h('details', {}, h('summary', {}, summary), content);

/** Vertical bars of the amount per day; the day's orders above each bar. */
function dayChart(days) {
  const width = 960;
  const height = 220;
  const top = 24;
  const bottom = 28;
  const max = Math.max(1, ...days.map((d) => Number(d.amount)));
  const step = width / Math.max(1, days.length);
  const bar = Math.max(4, step * 0.6);
  const label = days.map((d) => `${d.date.slice(5)} ${money(d.amount)} ${d.orders}单`).join('；');
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': `每天的金额：${label}`, id: 'day-chart' },
    svg('line', { x1: 0, y1: height - bottom, x2: width, y2: height - bottom, class: 'axis' }),
    ...days.flatMap((d, i) => {
      const value = Number(d.amount);
      const barHeight = ((height - top - bottom) * value) / max;
      const x = i * step + (step - bar) / 2;
      const y = height - bottom - barHeight;
      return [
        svg('rect', { x, y, width: bar, height: Math.max(value > 0 ? 1 : 0, barHeight), class: 'bar' }, svg('title', {}, `${d.date} ${money(d.amount)}，${d.orders}单`)),
        d.orders ? svg('text', { x: x + bar / 2, y: y - 6, class: 'value' }, d.orders) : null,
        (days.length <= 16 || i % Math.ceil(days.length / 16) === 0)
          ? svg('text', { x: x + bar / 2, y: height - 8, class: 'tick' }, d.date.slice(5)) : null,
      ].filter(Boolean);
    }));
}

/** Horizontal bars: name, bar by amount, amount and a side note. */
function barList(rows, id) {
  const max = Math.max(1, ...rows.map(([, amount]) => Number(amount)));
  return h('ul', { class: 'bars', id }, rows.map(([name, amount, side]) => h('li', {},
    h('span', { class: 'bar-name' }, name),
    h('span', { class: 'bar-track', 'aria-hidden': 'true' },
      svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', class: 'hbar' },
        svg('rect', { x: 0, y: 0, width: (100 * Number(amount)) / max, height: 10, class: 'bar' }))),
    h('span', { class: 'bar-value' }, `${money(amount)} · ${side}`))));
}
