// The reference version on a knowledge base in use (GET /api/dataset/reference): which version shipped and which is
// applied, and the rows an update held back because people had changed the items, each for an editor to decide:
// keep the knowledge base's value, or take the reference's.
import { api } from '../shell/api.js';
import { confirmDialog, element, statusLine } from '../lib/dom.js';
import { editLayout } from '../editing/edit-form.js';
import { formatDateTime, formatNumber, t } from '../lib/i18n.js';
import { fieldLabel, kindLabel, relationshipLabel, valueLabel } from '../lib/labels.js';
const isEmpty = (value) => value === null || value === undefined || value === ''
  || (Array.isArray(value) && value.length === 0);

/** One value in words, as the details panel and the edit form say it. */
const word = (field, value) => valueLabel(field.name, value);

/** A value for the comparison: a list as a list, an empty one said in words. */
function shown(field, value) {
  if (isEmpty(value)) return element('span', { className: 'empty-value' }, t('datasets.differences.empty'));
  if (Array.isArray(value)) return element('ul', { className: 'value-list' }, value.map((v) => element('li', {}, word(field, v))));
  return word(field, value);
}

/** Equal as the knowledge base means it: empty is empty, and the targets of a reference column are a set. */
function same(a, b, unordered) {
  if (isEmpty(a) && isEmpty(b)) return true;
  const key = (v) => JSON.stringify(Array.isArray(v) && unordered ? [...v].sort() : v);
  return key(a) === key(b);
}

/** The item's kind, how it is named and where the explorer opens it. */
function describe(difference, layout) {
  const node = layout.nodes.find((k) => k.kind === difference.kind);
  if (node) {
    return { kind: kindLabel(node.label), title: difference.name ?? difference.reference?.name ?? difference.itemId,
      explore: difference.current ? `#/explore?node=${encodeURIComponent(difference.itemId)}` : null, layout: node };
  }
  const [from, type, to] = difference.itemId.split('|');
  const relationship = layout.relationships.find((k) => k.kind === difference.kind);
  return { kind: t('datasets.differences.relationship', { type: relationshipLabel(type) }),
    title: `${from} → ${to}`, explore: `#/explore?nodes=${[from, to].map(encodeURIComponent).join(',')}`,
    layout: relationship };
}

/** The fields that differ (as layout fields), in the order of the edit form, then any others by name. */
function differingFields(difference, itemLayout) {
  const current = difference.current || {};
  const reference = difference.reference || {};
  const known = [...(itemLayout?.fields || []), ...(itemLayout?.links || []).map((l) => ({ name: l.name, link: true }))];
  const names = [...new Set([...known.map((f) => f.name), ...Object.keys(current).sort(),
    ...Object.keys(reference).sort()])].filter((name) => (name in current || name in reference)
    && !['id', 'version'].includes(name));
  return names.map((name) => known.find((f) => f.name === name) || { name })
    .filter((field) => (difference.current === null ? !isEmpty(reference[field.name])
      : !same(current[field.name], reference[field.name], field.link)));
}

/**
 * Current and reference side by side. The roles are explicit because on a narrow screen the rows are stacked (each
 * value with its column's name), and a table laid out as blocks loses its semantics in some browsers.
 */
function comparison(difference, fields, headingId) {
  const deleted = difference.current === null;
  const withdrawn = difference.reference === null;
  const [current, reference] = [t('datasets.differences.current'), t('datasets.differences.reference')];
  return element('table', { className: 'data-table difference-fields', role: 'table', 'aria-describedby': headingId },
    element('caption', {}, t('datasets.differences.caption')),
    element('thead', { role: 'rowgroup' }, element('tr', { role: 'row' },
      element('th', { scope: 'col', role: 'columnheader' }, t('datasets.differences.field')),
      element('th', { scope: 'col', role: 'columnheader' }, current),
      element('th', { scope: 'col', role: 'columnheader' }, reference))),
    element('tbody', { role: 'rowgroup' }, fields.map((field) => element('tr', { role: 'row', 'data-field': field.name },
      element('th', { scope: 'row', role: 'rowheader' }, fieldLabel(field.name)),
      element('td', { className: 'current-value', role: 'cell', 'data-label': current }, deleted
        ? element('em', {}, t('datasets.differences.deleted')) : shown(field, difference.current[field.name])),
      element('td', { className: 'reference-value', role: 'cell', 'data-label': reference },
        withdrawn ? element('em', {}, t('datasets.differences.withdrawn'))
          : shown(field, difference.reference?.[field.name]))))));
}


/** What a missing side means: people deleted the item, or the reference no longer lists it. */
function notes(difference) {
  if (difference.current === null) return element('p', { className: 'deleted-note' }, t('datasets.differences.deletedNote'));
  if (difference.reference === null) {
    return element('p', { className: 'deleted-note withdrawn-note' }, t('datasets.differences.withdrawnNote'));
  }
  return '';
}

/** Shipped and applied, and in words whether they match (not by colour alone). */
function versionList(state) {
  const applied = state.applied
    ? (state.appliedAt ? t('datasets.version.appliedAt', { version: state.applied, date: formatDateTime(state.appliedAt) })
      : state.applied)
    : t('datasets.version.notApplied');
  const match = state.shipped === state.applied ? 'current'
    : !state.applied || (state.shipped && state.shipped > state.applied) ? 'behind' : 'ahead';
  return [element('dl', { className: 'version-list' },
    element('dt', {}, t('datasets.version.shipped')), element('dd', { id: 'reference-shipped' },
      state.shipped ?? t('datasets.version.none')),
    element('dt', {}, t('datasets.version.applied')), element('dd', { id: 'reference-applied' }, applied)),
  element('p', { id: 'reference-match', className: `version-match version-${match}`, 'data-match': match },
    t(`datasets.version.${match}`))];
}

