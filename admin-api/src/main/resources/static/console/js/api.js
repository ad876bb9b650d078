// The admin API, called with the token kept in this browser tab's session storage.
// Every failure becomes an ApiError whose message says in words what went wrong (the problem JSON's detail).

const KEY = 'groupbuy.admin-token';

export const token = {
  get: () => sessionStorage.getItem(KEY),
  set: (value) => sessionStorage.setItem(KEY, value),
  clear: () => sessionStorage.removeItem(KEY),
};

const LEADS = {
  0: '连不上服务器',
  400: '请求有误',
  401: '令牌不对或已失效，请重新登录',
  403: '没有权限',
  404: '找不到',
  405: '不支持这个操作',
  408: '请求超时',
  409: '当前状态不能这样做',
  413: '内容太大',
  415: '格式不对',
  422: '内容有误',
  503: '服务器正忙，请稍后再试',
};

export class ApiError extends Error {
  constructor(status, detail) {
    const lead = LEADS[status] || (status >= 500 ? '服务器出错了' : `请求失败（${status}）`);
    super(detail ? `${lead}：${detail}` : lead);
    this.status = status;
    this.detail = detail;
  }
}

/** Listeners told when the stored token is refused (401): the page shows the sign-in form again. */
const signedOut = new Set();
export const onSignedOut = (listener) => signedOut.add(listener);

/**
 * Calls the API. `options.token` signs the call with another token (the sign-in check) instead of the stored one.
 * Resolves to the parsed JSON (null for an empty answer), rejects with an ApiError.
 */
export async function api(path, options = {}) {
  const { method = 'GET', body } = options;
  const bearer = options.token ?? token.get();
  // the API records changes made here as made through the console (door "console" in the histories)
  const headers = { Accept: 'application/json, application/problem+json', 'X-Groupbuy-Client': 'console' };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, e.message);
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = new ApiError(response.status, (data && data.detail) || response.statusText);
    if (response.status === 401 && options.token === undefined) signedOut.forEach((listener) => listener(error));
    throw error;
  }
  return data;
}

export const get = (path) => api(path);
export const post = (path, body) => api(path, { method: 'POST', body });
export const put = (path, body) => api(path, { method: 'PUT', body });
export const del = (path) => api(path, { method: 'DELETE' });

/** A query string of the given parameters, leaving out empty ones. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}
