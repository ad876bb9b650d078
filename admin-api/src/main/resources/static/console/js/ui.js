// Small DOM helpers shared by the console and the sandbox page. No business rules here: only words and layout.

/** h('button', {class: 'x', onclick: f}, 'text', child …): an element; null/false children are left out. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value);
    }
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.flat(Infinity).forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
}

/** Replaces what `element` shows. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let session = { role: 'read-only', readOnly: true, sandbox: false };

export function setSession(value) {
  session = value;
  document.documentElement.classList.toggle('read-only', !!value.readOnly);
}

export const currentSession = () => session;

/**
 * A button that changes something: disabled for a read-only token (the API would refuse it anyway).
 * While `action` runs the button is busy; a failure is shown in `errorBox` (or thrown to the caller's box).
 */
export function writeButton(label, action, { errorBox, kind = '', title } = {}) {
  const button = h('button', { type: 'button', class: `btn ${kind}`.trim(), 'data-write': '' }, label);
  if (session.readOnly) {
    button.disabled = true;
    button.title = '只读令牌：只能查看，不能修改';
  } else if (title) {
    button.title = title;
  }
  button.addEventListener('click', () => run(button, action, errorBox));
  return button;
}

/** Runs `action` with `button` busy; shows its error in `errorBox`. */
export async function run(button, action, errorBox) {
  if (button.getAttribute('aria-busy') === 'true') return;
  button.setAttribute('aria-busy', 'true');
  if (errorBox) clearError(errorBox);
  try {
    await action();
  } catch (e) {
    if (errorBox) showError(errorBox, e);
    else throw e;
  } finally {
    button.removeAttribute('aria-busy');
  }
}

/** An element for errors, read out by screen readers when it changes. */
export const errorBox = (id) => h('p', { class: 'error', role: 'alert', id, hidden: true });

export function showError(box, error) {
  box.hidden = false;
  box.textContent = error && error.message ? error.message : String(error);
}

export function clearError(box) {
  box.hidden = true;
  box.textContent = '';
}

export const note = (text, id) => h('p', { class: 'note', role: 'status', id }, text);

/** A field: label + control, tied by id. */
export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('small', {}, hint) : null);
}

export function money(value) {
  if (value === null || value === undefined) return '';
  return `¥${Number(value).toFixed(2)}`;
}

/** A time as people read it, in `zone` when given (else the browser's). */
export function time(iso, zone) {
  if (!iso) return '';
  const options = { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (zone) options.timeZone = zone;
  try {
    return new Intl.DateTimeFormat('zh-CN', options).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** 11月30日 周一 19:30, in `zone` when given. */
export function dateTimeWithWeekday(iso, zone) {
  const options = { month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (zone) options.timeZone = zone;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('zh-CN', options).formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.month}月${parts.day}日 ${parts.weekday} ${parts.hour}:${parts.minute}`;
}

export const WORDS = {
  deal: { open: '接龙中', closed: '已截单', arrived: '已到货', cancelled: '已取消' },
  order: { active: '待取', picked_up: '已取', cancelled: '已取消' },
  payment: { unpaid: '未付', paid: '已付', refunded: '已退款' },
  schedule: { active: '运行中', paused: '已暂停', finished: '已结束' },
  outbox: { pending: '待发送', sent: '已发送', failed: '失败', skipped: '已跳过' },
  role: { leader: '团长', assistant: '团助', resident: '团员' },
  door: { chat: '群聊', api: 'API', schedule: '定时任务', console: '控制台' },
  action: {
    post: '发一条消息', 'open-deal': '开团', remind: '截单提醒', 'close-deals': '截单', 'post-list': '发名单/汇总',
  },
  outcome: { done: '完成', nothing: '无事可做', refused: '被拒绝', failed: '失败', skipped: '跳过', pending: '进行中' },
};

export const word = (kind, value) => (WORDS[kind] && WORDS[kind][value]) || value || '';

export const badge = (kind, value) => h('span', { class: `badge ${kind}-${value}` }, word(kind, value));

/**
 * A table inside a wrapper that scrolls sideways if it must (the page itself never does); on a phone each row
 * becomes a card whose cells carry their column's name.
 */
export function table(caption, headers, rows, { id } = {}) {
  const body = h('tbody', {}, rows);
  body.querySelectorAll('tr').forEach((row) => {
    [...row.children].forEach((cell, i) => {
      if (cell.tagName === 'TD' && !cell.hasAttribute('colspan') && headers[i]) cell.dataset.label = headers[i];
    });
  });
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { id, class: 'cards' },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col' }, text)))),
      body,
    ),
  );
}

/** Previous/next page buttons and where we are. */
export function pager({ total, offset, limit }, go, label = '订单分页') {
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return h(
    'nav',
    { class: 'pager', 'aria-label': label },
    h('button', { type: 'button', class: 'btn', disabled: page <= 1, onclick: () => go(offset - limit) }, '上一页'),
    h('span', { class: 'page-of', 'aria-live': 'polite' }, `第 ${page} / ${pages} 页，共 ${total} 条`),
    h('button', { type: 'button', class: 'btn', disabled: page >= pages, onclick: () => go(offset + limit) }, '下一页'),
  );
}

/** Browser-local datetime-local value → ISO instant, or null. */
export function instantOf(localValue) {
  return localValue ? new Date(localValue).toISOString() : null;
}
