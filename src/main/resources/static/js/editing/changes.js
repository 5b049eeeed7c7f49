// The editors' screen: recent changes and deleted items, with undo of deletes and a "new item" entry point.
import { api } from '../shell/api.js';
import { element, statusLine } from '../lib/dom.js';
import { editLayout, openEditor } from './edit-form.js';
import { changeTable } from './history.js';
import { t } from '../lib/i18n.js';

const ACTIONS = ['', 'create', 'update', 'delete', 'restore'];

async function restore(entry, status, reload) {
  try {
    const restored = await api.post(`/api/history/${encodeURIComponent(entry.id)}/restore`, {});
    status.show(t('history.restored', { id: restored.id, count: restored.relationships }));
    reload();
  } catch (error) {
    status.show(t('error.generic', { detail: error.message }), true);
  }
}

/** The editors' screen: recent changes and deleted items, filters, undo of deletes, and new items. */
export async function render(main) {
  const layout = await editLayout();
  const status = statusLine('');
  status.show('');
  const kind = element('select', { id: 'history-kind' }, element('option', { value: '' }, t('audit.all')),
    layout.nodes.map((k) => element('option', { value: k.kind }, t(`label.${k.label}`))));
  const action = element('select', { id: 'history-action' },
    ACTIONS.map((a) => element('option', { value: a }, a ? t(`history.action.${a}`) : t('audit.all'))));
  const list = element('div', { id: 'history-results' });
  const load = () => {
    const params = new URLSearchParams();
    if (kind.value) params.set('kind', kind.value);
    if (action.value) params.set('action', action.value);
    if (action.value === 'delete') params.set('nodesOnly', 'true');
    list.replaceChildren(changeTable(`/api/history?${params}`, (entry) => restore(entry, status, load)));
  };
  const newKind = element('select', { id: 'new-item-kind' },
    layout.nodes.map((k) => element('option', { value: k.kind }, t(`label.${k.label}`))));
  const newItem = element('form', { className: 'inline-form', id: 'new-item', onSubmit: (event) => {
    event.preventDefault();
    openEditor(newKind.value, null, (item) => {
      status.show(t('edit.created', { id: item.id }));
      load();
    });
  } }, element('label', { for: 'new-item-kind' }, t('history.newItem')), newKind,
  element('button', { type: 'submit', className: 'primary' }, t('history.create')));
  const filters = element('form', { className: 'inline-form', onSubmit: (event) => { event.preventDefault(); load(); } },
    element('label', { for: 'history-kind' }, t('history.kind')), kind,
    element('label', { for: 'history-action' }, t('history.actionLabel')), action,
    element('button', { type: 'submit' }, t('audit.apply')));
  main.append(element('h1', {}, t('history.title')), element('p', { className: 'intro' }, t('history.intro')),
    newItem, filters, status, list);
  load();
}
