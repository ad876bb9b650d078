// The chat sandbox: a sandbox group shown like a WeChat group chat. Residents' messages go through
// POST /api/v1/sandbox/messages (the bot's real pipeline); the chat and the live panel (the open deal's orders,
// totals and lines under review) are read back from the API every two seconds.
import { get, post, query, onSignedOut } from './api.js';
import { signIn, signOut } from './signin.js';
import { h, show, money, time, field, errorBox, showError, clearError, note, badge, currentSession } from './ui.js';
import { itemsText } from './pages/deal.js';

const POLL_MS = 2000;
const RESIDENTS = ['张阿姨', '李姐', '小陈', '刘叔', '赵老师'];
const main = document.getElementById('main');

async function start() {
  const session = await signIn(main);
  document.getElementById('who').hidden = false;
  document.getElementById('role').textContent = session.readOnly ? '只读令牌' : '管理员';
  document.getElementById('signout').addEventListener('click', signOut);
  onSignedOut(() => window.location.reload());
  if (!session.sandbox) {
    show(main, h('h1', {}, '沙盒群聊'), note('沙盒没有开启（groupbuy.sandbox.enabled=false）。'));
    return;
  }
  const groups = (await get('/api/v1/groups')).groups.filter((g) => g.platform === 'sandbox');
  if (!groups.length) {
    show(main, h('h1', {}, '沙盒群聊'),
      h('p', {}, '还没有沙盒群。', h('a', { href: '/#/groups' }, '在控制台添加一个平台为 sandbox 的群'), '，再回到这里。'));
    return;
  }
  const wanted = new URLSearchParams(window.location.search).get('chat');
  const group = groups.find((g) => g.chatId === wanted) || groups[0];
  chat(groups, group, session);
}

