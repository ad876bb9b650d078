// What the bot said or is about to say: sent, failed and skipped messages with their reasons.
import { get, query } from '../api.js';
import { h, show, table, badge, time, field, errorBox, showError, note } from '../ui.js';

export async function outboxPage(container) {
  const groups = (await get('/api/v1/groups')).groups;
  const names = Object.fromEntries(groups.map((g) => [g.id, g.name || g.chatId]));
  const group = h('select', { id: 'outbox-group' }, h('option', { value: '' }, '全部群'), groups.map((g) => h('option', { value: g.id }, names[g.id])));
  const status = h('select', { id: 'outbox-status' }, h('option', { value: '' }, '全部'),
    ['pending', 'sent', 'failed', 'skipped'].map((s) => h('option', { value: s }, badge('outbox', s).textContent)));
  const limit = h('select', { id: 'outbox-limit' }, [100, 300, 1000].map((n) => h('option', { value: n }, `最近 ${n} 条`)));
  const list = h('div', { id: 'outbox-list' });
  const box = errorBox('outbox-error');
  const load = async () => {
    const messages = (await get(`/api/v1/outbox${query({ groupId: group.value, status: status.value, limit: limit.value })}`)).messages;
    show(list, messages.length
      ? table('发送记录', ['时间', '群', '状态', '内容', '次数', '原因'], messages.map((m) => h('tr', { class: `outbox-${m.status}` },
        h('td', {}, time(m.sentAt || m.createdAt)),
        h('td', {}, m.groupId ? names[m.groupId] || `#${m.groupId}` : `${m.platform}/${m.chatId}`),
        h('td', {}, badge('outbox', m.status)),
        h('td', {}, h('div', { class: 'message-text' }, m.text)),
        h('td', { class: 'num' }, m.attempts),
        h('td', {}, m.error || ''))), { id: 'outbox' })
      : note('没有消息。'));
  };
  [group, status, limit].forEach((select) => select.addEventListener('change', () => load().catch((e) => showError(box, e))));
  show(container, h('h1', {}, '发送记录'),
    h('p', { class: 'hint' }, '机器人说的每句话都先进发送队列：已发送、失败（含原因，会自动重试）、跳过（等太久不再补发）。'),
    h('div', { class: 'filters' }, field('群', group), field('状态', status), field('数量', limit)), box, list);
  await load();
}
