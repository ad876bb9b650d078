// Schedules: the list with next fire times, pausing and resuming, creating one with a cron helper whose next
// five fire times the server computes (the scheduler's own cron code), and a schedule's runs.
import { get, post, del, query } from '../api.js';
import {
  h, show, table, badge, word, time, dateTimeWithWeekday, field, errorBox, showError, clearError, writeButton, note,
  instantOf, currentSession,
} from '../ui.js';
import { groupChooser, catalogEditor, numberOrText } from './forms.js';

const PRESETS = [
  ['0 0 8 * * ?', '每天 8:00'],
  ['0 30 19 * * ?', '每天 19:30'],
  ['0 0 20 * * ?', '每天 20:00'],
  ['0 30 19 ? * MON-FRI', '工作日 19:30'],
  ['0 0 10 ? * SAT', '每周六 10:00'],
  ['0 0 9 1 * ?', '每月1日 9:00'],
];

export async function schedulesPage(container) {
  const groups = (await get('/api/v1/groups')).groups;
  const list = h('div', { id: 'schedule-list' });
  const listError = errorBox('schedules-error');
  const load = async () => showList(list, (await get('/api/v1/schedules')).schedules, groups, load, listError);
  show(container, h('h1', {}, '定时任务'), listError, list, currentSession().readOnly ? null : createForm(groups, load));
  await load();
}

function showList(element, schedules, groups, reload, box) {
  const names = Object.fromEntries(groups.map((g) => [g.id, g.name || g.chatId]));
  if (!schedules.length) {
    show(element, note('还没有定时任务。'));
    return;
  }
  show(element, table('定时任务', ['名称', '群', '时间', '动作', '状态', '下次执行', '上次', '操作'], schedules.map((s) => h('tr', { dataset: { schedule: s.id } },
    h('td', {}, h('a', { href: `#/schedules/${s.id}` }, s.name)),
    h('td', {}, s.groupIds.map((id) => names[id] || `#${id}`).join('、')),
    h('td', {}, s.trigger.cron ? [h('code', {}, s.trigger.cron), ` (${s.trigger.zone})`] : `一次：${time(s.trigger.at)}`),
    h('td', {}, word('action', s.action.type)),
    h('td', {}, badge('schedule', s.status)),
    h('td', { class: 'next-fire' }, s.nextFireAt ? dateTimeWithWeekday(s.nextFireAt, s.trigger.zone) : '—'),
    h('td', {}, s.lastRun ? lastRun(s.lastRun) : '—'),
    h('td', { class: 'actions' },
      writeButton('暂停', async () => { await post(`/api/v1/schedules/${s.id}/pause`); await reload(); }, { errorBox: box }),
      writeButton('恢复', async () => { await post(`/api/v1/schedules/${s.id}/resume`); await reload(); }, { errorBox: box }),
      writeButton('删除', async () => { await del(`/api/v1/schedules/${s.id}`); await reload(); }, { errorBox: box, kind: 'danger' })))),
  { id: 'schedules' }));
}

function lastRun(run) {
  if (run.skipped) return `${time(run.scheduledFor)} 跳过：${run.reason || ''}`;
  return `${time(run.firedAt)} ${Object.entries(run.outcomes).map(([k, n]) => `${word('outcome', k)}${n}`).join(' ')}`;
}

