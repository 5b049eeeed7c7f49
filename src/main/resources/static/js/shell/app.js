// The shell: session, language, navigation between screens (one ES module per screen).
import { api, csrfToken } from './api.js';
import { language, loadLanguage, t, translatePage } from '../lib/i18n.js';
import { collapsibleMenu } from './menu.js';

// Each screen names the least role that may open it; the navigation shows only what the user may open.
const screens = {
  overview: { load: () => import('./overview.js'), role: 'VIEWER' },
  explore: { load: () => import('../explore/explore.js'), role: 'VIEWER' },
  changes: { load: () => import('../editing/changes.js'), role: 'EDITOR' },
  cascade: { load: () => import('../cascade/cascade.js'), role: 'VIEWER' },
  workbench: { load: () => import('../workbench/workbench.js'), role: 'ANALYST' },
  reports: { load: () => import('../reports/reports.js'), role: 'VIEWER' },
  transfer: { load: () => import('../editing/transfer.js'), role: 'EDITOR' },
  users: { load: () => import('../admin/users.js'), role: 'ADMIN' },
  audit: { load: () => import('../admin/audit.js'), role: 'ADMIN' },
  datasets: { load: () => import('../admin/datasets.js'), role: 'EDITOR' },
};
let me = null;
// What the screen on show asks to be done when it is left (a screen's render may return it): the explorer's graphs
// otherwise keep their elements and their drawing loop for as long as the page lives.
let leave = null;

async function showScreen() {
  const name = (window.location.hash.match(/^#\/(\w+)/) || [])[1] || 'overview';
  const screen = screens[name] && me.roles.includes(screens[name].role) ? name : 'overview';
  document.querySelectorAll('nav [data-screen]').forEach((link) => {
    link.toggleAttribute('aria-current', link.dataset.screen === screen);
  });
  const module = await screens[screen].load().catch(async (error) => {
    // Once the server ends the session (the account changed) it answers every request, a screen's module too,
    // with a redirect: the API says so, and sends the page to the sign-in page, which tells why.
    await api.get('/api/session/me');
    throw error;
  });
  // A fresh <main> per screen: a screen still loading when the user moves on fills the old, detached one.
  const main = document.createElement('main');
  main.id = 'main';
  main.tabIndex = -1;
  leave?.();
  leave = null;
  document.getElementById('main').replaceWith(main);
  const left = await module.render(main, { me });
  // The user may have moved on while the screen was loading: then it is left already.
  if (main.isConnected) leave = left; else left?.();
  translatePage(main);
}

async function start() {
  await loadLanguage();
  me = await api.get('/api/session/me');
  document.querySelectorAll('nav [data-screen]').forEach((link) => {
    link.hidden = !me.roles.includes(screens[link.dataset.screen].role);
  });
  const signedIn = document.getElementById('signed-in-as');
  const showUser = () => { signedIn.textContent = t('nav.signedInAs', { user: me.username }); };
  showUser();
  document.getElementById('language-switch').addEventListener('click', async () => {
    await loadLanguage(language() === 'nl' ? 'en' : 'nl');
    showUser();
    await showScreen();
  });
  document.getElementById('logout-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, credentials: 'same-origin' });
    window.location.assign('/login.html?logout');
  });
  collapsibleMenu(document.getElementById('menu-button'), document.getElementById('site-menu'));
  // The skip link moves the focus to the screen's content and leaves the route (the address) as it is.
  document.querySelector('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    const main = document.getElementById('main');
    main.focus();
    main.scrollIntoView();
  });
  // A plain fragment (`#main`, where the skip link leads) is a place on the page, not a screen.
  window.addEventListener('hashchange', () => { if (!/^#[^/]/.test(window.location.hash)) showScreen(); });
  await showScreen();
}

start();
