// The side panel: shipped saved queries grouped by theme, the user's own queries (save, rename, delete), and
// the schema at a glance.
import { api } from '../shell/api.js';
import { element } from '../lib/dom.js';
import { LABEL_COLOURS } from '../lib/graph-style.js';
import { formatNumber, t } from '../lib/i18n.js';

/** A modal form with text fields; resolves to their values, or null when cancelled. */
function askDialog(title, fields) {
  const inputs = fields.map((f) => element(f.multiline ? 'textarea' : 'input', { id: `dialog-${f.name}`,
    required: f.required, maxlength: f.maxLength, rows: f.multiline ? 3 : undefined }));
  inputs.forEach((input, i) => { input.value = fields[i].value || ''; });
  const dialog = element('dialog', { className: 'dialog', id: 'workbench-dialog' },
    element('form', { method: 'dialog' }, element('h2', {}, title),
      fields.map((f, i) => [element('label', { for: `dialog-${f.name}` }, f.label), inputs[i]]),
      element('div', { className: 'buttons' },
        element('button', { value: 'cancel', formnovalidate: true }, t('workbench.cancel')),
        element('button', { value: 'ok', className: 'primary', id: 'dialog-ok' }, t('workbench.ok')))));
  document.body.append(dialog);
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => {
    dialog.remove();
    resolve(dialog.returnValue === 'ok'
      ? Object.fromEntries(fields.map((f, i) => [f.name, inputs[i].value.trim()])) : null);
  }));
}

/** Title and description of a saved query (the limits are the server's). */
export function askTitle(heading, query = {}) {
  return askDialog(heading, [
    { name: 'title', label: t('workbench.title.field'), value: query.title, required: true, maxLength: 200 },
    { name: 'description', label: t('workbench.description'), value: query.description, multiline: true, maxLength: 2000 }]);
}

function matches(query, filter) {
  const text = `${query.title} ${query.description || ''} ${query.theme || ''} ${query.id}`.toLowerCase();
  return filter.split(/\s+/).every((word) => text.includes(word));
}

function shippedSection(themes, filter, onOpen) {
  return Object.entries(themes).map(([theme, queries]) => {
    const shown = queries.filter((q) => matches({ ...q, theme }, filter));
    if (shown.length === 0) return '';
    return element('details', { className: 'library-theme', open: filter !== '' || undefined },
      element('summary', {}, `${theme} (${shown.length})`),
      element('ul', {}, shown.map((q) => element('li', {},
        element('button', { type: 'button', className: 'link library-query', 'data-id': q.id, onClick: () => onOpen(q) }, q.title),
        element('p', { className: 'library-description' }, q.description),
        q.parameters.length ? element('p', { className: 'library-params' },
          q.parameters.map((p) => `$${p.name}: ${p.type} (${p.example})`).join(' · ')) : ''))));
  });
}

function ownSection(own, filter, handlers) {
  const shown = own.filter((q) => matches(q, filter));
  return element('details', { className: 'library-theme', open: true, id: 'own-queries' },
    element('summary', {}, `${t('workbench.ownQueries')} (${shown.length})`),
    shown.length === 0 ? element('p', { className: 'hint' }, t('workbench.noOwnQueries')) : '',
    element('ul', {}, shown.map((q) => element('li', {},
      element('button', { type: 'button', className: 'link library-query', onClick: () => handlers.open(q) }, q.title),
      q.description ? element('p', { className: 'library-description' }, q.description) : '',
      element('div', { className: 'library-actions' },
        element('button', { type: 'button', onClick: () => handlers.rename(q) }, t('workbench.rename')),
        element('button', { type: 'button', onClick: () => handlers.remove(q) }, t('workbench.delete')))))));
}

function schemaList(entries, swatches, onPick) {
  return element('ul', { className: 'schema-list' }, entries.map((e) => {
    const swatch = swatches ? element('span', { className: 'swatch' }) : '';
    if (swatches) swatch.style.backgroundColor = LABEL_COLOURS[e.name] || '#999';
    return element('li', {}, element('button', { type: 'button', className: 'link', title: t('workbench.insert'),
      onClick: () => onPick(e.name) }, swatch, e.name), element('span', { className: 'count' }, formatNumber(e.count)));
  }));
}

function schemaSection(schema, onPick) {
  return element('details', { className: 'library-theme schema', id: 'workbench-schema' },
    element('summary', {}, t('workbench.schema')),
    element('h3', {}, t('workbench.labels')), schemaList(schema.labels, true, (name) => onPick(`:${name}`)),
    element('h3', {}, t('workbench.relationshipTypes')), schemaList(schema.relationshipTypes, false, (name) => onPick(`:${name}`)),
    element('h3', {}, t('workbench.propertyKeys')), schemaList(schema.propertyKeys, false, (name) => onPick(`.${name}`)));
}

/** The library panel; `reload()` fetches the user's own queries again after a change. */
export function libraryPanel({ themes, schema, onOpenShipped, onOpenOwn, onInsert, status }) {
  const filterInput = element('input', { type: 'search', id: 'library-filter', placeholder: t('workbench.filter'),
    'aria-label': t('workbench.filter') });
  const lists = element('div', { className: 'library-lists' });
  let own = [];
  const reported = (action) => (q) => action(q).catch((error) => status.show(error.message, true));
  const handlers = {
    open: onOpenOwn,
    rename: reported(async (q) => {
      const answer = await askTitle(t('workbench.renameTitle'), q);
      if (!answer) return;
      await api.put(`/api/cypher/saved/${encodeURIComponent(q.id)}`, { query: q.query, params: q.params, ...answer });
      status.show(t('workbench.saved', { title: answer.title }));
      await panel.reload();
    }),
    remove: reported(async (q) => {
      if (!window.confirm(t('workbench.confirmDelete', { title: q.title }))) return;
      await api.delete(`/api/cypher/saved/${encodeURIComponent(q.id)}`);
      status.show(t('workbench.deleted', { title: q.title }));
      await panel.reload();
    }),
  };
  const render = () => {
    const filter = filterInput.value.trim().toLowerCase();
    lists.replaceChildren(ownSection(own, filter, handlers), ...shippedSection(themes, filter, onOpenShipped),
      schemaSection(schema, onInsert));
  };
  filterInput.addEventListener('input', render);
  const panel = {
    element: element('aside', { className: 'workbench-library', 'aria-label': t('workbench.library') },
      element('h2', {}, t('workbench.library')), filterInput, lists),
    async reload() {
      own = await api.get('/api/cypher/saved');
      render();
    },
  };
  return panel;
}