function createForm(groups, reload) {
  const name = h('input', { id: 'schedule-name', required: true });
  const chosen = groupChooser(groups, { name: 'schedule-groups', checked: groups.length ? [groups[0].id] : [] });

  const kindCron = h('input', { type: 'radio', name: 'trigger-kind', id: 'kind-cron', value: 'cron', checked: true });
  const kindOnce = h('input', { type: 'radio', name: 'trigger-kind', id: 'kind-once', value: 'once' });
  const cron = h('input', { id: 'schedule-cron', value: PRESETS[0][0], spellcheck: 'false', 'aria-describedby': 'cron-help' });
  const preset = h('select', { id: 'cron-preset' }, h('option', { value: '' }, '常用时间…'), PRESETS.map(([c, label]) => h('option', { value: c }, `${label}（${c}）`)));
  const zone = h('input', { id: 'schedule-zone', placeholder: '默认：第一个群的时区' });
  const preview = h('div', { id: 'cron-preview', 'aria-live': 'polite' });
  const at = h('input', { id: 'schedule-at', type: 'datetime-local' });
  const cronPart = h('div', { class: 'cron' },
    h('div', { class: 'row end' }, field('cron 表达式（Quartz 格式：秒 分 时 日 月 周）', cron), field('常用', preset), field('时区', zone)),
    h('p', { class: 'hint', id: 'cron-help' }, '例：0 0 8 * * ? 每天8点；0 30 19 ? * MON-FRI 工作日19:30。下面是服务器按调度器同样的规则算出的接下来五次：'),
    preview);
  const oncePart = h('div', { class: 'once', hidden: true }, field('执行时间（本机时间）', at));
  const switchKind = () => {
    cronPart.hidden = !kindCron.checked;
    oncePart.hidden = kindCron.checked;
  };
  [kindCron, kindOnce].forEach((radio) => radio.addEventListener('change', switchKind));

  let timer;
  const refreshPreview = () => {
    clearTimeout(timer);
    timer = setTimeout(() => showPreview(preview, cron.value, zone.value, chosen.selected()[0]), 250);
  };
  preset.addEventListener('change', () => {
    if (preset.value) cron.value = preset.value;
    refreshPreview();
  });
  [cron, zone].forEach((input) => input.addEventListener('input', refreshPreview));
  chosen.addEventListener('change', refreshPreview);

  const type = h('select', { id: 'action-type' }, Object.keys({ post: 1, 'open-deal': 1, remind: 1, 'close-deals': 1, 'post-list': 1 })
    .map((t) => h('option', { value: t }, word('action', t))));
  const text = h('textarea', { id: 'action-text', rows: 3 });
  const title = h('input', { id: 'action-title' });
  const pickup = h('input', { id: 'action-pickup' });
  const closesAfter = h('input', { id: 'action-closes-after', inputmode: 'numeric', size: 6, placeholder: '手动截单' });
  const remindBefore = h('input', { id: 'action-remind-before', inputmode: 'numeric', size: 6, placeholder: '不提醒' });
  const catalog = catalogEditor('schedule-item');
  const minutesBefore = h('input', { id: 'action-minutes-before', inputmode: 'numeric', size: 6, value: '30' });
  const what = h('select', { id: 'action-what' }, h('option', { value: 'list' }, '接龙名单'), h('option', { value: 'totals' }, '汇总'));
  const parts = {
    post: h('div', {}, field('消息内容', text)),
    'open-deal': h('div', {}, field('团购标题', title), catalog,
      h('div', { class: 'row' }, field('开团后几分钟截单', closesAfter), field('截单前几分钟提醒', remindBefore)), field('自提', pickup)),
    remind: h('div', {}, field('截单前几分钟内的团提醒', minutesBefore)),
    'close-deals': h('p', { class: 'hint' }, '到时截单群里正在接龙的团，群里会收到汇总。'),
    'post-list': h('div', {}, field('发什么', what)),
  };
  const switchType = () => Object.entries(parts).forEach(([key, part]) => { part.hidden = key !== type.value; });
  type.addEventListener('change', switchType);
  switchType();

  const box = errorBox('schedule-error');
  const created = h('p', { class: 'note', role: 'status', id: 'schedule-created' });
  const form = h('section', { class: 'card', 'aria-labelledby': 'new-schedule' },
    h('h2', { id: 'new-schedule' }, '新建定时任务'),
    field('名称', name), chosen,
    h('fieldset', {}, h('legend', {}, '什么时候'),
      h('label', { class: 'check', for: 'kind-cron' }, kindCron, ' 按 cron 重复'),
      h('label', { class: 'check', for: 'kind-once' }, kindOnce, ' 只执行一次'),
      cronPart, oncePart),
    h('fieldset', {}, h('legend', {}, '做什么'), field('动作', type), Object.values(parts)),
    box,
    writeButton('创建', async () => {
      const trigger = kindCron.checked ? { cron: cron.value, zone: zone.value.trim() || null } : { at: instantOf(at.value) };
      const action = { type: type.value };
      if (type.value === 'post') action.text = text.value;
      if (type.value === 'open-deal') {
        Object.assign(action, {
          title: title.value, catalog: catalog.items(), pickup: pickup.value || null,
          closesAfterMinutes: numberOrText(closesAfter.value), remindBeforeMinutes: numberOrText(remindBefore.value),
        });
      }
      if (type.value === 'remind') action.minutesBefore = numberOrText(minutesBefore.value);
      if (type.value === 'post-list') action.what = what.value;
      const schedule = await post('/api/v1/schedules', { name: name.value, groupIds: chosen.selected(), trigger, action });
      created.textContent = `已创建「${schedule.name}」，下次执行：${schedule.nextFireAt ? dateTimeWithWeekday(schedule.nextFireAt, schedule.trigger.zone) : '—'}`;
      await reload();
    }, { errorBox: box, kind: 'primary' }),
    created);
  refreshPreview();
  return form;
}

