// The one search box, an ARIA 1.2 combobox: suggestions as you type, grouped by type; the arrow keys move through them
// (aria-activedescendant, the focus stays in the input), Enter or a click picks one, Escape closes the list and then
// clears the input. How many suggestions came is said in a polite live region.
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

/** The options grouped by kind (role group, named by its heading); `hits` in the order the arrow keys follow. */
function options(id, hits, onPick) {
  let index = 0;
  return [...groupByLabel(hits)].map(([label, group]) => element('li', { className: 'group', role: 'group',
    'aria-labelledby': `${id}-group-${label}` },
  element('span', { className: 'group-label', id: `${id}-group-${label}` }, t(`label.${label}`)),
  // The list inside a group is only layout: options belong to the group, not to a list.
  element('ul', { role: 'none' }, group.map((hit) => {
    const option = element('li', { role: 'option', className: 'suggestion', id: `${id}-option-${index}`,
      'aria-selected': 'false', 'data-id': hit.id, onClick: () => onPick(hit) },
    swatch(LABEL_COLOURS[hit.label] || '#999', LABEL_SHAPES[hit.label]),
    hit.name, element('small', {}, ` ${hit.id}`),
    hit.origin === 'illustrative' ? element('small', { className: 'badge' }, t('explore.example')) : '');
    index += 1;
    return option;
  }))));
}

/** A line in the list that is no choice (nothing found, more to find): a disabled option, skipped by the arrows. */
function note(className, text) {
  return element('li', { className, role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, text);
}

/** What the keys do with the list open: `state` holds the hits and the active one (-1: none). */
function keyHandler(input, state, { onPick, move, hide, clear }) {
  return (event) => {
    const open = input.getAttribute('aria-expanded') === 'true';
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!state.hits.length) return;
      event.preventDefault();
      if (!open) state.show();
      // Alt+ArrowDown only opens the list; the arrows wrap around at either end.
      if (event.altKey) return;
      const n = state.hits.length;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (state.active < 0) move(step > 0 ? 0 : n - 1); else move((state.active + step + n) % n);
    } else if (event.key === 'Enter' && state.hits.length && open) {
      // Nothing chosen with the arrows: the first suggestion, as before the combobox.
      event.preventDefault();
      onPick(state.hits[Math.max(state.active, 0)]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) hide(); else clear();
    }
  };
}

/** Makes the index-th suggestion the active one (-1: none); the focus stays in the input. */
function activate(input, list, state, index) {
  const all = list.querySelectorAll('.suggestion');
  all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
  state.active = index;
  if (all[index]) {
    input.setAttribute('aria-activedescendant', all[index].id);
    all[index].scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}

/**
 * `id` prefixes the ids of the input and the list (`<id>-search`, `<id>-suggestions`); `labels`, when given, keeps
 * only hits with those labels; `texts` are the i18n keys of the label, the placeholder and the no-hits message.
 */
export function searchBox(onPick, { id = 'explore', labels = null, texts = EXPLORE_TEXTS } = {}) {
  const input = element('input', { id: `${id}-search`, type: 'search', autocomplete: 'off',
    placeholder: t(texts.placeholder), 'aria-label': t(texts.label), role: 'combobox', 'aria-autocomplete': 'list',
    'aria-controls': `${id}-suggestions`, 'aria-expanded': 'false' });
  const list = element('ul', { id: `${id}-suggestions`, role: 'listbox', className: 'suggestions',
    'aria-label': t(texts.label) });
  const said = element('p', { className: 'visually-hidden', role: 'status', id: `${id}-search-status` });
  let timer = null;
  let asked = 0;
  const state = { hits: [], active: -1 };
  const move = (index) => activate(input, list, state, index);
  const hide = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); move(-1); };
  state.show = () => { list.hidden = false; input.setAttribute('aria-expanded', 'true'); };
  const empty = () => { asked += 1; state.hits = []; list.replaceChildren(); said.textContent = ''; hide(); };
  const render = (result) => {
    const hits = labels ? result.results.filter((hit) => labels.includes(hit.label)).slice(0, SHOWN) : result.results;
    // In the order they are shown (grouped by kind), which the arrow keys follow.
    state.hits = [...groupByLabel(hits).values()].flat();
    list.replaceChildren(...options(id, state.hits, onPick));
    if (state.hits.length === 0) list.replaceChildren(note('empty', t(texts.noHits, { q: result.query })));
    if (result.truncated) list.append(note('more', t('explore.moreHits')));
    said.textContent = state.hits.length === 0 ? t(texts.noHits, { q: result.query })
      : t('explore.suggestionCount', { count: state.hits.length });
    state.active = -1;
    input.removeAttribute('aria-activedescendant');
    state.show();
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
    if (!q) { empty(); return; }
    timer = setTimeout(() => search(q), DEBOUNCE_MS);
  });
  const close = () => { empty(); input.value = ''; };
  input.addEventListener('keydown', keyHandler(input, state, { onPick, move, hide, clear: close }));
  // A click on a suggestion must not take the focus first: the list would close under the pointer.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', hide);
  input.addEventListener('focus', () => { if (state.hits.length || list.querySelector('.empty')) state.show(); });
  hide();
  return { box: element('div', { className: 'search-box' }, input, list, said), input, close,
    type(text) { input.value = text; search(text); } };
}
