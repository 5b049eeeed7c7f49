// Editing one item in a dialog: a form built from the import layout (GET /api/items/kinds), field errors from the
// server's problem details, the version sent back so a conflicting save is refused, and a history tab.
import { api } from '../shell/api.js';
import { announce, element, statusLine } from '../lib/dom.js';
import { formatDateTime, t } from '../lib/i18n.js';
import { fieldLabel, kindLabel, labelPlural, valueLabel } from '../lib/labels.js';
import { today } from '../lib/clock.js';
import { historyPanel } from './history.js';
import { idPicker } from './id-picker.js';

let layoutPromise = null;
let mePromise = null;

export function editLayout() {
  layoutPromise ??= api.get('/api/items/kinds');
  return layoutPromise;
}

function isEditor(me) {
  return me.roles.includes('EDITOR');
}

const LIST_SEPARATOR = /\s*[|,]\s*/;
const toList = (text) => text.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);

/**
 * One form control per field of the layout; returns the control, how to read its value back, and `target`: the
 * element that takes the focus and is marked invalid (the control itself unless it is a group).
 */
function control(field, value) {
  const id = `edit-${field.name}`;
  const common = { id, name: field.name, 'aria-describedby': `${id}-error`, required: field.required };
  if (field.type === 'REFERENCE') {
    const picker = idPicker({ id, labels: field.targets, ids: value || [], describedBy: `${id}-hint ${id}-error` });
    return { el: picker.element, read: picker.read, target: picker.input };
  }
  if (field.type === 'BOOLEAN') {
    const box = element('input', { ...common, type: 'checkbox', checked: value === true });
    return { el: box, read: () => box.checked };
  }
  if (field.type === 'STRING_LIST' && field.allowed.length) {
    const chosen = new Set(value || []);
    const boxes = field.allowed.map((option) => element('label', { className: 'choice' },
      element('input', { type: 'checkbox', value: option, checked: chosen.has(option), name: field.name }),
      valueLabel(field.name, option)));
    return { el: element('div', { id, className: 'choices', role: 'group', 'aria-describedby': `${id}-error` }, boxes),
      read: () => boxes.map((b) => b.querySelector('input')).filter((b) => b.checked).map((b) => b.value) };
  }
  if (field.allowed.length) {
    const select = element('select', common,
      field.required ? '' : element('option', { value: '' }, '—'),
      field.allowed.map((option) => element('option', { value: option, selected: option === value },
        valueLabel(field.name, option))));
    return { el: select, read: () => select.value || null };
  }
  const isList = field.type === 'STRING_LIST';
  const type = { DATE: 'date', INTEGER: 'number', FLOAT: 'number' }[field.type] || 'text';
  const input = element('input', { ...common, type, step: field.type === 'FLOAT' ? 'any' : undefined,
    maxLength: type === 'text' && !isList && field.maxLength ? field.maxLength : undefined,
    value: Array.isArray(value) ? value.join(' | ') : value ?? '' });
  return { el: input, read: () => {
    const text = input.value.trim();
    if (isList) return toList(text);
    if (text === '') return null;
    return type === 'number' ? Number(text) : text;
  } };
}

/**
 * Fields of a kind as form rows: properties first (origin is not edited), then the reference columns. Only a public
 * fact has a verification status, and keeps one it has: an editor who checked it can change it, not remove it (nor
 * does a form pick one for a fact without).
 */
function formFields(kind, isNew, current) {
  const fields = kind.fields.filter((f) => f.name !== 'origin' && (isNew || f.name !== 'id')
    && (f.name !== 'verification' || current.origin === 'public'))
    .map((f) => (f.name === 'verification' ? { ...f, required: current.verification != null } : f));
  const references = kind.links.map((link) => ({ name: link.name, type: 'REFERENCE', required: link.exactlyOne,
    allowed: [], targets: link.targetLabels }));
  return [...fields, ...references];
}

function row(field, value) {
  const input = control(field, value);
  input.target ??= input.el;
  const hint = field.targets ? t('edit.referenceHint', { labels: field.targets.map(labelPlural).join(', ') })
    : field.type === 'STRING_LIST' && !field.allowed.length ? t('edit.listHint') : '';
  const error = element('p', { className: 'field-error', id: `edit-${field.name}-error`, hidden: true });
  const label = element('label', { for: input.target.id }, fieldLabel(field.name), field.required ? ' *' : '');
  return { el: element('div', { className: 'form-row' }, label, input.el,
    hint ? element('small', { id: `edit-${field.name}-hint` }, hint) : '', error), field, input, error };
}

