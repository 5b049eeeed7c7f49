// The Cypher workbench: an editor for read-only Cypher, typed parameters, results as table or graph, export,
// and a library of saved queries. The server does every safety check (docs/cypher-workbench.md).
import { api, ApiError } from '../shell/api.js';
import { download, element, statusLine } from '../lib/dom.js';
import { language, t } from '../lib/i18n.js';
import { askTitle, libraryPanel } from './library.js';
import { queryEditor } from './editor.js';
import { parameterPanel, ParameterError } from './params.js';
import { resultsView } from './results.js';

const HISTORY_SHOWN = 80; // characters of a query in the history list

function problemText(error) {
  if (error instanceof ParameterError || !(error instanceof ApiError)) return error.message;
  return t('workbench.refused', { detail: error.message });
}

/** The query and its parameters as the API takes them; null (and the field at fault focused) when a value is wrong. */
function request(w) {
  const query = w.editor.value();
  try {
    return { query, params: w.params.values() };
  } catch (error) {
    w.status.show(error.message, true);
    document.getElementById(`param-${error.field}`)?.focus();
    return null;
  }
}

function fail(w, error) {
  w.status.show(problemText(error), true);
  const { line, column } = error.problem || {};
  if (line) w.editor.markError(line, column || 1);
}

function showLoaded(w, heading, description) {
  w.title.hidden = !heading;
  w.title.replaceChildren(heading ? element('strong', {}, heading) : '', description ? ` — ${description}` : '');
}

function fillHistory(w) {
  w.historySelect.replaceChildren(element('option', { value: '' }, t('workbench.history')),
    ...w.editor.history().map((q, i) => element('option', { value: String(i) },
      q.replace(/\s+/g, ' ').slice(0, HISTORY_SHOWN))));
}

async function run(w) {
  const body = request(w);
  if (!body) return;
  w.editor.remember(body.query);
  fillHistory(w);
  w.status.show(t('workbench.running'));
  w.runButton.disabled = true;
  try {
    w.results.show(await api.post('/api/cypher', body));
    w.status.show('');
  } catch (error) {
    w.results.clear('');
    fail(w, error);
  } finally {
    w.runButton.disabled = false;
  }
}

async function exportAs(w, format) {
  const body = request(w);
  if (!body) return;
  w.status.show(t('workbench.exporting'));
  try {
    const { blob, headers } = await api.postForFile(`/api/cypher/export?format=${format}`, body);
    const filename = `cypher-result.${format}`;
    download(blob, filename);
    w.status.show(t(headers.get('X-Truncated') === 'true' ? 'workbench.exportedTruncated' : 'workbench.exported', { file: filename }));
  } catch (error) {
    fail(w, error);
  }
}

/** Saves the query: over the user's own query being edited, or (`asNew`, or a shipped one) under a new title. */
async function save(w, asNew) {
  const body = request(w);
  if (!body) return;
  const own = w.ownQuery;
  let draft = own && !asNew ? { title: own.title, description: own.description } : null;
  if (!draft) {
    draft = await askTitle(t('workbench.saveTitle'));
    if (!draft) return;
  }
  try {
    const saved = own && !asNew
      ? await api.put(`/api/cypher/saved/${encodeURIComponent(own.id)}`, { ...draft, ...body })
      : await api.post('/api/cypher/saved', { ...draft, ...body });
    w.ownQuery = saved;
    showLoaded(w, saved.title, saved.description);
    w.status.show(t('workbench.saved', { title: saved.title }));
    await w.library.reload();
  } catch (error) {
    fail(w, error);
  }
}

function library(w, themes, schema) {
  return libraryPanel({
    themes, schema, status: w.status,
    onOpenShipped: (q) => {
      w.ownQuery = null;
      w.params.declare(q.parameters);
      w.editor.setValue(q.query);
      showLoaded(w, q.title, q.description);
    },
    onOpenOwn: (q) => {
      w.ownQuery = q;
      w.params.fill(q.params);
      w.editor.setValue(q.query);
      showLoaded(w, q.title, q.description);
    },
    onInsert: (text) => { w.editor.cm.replaceSelection(text); w.editor.cm.focus(); },
  });
}

function toolbar(w) {
  w.runButton = element('button', { type: 'button', className: 'primary', id: 'workbench-run', onClick: () => run(w) },
    t('workbench.run'));
  w.historySelect.addEventListener('change', () => {
    const query = w.editor.history()[Number(w.historySelect.value)];
    if (query !== undefined) w.editor.setValue(query);
    w.historySelect.value = '';
  });
  return element('div', { className: 'toolbar workbench-toolbar' }, w.runButton, w.historySelect,
    element('button', { type: 'button', id: 'workbench-save', onClick: () => save(w, false) }, t('workbench.save')),
    element('button', { type: 'button', id: 'workbench-save-as', onClick: () => save(w, true) }, t('workbench.saveAs')),
    element('button', { type: 'button', id: 'export-csv', onClick: () => exportAs(w, 'csv') }, t('workbench.exportCsv')),
    element('button', { type: 'button', id: 'export-xlsx', onClick: () => exportAs(w, 'xlsx') }, t('workbench.exportXlsx')));
}

export async function render(main, { me }) {
  const [schema, themes] = await Promise.all([api.get('/api/cypher/schema'), api.get(`/api/cypher/queries?lang=${language()}`)]);
  // `ownQuery`: the user's saved query being edited, if any.
  const w = { status: statusLine(''), params: parameterPanel(), results: resultsView(), ownQuery: null,
    title: element('p', { className: 'workbench-loaded', id: 'workbench-loaded', hidden: true }),
    historySelect: element('select', { id: 'workbench-history', 'aria-label': t('workbench.history') }) };
  w.status.show('');
  const editorHost = element('div', { className: 'workbench-editor', id: 'workbench-editor' });
  w.library = library(w, themes, schema);
  main.classList.add('workbench');
  const work = element('section', { className: 'workbench-main' },
    element('h1', {}, t('workbench.title')), w.title, editorHost,
    element('p', { className: 'hint' }, t('workbench.keys')), w.params.element, toolbar(w), w.status, w.results.element);
  main.append(w.library.element, work);
  w.editor = queryEditor(editorHost, { schema, username: me.username, label: t('workbench.editor'),
    onRun: () => run(w), onChange: (text) => w.params.follow(text) });
  // Filling in the last parameter is the moment to run, so Ctrl+Enter works there as in the editor.
  w.params.element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run(w);
    }
  });
  fillHistory(w);
  w.results.clear(t('workbench.empty'));
  await w.library.reload();
  w.editor.cm.focus();
}
