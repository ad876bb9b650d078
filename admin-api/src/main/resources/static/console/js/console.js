// The console: sign in, then one page per hash route (#/deals, #/deals/3, #/groups, #/schedules, #/outbox …).
import { onSignedOut } from './api.js';
import { signIn, signOut } from './signin.js';
import { h, show, errorBox, showError } from './ui.js';
import { dealsPage, newDealPage } from './pages/deals.js';
import { dealPage } from './pages/deal.js';
import { groupsPage, groupPage } from './pages/groups.js';
import { schedulesPage, schedulePage } from './pages/schedules.js';
import { outboxPage } from './pages/outbox.js';
import { dashboardPage } from './pages/dashboard.js';

const main = document.getElementById('main');

const ROUTES = [
  [/^#\/deals\/new$/, 'deals', () => newDealPage],
  [/^#\/deals\/(\d+)$/, 'deals', (m) => (el) => dealPage(el, Number(m[1]))],
  [/^#\/groups\/(\d+)$/, 'groups', (m) => (el) => groupPage(el, Number(m[1]))],
  [/^#\/groups$/, 'groups', () => groupsPage],
  [/^#\/schedules\/(\d+)$/, 'schedules', (m) => (el) => schedulePage(el, Number(m[1]))],
  [/^#\/schedules$/, 'schedules', () => schedulesPage],
  [/^#\/outbox$/, 'outbox', () => outboxPage],
  [/^#\/dashboard$/, 'dashboard', () => dashboardPage],
  [/^(#\/deals)?$|^#\/?$/, 'deals', () => dealsPage],
];

let generation = 0;

async function route(event) {
  const hash = window.location.hash.split('?')[0];
  const found = ROUTES.map(([pattern, section, page]) => [hash.match(pattern), section, page]).find(([m]) => m);
  document.querySelectorAll('#nav a[data-section]').forEach((link) => {
    if (found && link.dataset.section === found[1]) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  const mine = ++generation;
  const container = h('div', { class: 'page' });
  show(main, container);
  if (!found) {
    show(container, h('h1', {}, '找不到这个页面'), h('p', {}, h('a', { href: '#/deals' }, '回到团购列表')));
    return;
  }
  try {
    await found[2](found[0])(container);
  } catch (e) {
    if (mine !== generation) return;
    const box = errorBox('page-error');
    container.append(box);
    showError(box, e);
  }
  if (mine === generation) {
    const heading = container.querySelector('h1');
    if (heading && (event || document.activeElement === document.body)) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }
}

async function start() {
  const session = await signIn(main);
  document.getElementById('nav').hidden = false;
  document.getElementById('who').hidden = false;
  document.getElementById('role').textContent = session.readOnly ? '只读令牌' : '管理员';
  document.getElementById('signout').addEventListener('click', signOut);
  onSignedOut(() => window.location.reload());
  window.addEventListener('hashchange', route);
  route();
}

start();
