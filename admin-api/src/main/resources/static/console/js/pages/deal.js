// One deal: what it sells, its totals, the actions of its life cycle, the export, and its orders page by page.
import { get, post, query } from '../api.js';
import {
  h, show, table, badge, word, money, time, field, errorBox, showError, clearError, writeButton, note, pager, run,
} from '../ui.js';

const PAGE = 50;

export async function dealPage(container, id) {
  const [deal, groups] = await Promise.all([get(`/api/v1/deals/${id}`), get('/api/v1/groups')]);
  const names = Object.fromEntries(groups.groups.map((g) => [g.id, g.name || g.chatId]));
  const state = { deal, offset: 0, q: '' };

  const heading = h('h1', {}, deal.title, ' ', badge('deal', deal.status));
  const facts = h('dl', { class: 'facts' });
  const summary = h('div', { id: 'summary' });
  const orders = h('div', { id: 'orders' });
  const review = h('div', { id: 'review' });
  const actionsError = errorBox('actions-error');
  const exportBox = h('div', { id: 'export', 'aria-live': 'polite' });

  const refreshDeal = async (changed) => {
    state.deal = changed || (await get(`/api/v1/deals/${id}`));
    show(heading, state.deal.title, ' ', badge('deal', state.deal.status));
    showFacts(facts, state.deal, names);
  };
  const refreshAll = async (changed) => {
    await Promise.all([refreshDeal(changed), loadSummary(summary, id), loadOrders()]);
  };
  const act = (label, path, options = {}) =>
    writeButton(label, async () => {
      const body = options.body ? options.body() : undefined;
      await refreshAll(await post(`/api/v1/deals/${id}/${path}`, body));
      if (options.done) options.done();
    }, { errorBox: actionsError, kind: options.kind, title: options.title });

  const pickupInput = h('input', { id: 'arrived-pickup', placeholder: '自提地点和时间（可不填）' });
  const confirmCancel = act('确认取消整个团', 'cancel', { kind: 'danger', done: () => { confirmCancel.hidden = true; } });
  confirmCancel.hidden = true;
  confirmCancel.id = 'confirm-cancel';
  const actions = h('section', { class: 'card', 'aria-labelledby': 'actions-title' },
    h('h2', { id: 'actions-title' }, '操作'),
    h('div', { class: 'buttons' },
      Object.assign(act('截单', 'close', { kind: 'primary', title: '停止接龙，群里会收到汇总' }), { id: 'close-deal' }),
      Object.assign(act('恢复接龙', 'reopen'), { id: 'reopen-deal' }),
      Object.assign(writeButton('取消团…', async () => {
        confirmCancel.hidden = false;
        confirmCancel.focus();
      }, { errorBox: actionsError, kind: 'danger' }), { id: 'cancel-deal' }),
      confirmCancel),
    h('div', { class: 'row end' },
      field('到货通知的自提信息', pickupInput),
      Object.assign(act('通知到货', 'arrived', { body: () => ({ pickup: pickupInput.value || null }) }), { id: 'arrived-deal' })),
    actionsError,
    h('div', { class: 'buttons' },
      Object.assign(h('button', { type: 'button', class: 'btn', id: 'export-deal' }, '导出 Excel'), {
        onclick: (event) => run(event.currentTarget, () => exportLink(id, exportBox), actionsError),
      })),
    exportBox);

  const search = h('input', { id: 'order-search', type: 'search', placeholder: '序号或名字' });
  const searchForm = h('form', { class: 'row end', role: 'search' },
    field('查找订单', search),
    h('button', { type: 'submit', class: 'btn' }, '查找'));
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    state.q = search.value.trim();
    state.offset = 0;
    loadOrders().catch((e) => showError(ordersError, e));
  });
  const ordersError = errorBox('orders-error');

  const loadOrders = async () => {
    const roster = await get(`/api/v1/deals/${id}/roster${query({ offset: state.offset, limit: PAGE, q: state.q })}`);
    clearError(ordersError);
    showOrders(orders, roster, state.deal, (offset) => {
      state.offset = offset;
      loadOrders().then(() => orders.querySelector('table')?.focus()).catch((e) => showError(ordersError, e));
    }, () => refreshAll().catch((e) => showError(ordersError, e)), ordersError);
    showReview(review, roster);
  };

  show(container,
    h('p', {}, h('a', { href: '#/deals' }, '← 团购列表')),
    heading, facts, actions,
    h('section', { class: 'card', 'aria-labelledby': 'summary-title' }, h('h2', { id: 'summary-title' }, '汇总'), summary),
    h('section', { class: 'card', 'aria-labelledby': 'orders-title' },
      h('h2', { id: 'orders-title' }, '订单'), searchForm, ordersError, orders),
    h('section', { class: 'card', 'aria-labelledby': 'review-title' }, h('h2', { id: 'review-title' }, '待确认的接龙'), review));
  showFacts(facts, deal, names);
  await Promise.all([loadSummary(summary, id), loadOrders()]);
}

