import { csrfToken } from './api.js';
import { formatDuration, loadLanguage, language, t } from '../lib/i18n.js';

let throttledFor = null;

function showMessage() {
  const params = new URLSearchParams(window.location.search);
  const message = document.getElementById('login-message');
  const key = throttledFor !== null ? 'login.throttled' : params.has('error') ? 'login.error'
    : params.has('ended') ? 'login.sessionEnded' : params.has('logout') ? 'login.loggedOut' : null;
  message.hidden = key === null;
  if (key) {
    message.textContent = t(key, { wait: formatDuration(throttledFor) });
    message.classList.toggle('error', key !== 'login.loggedOut');
  }
}

/** Sign-in through the organisation's identity provider, where one is configured. */
async function showProviders() {
  const providers = await (await fetch('/login/providers')).json();
  const list = document.getElementById('providers');
  list.replaceChildren(...providers.map((provider) => {
    const link = document.createElement('a');
    link.className = 'button-link provider';
    link.href = provider.url;
    link.textContent = t('login.withProvider', { name: provider.name });
    return link;
  }));
}

async function start() {
  await loadLanguage();
  showMessage();
  await showProviders();
  // Sent with fetch so the CSRF token can travel as a header, as for every other change.
  document.getElementById('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch('/login', {
      method: 'POST',
      headers: { 'X-XSRF-TOKEN': csrfToken() },
      body: new URLSearchParams(new FormData(event.target)),
      credentials: 'same-origin',
    });
    if (response.status === 429) {
      // Throttled: the server says how long to wait; the page stays, with what was typed.
      throttledFor = Number(response.headers.get('Retry-After')) || 1;
      showMessage();
      return;
    }
    window.location.assign(response.redirected ? response.url : '/login.html?error');
  });
  document.getElementById('language-switch').addEventListener('click', async () => {
    await loadLanguage(language() === 'nl' ? 'en' : 'nl');
    showMessage();
    await showProviders();
  });
}

start();
