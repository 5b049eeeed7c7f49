// The Cypher workbench: an editor for read-only Cypher, typed parameters, results as table or graph, export,
// and a library of saved queries. The server does every safety check (docs/cypher-workbench.md).
import { api, ApiError } from '../shell/api.js';
import { element, statusLine } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { askTitle, libraryPanel } from './library.js';
import { queryEditor } from './editor.js';
import { parameterPanel, ParameterError } from './params.js';
import { resultsView } from './results.js';

const HISTORY_SHOWN = 80; // characters of a query in the history list

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = element('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function problemText(error) {
  if (error instanceof ParameterError || !(error instanceof ApiError)) return error.message;
  return t('workbench.refused', { detail: error.message });
}

export async function render(main, { me }) {
  const [schema, themes] = await Promise.all([api.get('/api/cypher/schema'), api.get('/api/cypher/queries')]);
  const status = statusLine('');
  status.show('');
  const params = parameterPanel();
  const results = resultsView();
  const title = element('p', { className: 'workbench-loaded', id: 'workbench-loaded', hidden: true });
  const editorHost = element('div', { className: 'workbench-editor', id: 'workbench-editor' });
  const historySelect = element('select', { id: 'workbench-history', 'aria-label': t('workbench.history') });
  let ownQuery = null; // the user's saved query being edited, if any

  const request = () => {
    const query = editor.value();
    try {
      return { query, params: params.values() };
    } catch (error) {
      status.show(error.message, true);
      document.getElementById(`param-${error.field}`)?.focus();
      return null;
    }
  };
  const fail = (error) => {
    status.show(problemText(error), true);
    const { line, column } = error.problem || {};
    if (line) editor.markError(line, column || 1);
  };
  const showLoaded = (heading, description) => {
    title.hidden = !heading;
    title.replaceChildren(heading ? element('strong', {}, heading) : '', description ? ` — ${description}` : '');
  };
  const fillHistory = () => historySelect.replaceChildren(element('option', { value: '' }, t('workbench.history')),
    ...editor.history().map((q, i) => element('option', { value: String(i) },
      q.replace(/\s+/g, ' ').slice(0, HISTORY_SHOWN))));

  async function run() {
    const body = request();
    if (!body) return;
    editor.remember(body.query);
    fillHistory();
    status.show(t('workbench.running'));
    runButton.disabled = true;
    try {
      results.show(await api.post('/api/cypher', body));
      status.show('');
    } catch (error) {
      results.clear('');
      fail(error);
    } finally {
      runButton.disabled = false;
    }
  }

  async function exportAs(format) {
    const body = request();
    if (!body) return;
    status.show(t('workbench.exporting'));
    try {
      const { blob, headers } = await api.postForFile(`/api/cypher/export?format=${format}`, body);
      const filename = `cypher-result.${format}`;
      download(blob, filename);
      status.show(t(headers.get('X-Truncated') === 'true' ? 'workbench.exportedTruncated' : 'workbench.exported', { file: filename }));
    } catch (error) {
      fail(error);
    }
  }

  async function save(asNew) {
    const body = request();
    if (!body) return;
    let draft = ownQuery && !asNew ? { title: ownQuery.title, description: ownQuery.description } : null;
    if (!draft) {
      draft = await askTitle(t('workbench.saveTitle'));
      if (!draft) return;
    }
    try {
      const saved = ownQuery && !asNew
        ? await api.put(`/api/cypher/saved/${encodeURIComponent(ownQuery.id)}`, { ...draft, ...body })
        : await api.post('/api/cypher/saved', { ...draft, ...body });
      ownQuery = saved;
      showLoaded(saved.title, saved.description);
      status.show(t('workbench.saved', { title: saved.title }));
      await library.reload();
    } catch (error) {
      fail(error);
    }
  }

  const library = libraryPanel({
    themes, schema, status,
    onOpenShipped: (q) => {
      ownQuery = null;
      params.declare(q.parameters);
      editor.setValue(q.query);
      showLoaded(q.title, q.description);
    },
    onOpenOwn: (q) => {
      ownQuery = q;
      params.fill(q.params);
      editor.setValue(q.query);
      showLoaded(q.title, q.description);
    },
    onInsert: (text) => { editor.cm.replaceSelection(text); editor.cm.focus(); },
  });

  const runButton = element('button', { type: 'button', className: 'primary', id: 'workbench-run', onClick: run },
    t('workbench.run'));
  historySelect.addEventListener('change', () => {
    const query = editor.history()[Number(historySelect.value)];
    if (query !== undefined) editor.setValue(query);
    historySelect.value = '';
  });
  const toolbar = element('div', { className: 'toolbar workbench-toolbar' }, runButton, historySelect,
    element('button', { type: 'button', id: 'workbench-save', onClick: () => save(false) }, t('workbench.save')),
    element('button', { type: 'button', id: 'workbench-save-as', onClick: () => save(true) }, t('workbench.saveAs')),
    element('button', { type: 'button', id: 'export-csv', onClick: () => exportAs('csv') }, t('workbench.exportCsv')),
    element('button', { type: 'button', id: 'export-xlsx', onClick: () => exportAs('xlsx') }, t('workbench.exportXlsx')));

  main.classList.add('workbench');
  const work = element('section', { className: 'workbench-main' },
    element('h1', {}, t('workbench.title')), title, editorHost,
    element('p', { className: 'hint' }, t('workbench.keys')), params.element, toolbar, status, results.element);
  main.append(library.element, work);
  const editor = queryEditor(editorHost, { schema, username: me.username, label: t('workbench.editor'),
    onRun: run, onChange: (text) => params.follow(text) });
  // Filling in the last parameter is the moment to run, so Ctrl+Enter works there as in the editor.
  params.element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  fillHistory();
  results.clear(t('workbench.empty'));
  await library.reload();
  editor.cm.focus();
}