/** Reads the state anew and fills the sections; `focusAfter`: the index of the difference just decided. */
async function load(r, focusAfter = null) {
  try {
    const [state, layout] = await Promise.all([api.get('/api/dataset/reference'), editLayout()]);
    r.versionHost.replaceChildren(...versionList(state));
    r.heading.textContent = t('datasets.differences.titleCount', { count: formatNumber(state.differences.length) });
    r.list.replaceChildren(...state.differences.map((d, index) => differenceItem(r, d, index, layout)));
    r.empty.hidden = state.differences.length > 0;
    r.empty.textContent = t(state.shipped && state.shipped === state.applied ? 'datasets.differences.noneUpToDate'
      : 'datasets.differences.none');
    r.list.hidden = !r.empty.hidden;
    if (focusAfter !== null) {
      const next = r.list.querySelectorAll('h3')[Math.min(focusAfter, state.differences.length - 1)];
      (next || r.empty).focus();
    }
  } catch (error) {
    r.status.show(error.translated ? error.message : t('error.generic', { detail: error.message }), true);
  }
}

function confirmDecision(difference, take, title, fields) {
  return confirmDialog({ id: 'decide-difference-dialog',
    title: t(take ? 'datasets.differences.takeTitle' : 'datasets.differences.keepTitle'),
    paragraphs: [take ? t('datasets.differences.takeText', { item: title, fields: fields.map((f) => fieldLabel(f.name)).join(', ') })
      : t(difference.current === null ? 'datasets.differences.keepDeletedText' : 'datasets.differences.keepText',
        { item: title })],
    cancel: t('datasets.cancel'), confirm: t(take ? 'datasets.differences.take' : 'datasets.differences.keep'),
    confirmId: 'confirm-decision' });
}

async function decide(r, difference, decision, title, fields, index) {
  if (r.busy) return;
  const take = decision === 'reference';
  if (!await confirmDecision(difference, take, title, fields)) return;
  r.busy = true;
  r.list.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  r.progress.hidden = false;
  r.status.show(t('datasets.differences.saving'));
  try {
    await api.post(`/api/dataset/reference/differences/${encodeURIComponent(difference.id)}`, { decision });
    r.status.show(t(take ? 'datasets.differences.taken' : 'datasets.differences.kept', { item: title }));
  } catch (error) {
    r.status.show(error.status === 404 ? t('datasets.differences.gone')
      : error.translated ? error.message : t('error.generic', { detail: error.message }), true);
  } finally {
    r.progress.hidden = true;
    r.busy = false;
  }
  await load(r, index);
}

function differenceItem(r, difference, index, layout) {
  const about = describe(difference, layout);
  const fields = differingFields(difference, about.layout);
  const headingId = `difference-${index}-heading`;
  const buttons = element('div', { className: 'buttons' },
    element('button', { type: 'button', className: 'keep-current', 'aria-describedby': headingId,
      onClick: () => decide(r, difference, 'keep', about.title, fields, index) }, t('datasets.differences.keep')),
    element('button', { type: 'button', className: 'take-reference', 'aria-describedby': headingId,
      onClick: () => decide(r, difference, 'reference', about.title, fields, index) }, t('datasets.differences.take')));
  return element('li', { className: 'reference-difference', 'data-item-id': difference.itemId },
    element('h3', { id: headingId, tabIndex: -1 }, about.title),
    element('p', { className: 'difference-item' }, `${about.kind} · `, element('code', {}, difference.itemId),
      ` · ${t('datasets.differences.version', { version: difference.version })}`,
      about.explore ? [' · ', element('a', { href: about.explore, 'aria-describedby': headingId },
        t('datasets.differences.open'))] : ''),
    notes(difference),
    fields.length ? comparison(difference, fields, headingId)
      : element('p', { className: 'hint' }, t('datasets.differences.noFields')),
    buttons);
}

/**
 * The two sections of the Data sets screen (version, differences): `load()` fills them (again). After a decision the list is read anew and the
 * focus goes to the next difference, or to the empty state when none is left.
 */
export function referenceSection() {
  const r = {
    versionHost: element('div', { id: 'reference-version' }, t('datasets.differences.loading')),
    heading: element('h2', { id: 'reference-differences-heading', tabIndex: -1 }, t('datasets.differences.title')),
    status: statusLine(''),
    progress: element('progress', { id: 'reference-progress', hidden: true,
      'aria-label': t('datasets.differences.saving') }),
    list: element('ol', { className: 'reference-differences', id: 'reference-differences' }),
    empty: element('p', { className: 'empty-state', id: 'no-differences', tabIndex: -1, hidden: true }),
    busy: false,
  };
  r.status.id = 'reference-status';
  r.status.show('');
  const sections = [
    element('section', { className: 'reference-version', 'aria-labelledby': 'reference-version-heading' },
      element('h2', { id: 'reference-version-heading' }, t('datasets.version.title')), r.versionHost),
    element('section', { className: 'reference-update', 'aria-labelledby': r.heading.id }, r.heading,
      element('p', { className: 'intro' }, t('datasets.differences.intro')), r.status, r.progress, r.empty, r.list)];
  return { sections, load: () => load(r) };
}
