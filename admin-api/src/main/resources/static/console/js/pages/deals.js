// Deals: the list (filtered by group and status) and opening a new one, from a form or a pasted deal post.
import { get, post, query } from '../api.js';
import { h, show, table, badge, time, field, errorBox, showError, writeButton, note, instantOf, currentSession } from '../ui.js';
import { groupChooser, catalogEditor, numberOrText } from './forms.js';

export async function dealsPage(container) {
  const params = new URLSearchParams(window.location.hash.split('?')[1] || '');
  const groups = (await get('/api/v1/groups')).groups;
  const groupSelect = h('select', { id: 'filter-group' },
    h('option', { value: '' }, '全部群'),
    groups.map((g) => h('option', { value: g.id }, g.name || g.chatId)));
  const statusSelect = h('select', { id: 'filter-status' },
    h('option', { value: '' }, '全部状态'),
    ['open', 'closed', 'arrived', 'cancelled'].map((s) => h('option', { value: s }, badge('deal', s).textContent)));
  const list = h('div', { id: 'deal-list' });
  const box = errorBox('deals-error');
  const load = async () => {
    const deals = (await get(`/api/v1/deals${query({ groupId: groupSelect.value, status: statusSelect.value })}`)).deals;
    const names = Object.fromEntries(groups.map((g) => [g.id, g.name || g.chatId]));
    show(list, deals.length
      ? table('团购列表', ['编号', '标题', '状态', '群', '截单时间', '开团时间'], deals.map((deal) => h('tr', {},
        h('td', {}, deal.id),
        h('td', {}, h('a', { href: `#/deals/${deal.id}` }, deal.title)),
        h('td', {}, badge('deal', deal.status)),
        h('td', {}, deal.groupIds.map((id) => names[id] || `#${id}`).join('、')),
        h('td', {}, deal.closesAt ? time(deal.closesAt) : '手动截单'),
        h('td', {}, time(deal.createdAt)))), { id: 'deals' })
      : note('没有符合条件的团购。'));
  };
  groupSelect.value = params.get('groupId') || '';
  [groupSelect, statusSelect].forEach((select) => select.addEventListener('change', () => load().catch((e) => showError(box, e))));
  show(container,
    h('div', { class: 'title-row' }, h('h1', {}, '团购'),
      currentSession().readOnly ? null : h('a', { class: 'btn primary', href: '#/deals/new', id: 'new-deal' }, '开团')),
    h('div', { class: 'filters' }, field('群', groupSelect), field('状态', statusSelect)),
    box, list);
  await load();
}

export async function newDealPage(container) {
  const groups = (await get('/api/v1/groups')).groups;
  const first = groups.length ? [groups[0].id] : [];

  const postText = h('textarea', { id: 'deal-post', rows: 9, placeholder: '#开团 丹东草莓\nA. 丹东草莓 25元/盒\nB. 阳光玫瑰 30元/串\n今晚8点截单，明天下午4点3号门自提' });
  const postGroups = groupChooser(groups, { name: 'post-groups', checked: first });
  const postError = errorBox('post-error');
  const fromPost = h('section', { class: 'card', 'aria-labelledby': 'from-post' },
    h('h2', { id: 'from-post' }, '粘贴团购文案'),
    h('p', { class: 'hint' }, '和团长在群里发 #开团 的文案一样：商品、价格、单位、截单时间、自提地点，机器人会读出来。'),
    field('团购文案', postText), postGroups, postError,
    writeButton('按文案开团', async () => {
      const deal = await post('/api/v1/deals', { post: postText.value, groupIds: postGroups.selected() });
      window.location.hash = `#/deals/${deal.id}`;
    }, { errorBox: postError, kind: 'primary' }));

  const title = h('input', { id: 'deal-title', required: true });
  const pickup = h('input', { id: 'deal-pickup', placeholder: '明天下午4点 3号门自提' });
  const closesAt = h('input', { id: 'deal-closes', type: 'datetime-local' });
  const remind = h('input', { id: 'deal-remind', inputmode: 'numeric', size: 5, placeholder: '不提醒' });
  const delivery = h('input', { id: 'deal-delivery', type: 'date' });
  const formGroups = groupChooser(groups, { name: 'form-groups', checked: first });
  const catalog = catalogEditor('deal-item');
  const formError = errorBox('form-error');
  const fromForm = h('section', { class: 'card', 'aria-labelledby': 'from-form' },
    h('h2', { id: 'from-form' }, '填写表单'),
    field('标题', title), formGroups, catalog,
    h('div', { class: 'row' },
      field('截单时间（本机时间，可不填）', closesAt),
      field('截单前几分钟提醒', remind),
      field('到货日期', delivery)),
    field('自提', pickup), formError,
    writeButton('开团', async () => {
      const deal = await post('/api/v1/deals', {
        title: title.value,
        groupIds: formGroups.selected(),
        catalog: catalog.items(),
        closesAt: instantOf(closesAt.value),
        remindBeforeMinutes: numberOrText(remind.value),
        pickup: pickup.value || null,
        deliveryDate: delivery.value || null,
      });
      window.location.hash = `#/deals/${deal.id}`;
    }, { errorBox: formError, kind: 'primary' }));

  show(container, h('h1', {}, '开团'), h('p', {}, h('a', { href: '#/deals' }, '← 团购列表')), fromPost, fromForm);
}