function chat(groups, group, session) {
  const picker = h('select', { id: 'chat-picker' }, groups.map((g) => h('option', { value: g.chatId }, g.name || g.chatId)));
  picker.value = group.chatId;
  picker.addEventListener('change', () => { window.location.search = `?chat=${encodeURIComponent(picker.value)}`; });

  const transcript = h('ol', { class: 'transcript', id: 'transcript', 'aria-live': 'polite', 'aria-label': '聊天记录' });
  const people = h('datalist', { id: 'people' });
  const sender = h('input', { id: 'sender', list: 'people', value: RESIDENTS[0], autocomplete: 'off', required: true });
  const text = h('textarea', { id: 'composer-text', rows: 4, placeholder: '说点什么，或粘贴接龙（Ctrl+Enter 发送）' });
  const send = h('button', { type: 'submit', class: 'btn primary', id: 'send' }, '发送');
  const copyChain = h('button', { type: 'button', class: 'btn', id: 'copy-chain' }, '复制最新接龙');
  const box = errorBox('send-error');
  if (session.readOnly) {
    [text, send, copyChain].forEach((control) => { control.disabled = true; });
    send.title = '只读令牌：只能查看，不能发消息';
  }
  const composer = h('form', { class: 'composer', id: 'composer', 'aria-label': '发消息' },
    h('div', { class: 'row end' }, field('我是（选或输入群成员）', sender), people, copyChain),
    field('消息', text), box, h('div', { class: 'buttons' }, send));

  const panel = h('aside', { class: 'panel', id: 'panel', 'aria-labelledby': 'panel-title' },
    h('h2', { id: 'panel-title' }, '正在接龙'), h('div', { id: 'panel-body' }, note('正在加载…')));

  show(main,
    h('div', { class: 'sandbox' },
      h('section', { class: 'chat', 'aria-labelledby': 'chat-title' },
        h('div', { class: 'chat-head' },
          h('h1', { id: 'chat-title' }, group.name || group.chatId),
          h('label', { for: 'chat-picker', class: 'visually-hidden' }, '换一个沙盒群'), picker),
        transcript, composer),
      panel));

  const members = Object.fromEntries(group.members.map((m) => [m.name || m.userId, m.userId]));
  const known = new Set([...RESIDENTS, ...Object.keys(members)]);
  const showPeople = () => show(people, [...known].map((name) => h('option', { value: name })));
  showPeople();
  let lastChain = '';
  let lastSeen = '';

  const refreshChat = async () => {
    const messages = (await get(`/api/v1/sandbox/chats/${encodeURIComponent(group.chatId)}/messages${query({ limit: 200 })}`)).messages;
    const key = JSON.stringify(messages.map((m) => [m.at, m.fromBot, m.text.length]));
    if (key === lastSeen) return;
    lastSeen = key;
    messages.forEach((m) => {
      if (!m.fromBot && m.senderName) {
        known.add(m.senderName);
        members[m.senderName] = members[m.senderName] || m.senderId;
      }
      if (m.text.startsWith('#接龙')) lastChain = m.text;
    });
    showPeople();
    const me = sender.value.trim();
    show(transcript, messages.length
      ? messages.map((m) => bubble(m, me))
      : h('li', { class: 'system' }, '群里还没有消息。'));
    transcript.scrollTop = transcript.scrollHeight;
  };

  const panelBody = panel.querySelector('#panel-body');
  const refreshPanel = async () => showPanel(panelBody, group);

  const poll = async () => {
    try {
      await Promise.all([refreshChat(), refreshPanel()]);
      clearError(box);
    } catch (e) {
      showError(box, e);
    }
  };

  copyChain.addEventListener('click', () => {
    if (!lastChain) {
      showError(box, '群里还没有接龙：先在控制台开团，或者由团长发 #开团');
      return;
    }
    const lines = lastChain.replace(/\n\d+\.\s*$/, '').trimEnd().split('\n');
    const taken = lines.filter((line) => /^\d+\.\s*\S/.test(line)).length;
    text.value = `${lines.join('\n')}\n${taken + 1}. ${sender.value.trim()} `;
    text.focus();
    text.setSelectionRange(text.value.length, text.value.length);
  });

  const submit = async () => {
    const name = sender.value.trim();
    if (!name) {
      showError(box, '请先填写是谁在说话');
      sender.focus();
      return;
    }
    if (!text.value.trim()) {
      showError(box, '消息是空的');
      text.focus();
      return;
    }
    send.disabled = true;
    try {
      await post('/api/v1/sandbox/messages', {
        chatId: group.chatId,
        senderId: members[name] || `u-${name}`.slice(0, 128),
        senderName: name,
        text: text.value,
        msgId: `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
      });
      text.value = '';
      clearError(box);
      await poll();
    } catch (e) {
      showError(box, e);
    } finally {
      send.disabled = false;
      text.focus();
    }
  };
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  });
  sender.addEventListener('change', () => { lastSeen = ''; refreshChat().catch((e) => showError(box, e)); });

  poll();
  setInterval(() => { if (!document.hidden) poll(); }, POLL_MS);
}

function bubble(message, me) {
  if (message.fromBot) {
    return h('li', { class: 'msg bot' },
      h('span', { class: 'avatar', 'aria-hidden': 'true' }, '团'),
      h('div', {}, h('span', { class: 'who' }, `团购助手 · ${time(message.at)}`), h('div', { class: 'bubble' }, message.text)));
  }
  const mine = message.senderName === me;
  return h('li', { class: `msg ${mine ? 'mine' : 'resident'}` },
    h('span', { class: 'avatar', 'aria-hidden': 'true' }, (message.senderName || '?').slice(0, 1)),
    h('div', {}, h('span', { class: 'who' }, `${message.senderName || message.senderId} · ${time(message.at)}`),
      h('div', { class: 'bubble' }, message.text)));
}

async function showPanel(element, group) {
  const deals = (await get(`/api/v1/deals${query({ groupId: group.id })}`)).deals;
  const deal = deals.find((d) => d.status === 'open') || deals.find((d) => d.status === 'closed');
  if (!deal) {
    element.dataset.key = '';
    show(element, note('这个群现在没有团购。团长可以发 #开团，或在控制台开团。'));
    return;
  }
  const [summary, roster] = await Promise.all([
    get(`/api/v1/deals/${deal.id}/summary`),
    get(`/api/v1/deals/${deal.id}/roster${query({ limit: 200 })}`),
  ]);
  const key = JSON.stringify([deal, summary, roster]);
  if (element.dataset.key === key) return;
  element.dataset.key = key;
  const review = [
    ...roster.entries.filter((e) => e.review).map((e) => ({ ...e.review })),
    ...roster.waiting,
  ];
  show(element,
    h('p', {}, h('a', { href: `/#/deals/${deal.id}` }, deal.title), ' ', badge('deal', deal.status)),
    h('ul', { class: 'product-totals', id: 'panel-products' }, summary.products.map((p) =>
      h('li', {}, `${p.name}：${Number(p.qty)}${p.unit || ''} · ${money(p.amount)}`))),
    h('p', { class: 'totals', id: 'panel-totals' }, `${summary.people}人 · ${summary.orders}单 · 合计 ${money(summary.total)}`),
    h('h3', {}, `订单（${roster.total}）`),
    roster.entries.length
      ? h('ol', { class: 'panel-orders', id: 'panel-orders' }, roster.entries.map((e) => h('li', { value: e.number },
        h('strong', {}, e.order.name), ` ${itemsText(e.order.items, deal)} ${money(e.order.amount)}`)))
      : note('还没有人接龙。'),
    roster.total > roster.entries.length ? note(`还有 ${roster.total - roster.entries.length} 单，请在控制台查看。`) : null,
    h('h3', {}, `待确认（${summary.underReview}）`),
    review.length
      ? h('ul', { class: 'review-list', id: 'panel-review' }, review.map((line) => h('li', {}, h('strong', {}, line.name), `：${line.line}`)))
      : note('没有看不懂的接龙。'));
}

start().catch((e) => {
  const box = errorBox('page-error');
  show(main, box);
  showError(box, e);
});
