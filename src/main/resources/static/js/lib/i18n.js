// All texts come from the message files in /i18n; Dutch first, English by a switch kept per browser.
const STORAGE_KEY = 'partnerkaart.lang';
export const LANGUAGES = ['nl', 'en'];
let messages = {};
let current = 'nl';

export function language() {
  return current;
}

export async function loadLanguage(lang = localStorage.getItem(STORAGE_KEY) || 'nl') {
  current = LANGUAGES.includes(lang) ? lang : 'nl';
  const response = await fetch(`/i18n/${current}.json`, { cache: 'no-cache' });
  messages = await response.json();
  localStorage.setItem(STORAGE_KEY, current);
  document.documentElement.lang = current;
  translatePage();
}

/** The text for a key, with {name} placeholders filled in; the key itself when a text is missing. */
export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** Fills every element that names a text key: data-i18n (content), data-i18n-label (aria-label), data-i18n-title. */
export function translatePage(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel)));
  root.querySelectorAll('[data-i18n-title]').forEach((el) => el.setAttribute('title', t(el.dataset.i18nTitle)));
  const title = document.querySelector('title[data-i18n-page]');
  if (title) document.title = `${t(title.dataset.i18nPage)} · ${t('app.name')}`;
}

// The formats live in format.js; screens that import them from here keep working.
export { formatDate, formatDateTime, formatDuration, formatHours, formatNumber } from './format.js';