function showErrors(rows, problem, status, confirm) {
  rows.forEach((r) => { r.error.hidden = true; r.input.target.removeAttribute('aria-invalid'); });
  confirm.hidden = true;
  let first = null;
  for (const error of problem.errors || []) {
    const target = rows.find((r) => r.field.name === error.field);
    if (error.override) confirm.hidden = false;
    if (!target) continue;
    target.error.textContent = error.message;
    target.error.hidden = false;
    target.input.target.setAttribute('aria-invalid', 'true');
    first ??= target.input.target;
  }
  status.show(t('edit.invalid', { detail: problem.detail || '' }), true);
  first?.focus();
}

/** Parties of a covenant, members of a network: relationships with their own properties. */
async function relationshipSection(layout, kind, id, status) {
  const relationship = layout.relationships.find((r) => r.toLabels.includes(kind.label));
  if (!relationship || !id) return '';
  const list = element('ul', { className: 'relationship-list' });
  const load = async () => {
    const history = await api.get(`/api/history/as-of?item=${encodeURIComponent(id)}&date=${today()}`);
    list.replaceChildren(...history.relationships.filter((r) => r.type === relationship.type).map((r) =>
      element('li', {}, `${r.from} `, element('small', {}, Object.entries(r.properties)
        .filter(([k]) => !['origin', 'source'].includes(k)).map(([k, v]) => `${fieldLabel(k)}: ${valueLabel(k, v)}`)
        .join(', ')), ' ',
      element('button', { type: 'button', onClick: async () => {
        await api.delete(`/api/relationships/${relationship.kind}?from=${encodeURIComponent(r.from)}&to=${encodeURIComponent(id)}`)
          .then(load).catch((error) => status.show(error.message, true));
      } }, t('edit.remove')))));
  };
  // 'joined' (a party that does not own the item) is the server's to decide for a form (docs/editing.md).
  const fields = relationship.fields.filter((f) => !['origin', 'source', 'joined'].includes(f.name));
  const from = idPicker({ id: `rel-${relationship.fromField}`, labels: relationship.fromLabels, single: true });
  const controls = fields.map((f) => ({ f, c: control({ ...f, name: `rel-${f.name}` }, null) }));
  const add = element('button', { type: 'button', onClick: async () => {
    const body = { [relationship.fromField]: from.read(), [relationship.toField]: id };
    controls.forEach(({ f, c }) => { body[f.name] = c.read(); });
    try {
      await api.post(`/api/relationships/${relationship.kind}`, body);
      from.clear();
      await load();
    } catch (error) {
      status.show(error.message, true);
    }
  } }, t('edit.add'));
  await load();
  return element('section', { className: 'relationships' },
    element('h3', {}, t(`edit.relationship.${relationship.kind}`)), list,
    element('div', { className: 'relationship-add' }, element('label', { for: from.input.id }, fieldLabel(relationship.fromField)),
      from.element, controls.map(({ f, c }) => element('label', {}, fieldLabel(f.name), c.el)), add));
}

/** Back to the element that opened the editor, or to the one that replaced it (the same id), else the heading. */
function returnFocus(opener) {
  const target = (opener?.isConnected ? opener : opener?.id && document.getElementById(opener.id))
    || document.querySelector('main h1, main h2');
  if (!target) return;
  if (!target.matches('button, a, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * Opens the editor for an existing item (id) or a new one (id null) of a kind (name from the layout).
 * @param onSaved called after a save or delete, e.g. to refresh the explorer's details panel
 */
export async function openEditor(kindName, id, onSaved = () => {}, tab = 'edit', editable = true) {
  const layout = await editLayout();
  const kind = layout.nodes.find((k) => k.kind === kindName);
  const dialog = element('dialog', { className: 'dialog edit-dialog', 'aria-labelledby': 'edit-title' });
  const close = () => { dialog.close(); dialog.remove(); };
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  const title = element('h2', { id: 'edit-title' }, id ? `${kindLabel(kind.label)} · ${id}` : t('edit.newTitle', { kind: kindLabel(kind.label) }));
  const opener = document.activeElement;
  // The dialog closes after a save or delete: the page then says what happened, and the focus goes back.
  const saved = async (item) => {
    await onSaved(item);
    announce(item ? t('edit.saved', { name: item.fields?.name || item.id }) : t('edit.deleted', { id }));
    setTimeout(() => returnFocus(opener), 0);
  };
  const body = element('div', { className: 'edit-body' });
  const tabs = element('div', { className: 'tabs', role: 'tablist' });
  const showTab = async (name) => {
    tabs.querySelectorAll('button').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === name)));
    body.replaceChildren(name === 'history' ? await historyPanel(id, kind) : await editPanel(kind, layout, id, close, saved));
  };
  if (id) {
    tabs.append(editable ? element('button', { type: 'button', role: 'tab', 'data-tab': 'edit', id: 'tab-edit', onClick: () => showTab('edit') }, t('edit.tabEdit')) : '',
      element('button', { type: 'button', role: 'tab', 'data-tab': 'history', id: 'tab-history', onClick: () => showTab('history') }, t('edit.tabHistory')));
  }
  dialog.append(element('div', { className: 'dialog-head' }, title,
    element('button', { type: 'button', className: 'link', onClick: close, 'aria-label': t('edit.close') }, '×')), tabs, body);
  dialog.showModal();
  await showTab(id ? tab : 'edit');
}

