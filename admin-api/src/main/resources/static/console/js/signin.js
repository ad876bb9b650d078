// Signing in: the admin token is checked against the API (GET /api/v1/session) and kept for this tab only.
import { api, token, ApiError } from './api.js';
import { h, show, setSession, errorBox, showError } from './ui.js';

/** Resolves to the session once a valid token is stored; shows the sign-in form in `container` until then. */
export async function signIn(container) {
  const stored = token.get();
  if (stored) {
    try {
      return remember(await api('/api/v1/session'));
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) throw e;
      token.clear();
      return askForToken(container, e);
    }
  }
  return askForToken(container, null);
}

function remember(session) {
  setSession(session);
  return session;
}

function askForToken(container, error) {
  return new Promise((resolve) => {
    const input = h('input', {
      id: 'token', type: 'password', name: 'token', autocomplete: 'current-password', required: true,
      spellcheck: 'false', 'aria-describedby': 'token-hint',
    });
    const box = errorBox('signin-error');
    const submit = h('button', { type: 'submit', class: 'btn primary', id: 'signin' }, '登录');
    const form = h(
      'form',
      { class: 'card signin', 'aria-labelledby': 'signin-title' },
      h('h1', { id: 'signin-title' }, '登录团购助手'),
      h('div', { class: 'field' }, h('label', { for: 'token' }, '管理令牌'), input),
      h(
        'p',
        { class: 'hint', id: 'token-hint' },
        '首次启动时生成的令牌保存在 data/admin-token（也可用 GROUPBUY_ADMIN_TOKEN 配置）。令牌只保存在这个浏览器标签页里。',
      ),
      box,
      submit,
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = input.value.trim();
      if (!value) {
        showError(box, '请输入管理令牌');
        input.focus();
        return;
      }
      submit.disabled = true;
      try {
        const session = await api('/api/v1/session', { token: value });
        token.set(value);
        resolve(remember(session));
      } catch (e) {
        showError(box, e);
        input.select();
        input.focus();
      } finally {
        submit.disabled = false;
      }
    });
    show(container, form);
    if (error) showError(box, error);
    input.focus();
  });
}

export function signOut() {
  token.clear();
  window.location.reload();
}