async function showPreview(element, cron, zone, groupId) {
  if (!cron.trim()) {
    show(element, note('填写 cron 表达式后这里显示接下来五次执行时间。'));
    return;
  }
  try {
    const preview = await get(`/api/v1/schedules/preview${query({ cron, zone: zone.trim(), groupId, count: 5 })}`);
    show(element, preview.times.length
      ? [h('p', { class: 'hint' }, `时区 ${preview.zone}：`),
        h('ol', { class: 'fire-times', id: 'fire-times' }, preview.times.map((t) => h('li', {}, dateTimeWithWeekday(t, preview.zone))))]
      : note('这个表达式以后不会再执行。'));
  } catch (e) {
    const box = errorBox('cron-error');
    show(element, box);
    showError(box, e);
  }
}

export async function schedulePage(container, id) {
  const [schedule, runs] = await Promise.all([get(`/api/v1/schedules/${id}`), get(`/api/v1/schedules/${id}/runs`)]);
  const zone = schedule.trigger.zone;
  show(container,
    h('p', {}, h('a', { href: '#/schedules' }, '← 定时任务')),
    h('h1', {}, schedule.name, ' ', badge('schedule', schedule.status)),
    h('dl', { class: 'facts' },
      h('dt', {}, '时间'), h('dd', {}, schedule.trigger.cron ? `${schedule.trigger.cron}（${zone}）` : time(schedule.trigger.at)),
      h('dt', {}, '动作'), h('dd', {}, word('action', schedule.action.type)),
      h('dt', {}, '下次执行'), h('dd', {}, schedule.nextFireAt ? dateTimeWithWeekday(schedule.nextFireAt, zone) : '—')),
    h('section', { class: 'card', 'aria-labelledby': 'runs-title' }, h('h2', { id: 'runs-title' }, '执行记录'),
      runs.runs.length
        ? table(null, ['计划时间', '执行时间', '结果'], runs.runs.map((run) => h('tr', {},
          h('td', {}, time(run.scheduledFor, zone)),
          h('td', {}, run.firedAt ? time(run.firedAt, zone) : '—'),
          h('td', {}, run.skipped ? `跳过：${run.reason || ''}` : run.groups.map((g) => `群#${g.groupId} ${word('outcome', g.outcome)}${g.detail ? `（${g.detail}）` : ''}`).join('；')))))
        : note('还没有执行过。')));
}