/** A save refused: someone else changed the item first (409), fields at fault (400), or the whole save. */
function showSaveFailure(error, { rows, status, reload, confirm }) {
  if (error.status === 409) {
    status.show(t('edit.conflict', { user: error.problem.changedBy || '?',
      at: error.problem.changedAt ? formatDateTime(error.problem.changedAt) : '?' }), true);
    reload.hidden = false;
    reload.focus();
  } else if (error.status === 400) {
    showErrors(rows, error.problem, status, confirm);
  } else {
    // Not about this form's fields (a refusal of the whole save): the similar-name override no longer applies.
    confirm.hidden = true;
    status.show(error.translated ? error.message : t('error.generic', { detail: error.message }), true);
    status.scrollIntoView({ block: 'nearest' });
  }
}

async function editPanel(kind, layout, id, close, onSaved) {
  const status = statusLine('');
  status.show('');
  let item = id ? await api.get(`/api/items/${kind.kind}/${encodeURIComponent(id)}`) : { version: 0, fields: {} };
  const rows = formFields(kind, !id, item.fields).map((f) => row(f, item.fields[f.name]));
  const comment = element('textarea', { id: 'edit-comment', name: 'comment', rows: 2, maxlength: '500' });
  const confirmBox = element('input', { type: 'checkbox', id: 'edit-confirm-similar' });
  const confirm = element('label', { className: 'confirm-similar', hidden: true }, confirmBox, t('edit.confirmSimilar'));
  const form = element('form', { className: 'edit-form', id: 'edit-form', noValidate: true },
    rows.map((r) => r.el),
    element('div', { className: 'form-row' }, element('label', { for: 'edit-comment' }, t('edit.comment')), comment),
    confirm, status);
  const reload = element('button', { type: 'button', id: 'edit-reload', hidden: true, onClick: async () => {
    form.closest('.edit-body').replaceChildren(await editPanel(kind, layout, id, close, onSaved));
  } }, t('edit.reload'));
  const remove = id ? element('button', { type: 'button', id: 'edit-delete', className: 'danger', onClick: async () => {
    if (!window.confirm(t('edit.confirmDelete', { id }))) return;
    try {
      await api.delete(`/api/items/${kind.kind}/${encodeURIComponent(id)}?version=${item.version}`
        + `${comment.value.trim() ? `&comment=${encodeURIComponent(comment.value.trim())}` : ''}`);
      close();
      onSaved(null);
    } catch (error) {
      status.show(error.message, true);
      reload.hidden = error.status !== 409;
    }
  } }, t('edit.delete')) : '';
  form.append(element('div', { className: 'buttons' }, remove, reload,
    element('button', { type: 'button', onClick: close }, t('edit.cancel')),
    element('button', { type: 'submit', className: 'primary', id: 'edit-save' }, t('edit.save'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = { version: item.version };
    rows.forEach((r) => { data[r.field.name] = r.input.read(); });
    if (comment.value.trim()) data.comment = comment.value.trim();
    if (confirmBox.checked) data.confirmSimilarName = true;
    try {
      item = id ? await api.put(`/api/items/${kind.kind}/${encodeURIComponent(id)}`, data)
        : await api.post(`/api/items/${kind.kind}`, data);
      close();
      onSaved(item);
    } catch (error) {
      showSaveFailure(error, { rows, status, reload, confirm });
    }
  });
  const section = await relationshipSection(layout, kind, id, status);
  setTimeout(() => rows[0]?.input.el.focus?.(), 0);
  return element('div', {}, form, section);
}

/**
 * The "Bewerken" and "Geschiedenis" buttons for the explorer's details panel; empty for kinds that are not edited.
 * @param refresh called after a save or delete
 */
export function itemActions(node, refresh) {
  const holder = element('span', { className: 'item-actions' });
  mePromise ??= api.get('/api/session/me');
  Promise.all([editLayout(), mePromise]).then(([layout, me]) => {
    const kind = layout.nodes.find((k) => k.label === node.labels[0]);
    if (!kind) return;
    holder.append(
      isEditor(me) ? element('button', { type: 'button', id: 'edit-item', onClick: () => openEditor(kind.kind, node.id, refresh) }, t('edit.edit')) : '',
      element('button', { type: 'button', id: 'item-history', onClick: () => openEditor(kind.kind, node.id, refresh, 'history', isEditor(me)) }, t('edit.tabHistory')));
  }).catch(() => holder.remove());
  return holder;
}
