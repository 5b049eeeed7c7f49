// The one search box: suggestions as you type, grouped by type; Enter or a click picks one.
import { api } from '../shell/api.js';
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { LABEL_COLOURS, LABEL_SHAPES } from '../lib/graph-style.js';
import { swatch } from './legend.js';

// Short: the API answers in a few milliseconds; older answers never replace newer ones (see `asked`).
const DEBOUNCE_MS = 20;

function groupByLabel(hits) {
  return hits.reduce((groups, hit) => groups.set(hit.label, [...(groups.get(hit.label) || []), hit]), new Map());
}

const EXPLORE_TEXTS = { label: 'explore.searchLabel', placeholder: 'explore.searchPlaceholder', noHits: 'explore.noHits' };
const SHOWN = 12;
// With a label filter more is asked for, so that enough of the wanted labels remain.
const ASKED_WHEN_FILTERED = 40;

/**
 * `id` prefixes the ids of the input and the list (`<id>-search`, `<id>-suggestions`); `labels`, when given, keeps
 * only hits with those labels; `texts` are the i18n keys of the label, the placeholder and the no-hits message.
 */
export function searchBox(onPick, { id = 'explore', labels = null, texts = EXPLORE_TEXTS } = {}) {
  const input = element('input', { id: `${id}-search`, type: 'search', autocomplete: 'off',
    placeholder: t(texts.placeholder), 'aria-label': t(texts.label), role: 'combobox',
    'aria-controls': `${id}-suggestions`, 'aria-expanded': 'false' });
  const list = element('ul', { id: `${id}-suggestions`, role: 'listbox', className: 'suggestions' });
  let timer = null;
  let hits = [];
  let asked = 0;
  const render = (result) => {
    hits = labels ? result.results.filter((hit) => labels.includes(hit.label)).slice(0, SHOWN) : result.results;
    list.replaceChildren(...[...groupByLabel(hits)].map(([label, group]) => element('li', { className: 'group' },
      element('span', { className: 'group-label' }, t(`label.${label}`)),
      element('ul', {}, group.map((hit) => element('li', { role: 'option', className: 'suggestion',
        'data-id': hit.id, onClick: () => onPick(hit) },
      swatch(LABEL_COLOURS[hit.label] || '#999', LABEL_SHAPES[hit.label]),
      hit.name, element('small', {}, ` ${hit.id}`),
      hit.origin === 'illustrative' ? element('small', { className: 'badge' }, t('explore.example')) : ''))))));
    if (hits.length === 0) list.replaceChildren(element('li', { className: 'empty' }, t(texts.noHits, { q: result.query })));
    if (result.truncated) list.append(element('li', { className: 'more' }, t('explore.moreHits')));
    input.setAttribute('aria-expanded', 'true');
  };
  const search = (q) => {
    const ticket = ++asked;
    api.get(`/api/search?q=${encodeURIComponent(q)}&limit=${labels ? ASKED_WHEN_FILTERED : SHOWN}`)
      // An answer to an older keystroke must not replace a newer one.
      .then((result) => { if (ticket === asked) render(result); })
      .catch(() => {});
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { asked += 1; list.replaceChildren(); return; }
    timer = setTimeout(() => search(q), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && hits.length) { event.preventDefault(); onPick(hits[0]); }
    if (event.key === 'Escape') list.replaceChildren();
  });
  const close = () => { list.replaceChildren(); input.value = ''; hits = []; input.setAttribute('aria-expanded', 'false'); };
  return { box: element('div', { className: 'search-box' }, input, list), input, close,
    type(text) { input.value = text; search(text); } };
}
