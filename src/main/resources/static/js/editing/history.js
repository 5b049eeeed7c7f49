// Change history: the history tab of an item (who, when, what before → after, why; the item on an earlier date),
// and the paged table of changes that the editors' screen (changes.js) shows too.
import { api } from '../shell/api.js';
import { today } from '../lib/clock.js';
import { element, statusLine, table } from '../lib/dom.js';
import { formatDate, formatDateTime, t } from '../lib/i18n.js';
import { fieldLabel, importKindLabel, relationshipLabel, valueLabel } from '../lib/labels.js';

const PAGE = 25;

/** A field's value in words (coded values, dates, numbers); a dash for none. */
const show = (field, value) => (value === null || value === undefined || value === '' ? '—' : valueLabel(field, value));

/** What changed, field by field: before → after. */
function differences(entry) {
  if (entry.itemId.includes('|')) {
    const [from, type, to] = entry.itemId.split('|');
    return element('span', { className: 'relationship-change' }, `${from} —${relationshipLabel(type)}→ ${to}`);
  }
  return element('ul', { className: 'differences' }, entry.differences.filter((d) => d.field !== 'id').map((d) => element('li', {},
    element('strong', {}, fieldLabel(d.field)), ': ', element('del', {}, show(d.field, d.before)), ' → ',
    element('ins', {}, show(d.field, d.after)))));
}

function entryRow(entry, onRestore) {
  return element('tr', {},
    element('td', {}, formatDateTime(entry.at)), element('td', {}, entry.user ?? ''),
    element('td', {}, t(`history.action.${entry.action}`)),
    element('td', {}, element('code', {}, entry.itemId), element('br'), element('small', {}, entry.kind ? importKindLabel(entry.kind) : '')),
    element('td', { className: 'details' }, differences(entry)),
    element('td', {}, entry.comment ?? ''),
    element('td', {}, entry.restorable && onRestore
      ? element('button', { type: 'button', className: 'restore', onClick: () => onRestore(entry) }, t('history.restore')) : ''));
}

/** A paged table of changes from a query URL (without offset and limit). */
export function changeTable(url, onRestore) {
  const holder = element('div', { className: 'history-list' });
  const status = statusLine(t('history.loading'));
  let offset = 0;
  const rows = [];
  const more = element('button', { type: 'button', hidden: true, onClick: () => load() }, t('history.more'));
  const load = async () => {
    try {
      const page = await api.get(`${url}${url.includes('?') ? '&' : '?'}offset=${offset}&limit=${PAGE}`);
      offset += page.entries.length;
      rows.push(...page.entries.map((e) => entryRow(e, onRestore)));
      status.show(rows.length === 0 ? t('history.empty') : '');
      holder.replaceChildren(rows.length === 0 ? '' : table([t('history.at'), t('history.user'), t('history.actionLabel'),
        t('history.item'), t('history.changes'), t('history.comment'), ''], rows, t('history.title')));
      more.hidden = !page.hasMore;
    } catch (error) {
      status.show(t('error.generic', { detail: error.message }), true);
    }
  };
  load();
  return element('div', {}, status, holder, more);
}

/** The item on an earlier date: properties, in force (covenants), parties and memberships. */
function asOfForm(id) {
  const date = element('input', { type: 'date', id: 'as-of-date', value: today() });
  const result = element('div', { className: 'as-of-result', 'aria-live': 'polite' });
  const form = element('form', { className: 'inline-form', onSubmit: async (event) => {
    event.preventDefault();
    try {
      const state = await api.get(`/api/history/as-of?item=${encodeURIComponent(id)}&date=${date.value}`);
      result.replaceChildren(
        element('p', {}, t(state.existed ? 'history.existed' : 'history.notExisting', { date: formatDate(state.date) }),
          state.inForce === null || state.inForce === undefined ? '' : ` ${t(state.inForce ? 'history.inForce' : 'history.notInForce')}`),
        state.properties ? element('table', { className: 'properties' }, element('tbody', {},
          Object.entries(state.properties).filter(([k]) => k !== 'version').map(([k, v]) =>
            element('tr', {}, element('th', { scope: 'row' }, fieldLabel(k)), element('td', {}, show(k, v)))))) : '',
        state.relationships.length ? element('ul', {}, state.relationships.map((r) =>
          element('li', {}, `${r.from} —${relationshipLabel(r.type)}→ ${r.to}`))) : '');
    } catch (error) {
      result.replaceChildren(element('p', { className: 'message error' }, error.message));
    }
  } }, element('label', { for: 'as-of-date' }, t('history.asOf')), date,
  element('button', { type: 'submit' }, t('history.showAsOf')));
  return element('section', { className: 'as-of' }, form, result);
}

/** The history tab of one item. */
export async function historyPanel(id) {
  return element('div', { className: 'history-panel' },
    changeTable(`/api/history?item=${encodeURIComponent(id)}`, null), asOfForm(id));
}
