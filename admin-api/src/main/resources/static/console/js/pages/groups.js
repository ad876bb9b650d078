// Groups: the list, registering one (a sandbox group to try the bot), and a group's members and roles.
import { get, post, put } from '../api.js';
import { h, show, table, word, time, field, errorBox, writeButton, note, currentSession } from '../ui.js';

export async function groupsPage(container) {
  const groups = (await get('/api/v1/groups')).groups;
  const list = groups.length
    ? table('群列表', ['名称', '平台', '群ID', '时区', '团长', '成员'], groups.map((g) => h('tr', {},
      h('td', {}, h('a', { href: `#/groups/${g.id}` }, g.name || g.chatId)),
      h('td', {}, g.platform),
      h('td', {}, h('code', {}, g.chatId)),
      h('td', {}, g.zone),
      h('td', {}, g.leaders.map((l) => l.name || l.userId).join('、')),
      h('td', { class: 'num' }, g.members.length))), { id: 'groups' })
    : note('还没有群。');
  show(container, h('h1', {}, '群'), list, currentSession().readOnly ? null : newGroupForm());
}

function newGroupForm() {
  const platform = h('select', { id: 'group-platform' },
    ['sandbox', 'wecom', 'wechat', 'bridge'].map((p) => h('option', { value: p }, p === 'sandbox' ? 'sandbox（沙盒）' : p)));
  const chatId = h('input', { id: 'group-chat', required: true });
  const name = h('input', { id: 'group-name', required: true });
  const zone = h('input', { id: 'group-zone', placeholder: 'Asia/Shanghai' });
  const leaderId = h('input', { id: 'group-leader-id', placeholder: 'leader-1' });
  const leaderName = h('input', { id: 'group-leader-name', placeholder: '王团长' });
  const box = errorBox('group-error');
  return h('section', { class: 'card', 'aria-labelledby': 'new-group' },
    h('h2', { id: 'new-group' }, '添加群'),
    h('p', { class: 'hint' }, '平台选 sandbox 的群可以在「沙盒群聊」里直接试用机器人。企业微信的发送方式请用 API 设置（见 README）。'),
    h('div', { class: 'row' }, field('平台', platform), field('群ID', chatId), field('群名', name), field('时区', zone)),
    h('div', { class: 'row' }, field('团长ID', leaderId), field('团长名字', leaderName)),
    box,
    writeButton('添加群', async () => {
      const leaders = leaderId.value.trim() ? [{ userId: leaderId.value.trim(), name: leaderName.value.trim() }] : [];
      const group = await post('/api/v1/groups', {
        platform: platform.value, chatId: chatId.value.trim(), name: name.value.trim(), zone: zone.value.trim() || null, leaders,
      });
      window.location.hash = `#/groups/${group.id}`;
    }, { errorBox: box, kind: 'primary' }));
}

export async function groupPage(container, id) {
  const group = await get(`/api/v1/groups/${id}`);
  const members = h('div', { id: 'members' });
  const render = (g) => show(members, g.members.length
    ? table('成员', ['ID', '名字', '角色'], g.members.map((m) => h('tr', {},
      h('td', {}, h('code', {}, m.userId)), h('td', {}, m.name), h('td', {}, word('role', m.role)))), { id: 'member-table' })
    : note('还没有成员：在群里说过话的人会自动记下。'));
  render(group);

  const userId = h('input', { id: 'member-id', required: true });
  const name = h('input', { id: 'member-name' });
  const role = h('select', { id: 'member-role' }, ['resident', 'assistant', 'leader'].map((r) => h('option', { value: r }, word('role', r))));
  const box = errorBox('member-error');
  const form = h('section', { class: 'card', 'aria-labelledby': 'member-title' },
    h('h2', { id: 'member-title' }, '设置成员角色'),
    h('p', { class: 'hint' }, '团长和团助可以在群里用 #截单、#汇总 等命令。'),
    h('div', { class: 'row' }, field('成员ID', userId), field('名字', name), field('角色', role)),
    box,
    writeButton('保存', async () => {
      await put(`/api/v1/groups/${id}/members/${encodeURIComponent(userId.value.trim())}`, { name: name.value.trim(), role: role.value });
      render(await get(`/api/v1/groups/${id}`));
    }, { errorBox: box, kind: 'primary' }));

  show(container,
    h('p', {}, h('a', { href: '#/groups' }, '← 群列表')),
    h('h1', {}, group.name || group.chatId),
    h('dl', { class: 'facts' },
      h('dt', {}, '平台'), h('dd', {}, group.platform),
      h('dt', {}, '群ID'), h('dd', {}, h('code', {}, group.chatId)),
      h('dt', {}, '时区'), h('dd', {}, group.zone),
      h('dt', {}, '佣金比例'), h('dd', {}, group.commissionRate === null ? '按团长的比例' : `${(group.commissionRate * 100).toFixed(2)}%`),
      h('dt', {}, '添加于'), h('dd', {}, time(group.createdAt))),
    h('p', {},
      h('a', { href: `#/deals?groupId=${id}` }, '这个群的团购'),
      group.platform === 'sandbox' ? [' · ', h('a', { href: `/sandbox?chat=${encodeURIComponent(group.chatId)}` }, '在沙盒里打开')] : null),
    h('section', { class: 'card', 'aria-labelledby': 'members-title' }, h('h2', { id: 'members-title' }, '成员'), members),
    form);
}
