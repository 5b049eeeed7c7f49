// The one client of the REST API: JSON in and out, the CSRF token on every change, problem details as errors.
import { language } from '../lib/i18n.js';

/**
 * An answer the server refused. Its problem details (RFC 9457) carry a stable `code` and a `detail` in the language
 * the request asked for (Accept-Language: the user's language), so the message is the detail itself.
 */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    /** Whether the message is the server's own words, in the user's language (every coded problem). */
    this.translated = Boolean(problem?.code && problem?.detail);
  }
}

let leaving = null;

/**
 * Back to the sign-in page, which says why when the server ended the session (account changed). Calls made at the
 * same time all get 401, but only the first that reached the server says why: a plain one must not overrule it.
 */
function signInAgain(problem) {
  const ended = problem?.code === 'session.ended';
  if (leaving === 'ended' || (leaving && !ended)) return;
  leaving = ended ? 'ended' : 'signed-out';
  window.location.assign(ended ? '/login.html?ended' : '/login.html');
}

/** The CSRF token the server put in the XSRF-TOKEN cookie; changes send it back in a header. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

async function request(method, path, body, asFile = false) {
  const headers = { Accept: 'application/json', 'Accept-Language': language(), 'X-Requested-With': 'XMLHttpRequest' };
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  if (response.status === 401) {
    signInAgain(await response.json().catch(() => ({})));
    throw new ApiError(401, { detail: 'signed out' });
  }
  const isJson = (response.headers.get('Content-Type') || '').includes('json');
  if (asFile && response.ok) return { blob: await response.blob(), headers: response.headers };
  const payload = isJson ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, isJson ? payload : { detail: payload });
  return payload;
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body),
  put: (path, body) => request('PUT', path, body),
  delete: (path) => request('DELETE', path),
  /** A POST whose answer is a file: `{blob, headers}`; errors still come as problem details. */
  postForFile: (path, body) => request('POST', path, body, true),
};

/**
 * Uploads a form with XMLHttpRequest (fetch reports no upload progress); `onProgress(fraction)` follows the
 * upload. Resolves with the JSON answer, rejects with an ApiError like the other calls.
 */
export function upload(path, form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', language());
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    const token = csrfToken();
    if (token) xhr.setRequestHeader('X-XSRF-TOKEN', token);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let payload = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        payload = { detail: xhr.responseText };
      }
      if (xhr.status === 401) {
        signInAgain(payload);
        return;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload);
      else reject(new ApiError(xhr.status, payload));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, { detail: 'network' })));
    xhr.send(form);
  });
}