function showFacts(facts, deal, names) {
  const rows = [
    ['群', deal.groupIds.map((g) => h('a', { href: `#/groups/${g}` }, names[g] || `#${g}`)).flatMap((a, i) => (i ? ['、', a] : [a]))],
    ['商品', deal.catalog.map((item) => `${item.sku}. ${item.name} ${money(item.price)}/${item.unit || '份'}`).join('；')],
    ['自提', deal.pickup || '—'],
    ['截单', deal.closesAt ? time(deal.closesAt) : '手动截单'],
    ['到货日期', deal.deliveryDate || '未定'],
    ['开团', time(deal.createdAt)],
  ];
  show(facts, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

async function loadSummary(element, id) {
  const s = await get(`/api/v1/deals/${id}/summary`);
  show(element,
    table(null, ['商品', '数量', '金额'], s.products.map((p) => h('tr', {},
      h('td', {}, p.name), h('td', {}, `${Number(p.qty)}${p.unit || ''}`), h('td', {}, money(p.amount))))),
    h('p', { class: 'totals', id: 'totals' },
      `${s.people}人 · ${s.orders}单 · 合计 ${money(s.total)} · 已取 ${s.pickedUp} · 待确认 ${s.underReview}`),
    h('p', { class: 'totals' },
      `已付 ${s.paidOrders}单 ${money(s.paidAmount)} · 未付 ${s.unpaidOrders}单 ${money(s.unpaidAmount)}`
      + (s.refundedOrders ? ` · 退款 ${s.refundedOrders}单 ${money(s.refundedAmount)}` : '')));
}

async function exportLink(id, element) {
  const link = await get(`/api/v1/deals/${id}/export-link`);
  const anchor = h('a', { href: link.path, download: '', id: 'export-link' }, '下载表格');
  show(element, h('p', {}, anchor, `（链接 ${time(link.expiresAt)} 前有效，可以转发给不登录的人：`,
    h('code', { class: 'wrap' }, link.url), '）'));
  anchor.click();
}

export function itemsText(items, deal) {
  const bySku = Object.fromEntries(deal.catalog.map((item) => [item.sku, item]));
  return items.map((i) => `${bySku[i.sku]?.name || i.sku}×${Number(i.qty)}${bySku[i.sku]?.unit || ''}`).join('，');
}

function showOrders(element, roster, deal, go, changed, ordersError) {
  if (!roster.total) {
    show(element, note(roster.offset || roster.entries.length ? '这一页没有订单。' : '还没有订单。'));
    return;
  }
  const rows = roster.entries.flatMap((entry) => {
    const order = entry.order;
    const historyRow = h('tr', { class: 'history', hidden: true }, h('td', { colspan: 8 }));
    const historyButton = h('button', {
      type: 'button', class: 'btn link', 'aria-expanded': 'false', 'aria-label': `${order.name}的修改记录`,
    }, '记录');
    historyButton.addEventListener('click', () => run(historyButton, async () => {
      const open = historyButton.getAttribute('aria-expanded') === 'true';
      historyButton.setAttribute('aria-expanded', String(!open));
      historyRow.hidden = open;
      if (!open) showHistory(historyRow.firstChild, (await get(`/api/v1/orders/${order.id}/history`)).history);
    }, ordersError));
    const pickup = writeButton('核销', async () => {
      await post(`/api/v1/orders/${order.id}/pickup`);
      changed();
    }, { errorBox: ordersError, title: `${order.name}已取货` });
    pickup.setAttribute('aria-label', `核销 ${entry.number}号 ${order.name}`);
    return [
      h('tr', { dataset: { order: order.id } },
        h('td', {}, entry.number),
        h('td', {}, order.name, entry.review ? h('span', { class: 'badge review' }, '待确认') : null),
        h('td', {}, itemsText(order.items, deal)),
        h('td', { class: 'num' }, money(order.amount)),
        h('td', {}, order.note || ''),
        h('td', {}, badge('order', order.status)),
        h('td', {}, badge('payment', order.paymentStatus)),
        h('td', { class: 'actions' }, pickup, historyButton)),
      historyRow,
    ];
  });
  show(element,
    table(`订单（${roster.total}条）`, ['序号', '名字', '商品', '金额', '备注', '状态', '付款', '操作'], rows, { id: 'order-table' }),
    pager(roster, go));
  element.querySelector('table').tabIndex = -1;
}

function showHistory(cell, history) {
  show(cell, history.length
    ? h('ol', { class: 'history-list' }, history.map((change) => h('li', {},
      `${time(change.at)} · ${word('door', change.door)} · ${change.actor} · ${change.action}：`,
      h('span', { class: 'before' }, change.before || '—'), ' → ', h('span', { class: 'after' }, change.after || '—'))))
    : note('没有修改记录。'));
}

function showReview(element, roster) {
  const lines = [
    ...roster.entries.filter((e) => e.review).map((e) => ({ ...e.review, number: e.number })),
    ...roster.waiting,
  ];
  show(element, lines.length
    ? h('ul', { class: 'review-list' }, lines.map((line) => h('li', {},
      line.number ? `${line.number}号 ` : '', h('strong', {}, line.name), '：', line.line)))
    : note(roster.underReview ? `共有 ${roster.underReview} 条待确认（不在这一页）。` : '没有待确认的接龙。'));
}
