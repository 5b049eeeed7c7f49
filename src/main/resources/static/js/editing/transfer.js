// Editors: import spreadsheets (dry run with the full report first, then apply), templates and export.
import { api, upload } from '../shell/api.js';
import { element, statusLine, table } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { importKindLabel } from '../lib/labels.js';

const POLL_MS = 500;

function delay(ms) {
  return new Promise((resolve) => { setTimeout(resolve, ms); });
}

/** Polls a background import until it is done, showing its phase and how many rows it has handled. */
async function awaitJob(id, progress, status) {
  for (;;) {
    const job = await api.get(`/api/import/jobs/${encodeURIComponent(id)}`);
    if (job.total > 0) {
      progress.max = job.total;
      progress.value = Math.min(job.done, job.total);
    }
    status.show(t(`transfer.phase.${job.phase}`, { done: job.done, total: job.total }));
    if (job.phase === 'DONE' || job.phase === 'FAILED') return job;
    await delay(POLL_MS);
  }
}

function countsTable(report) {
  return table([t('transfer.kind'), t('transfer.file'), t('transfer.rows'), t('transfer.created'),
    t('transfer.updated'), t('transfer.unchanged')],
  report.kinds.map((k) => element('tr', {}, element('td', {}, importKindLabel(k.kind)), element('td', {}, k.file),
    element('td', {}, formatNumber(k.rows)), element('td', {}, formatNumber(k.created)),
    element('td', {}, formatNumber(k.updated)), element('td', {}, formatNumber(k.unchanged)))), t('transfer.importTitle'));
}

function problemsTable(problems) {
  return table([t('transfer.file'), t('transfer.sheet'), t('transfer.line'), t('transfer.column'),
    t('transfer.problem')],
  problems.map((p) => element('tr', {}, element('td', {}, p.file), element('td', {}, p.sheet ?? ''),
    element('td', {}, p.line ?? ''), element('td', {}, p.column ?? ''),
    element('td', { className: 'details' }, p.message))), t('transfer.problems', { count: problems.length }));
}

function changesAnything(report) {
  return report.relationshipsCreated + report.relationshipsDeleted > 0
    || report.kinds.some((k) => k.created + k.updated > 0);
}

function reportView(report, dryRun) {
  if (report.problems.length > 0) {
    return element('div', { id: 'import-report' },
      element('h3', {}, t('transfer.problems', { count: report.problems.length })), problemsTable(report.problems));
  }
  const summary = t(dryRun ? 'transfer.wouldChange' : 'transfer.changed', {
    created: formatNumber(report.relationshipsCreated), deleted: formatNumber(report.relationshipsDeleted),
  });
  return element('div', { id: 'import-report' }, element('p', {}, summary), countsTable(report));
}

/** The chosen files, their kind when chosen, and the comment as the import takes them. */
function uploadForm(files, kind, comment) {
  const form = new FormData();
  for (const file of files.files) form.append('file', file);
  if (kind.value) form.append('kind', kind.value);
  if (comment.value.trim()) form.append('comment', comment.value.trim());
  return form;
}

/** A select of the import layout's kinds, by name, with the file name each has in a data set folder. */
function kindSelect(id, kinds, first) {
  return element('select', { id }, first,
    kinds.map((k) => element('option', { value: k }, `${importKindLabel(k)} (${k}.csv)`)));
}

function importControls(kinds) {
  // A file named after its kind (partners.csv) needs no choice; any other single CSV file gets one here.
  const kind = kindSelect('import-kind', kinds, element('option', { value: '' }, t('transfer.kindFromName')));
  kind.setAttribute('aria-describedby', 'import-kind-hint');
  const progress = element('progress', { id: 'import-progress', max: '1', value: '0' });
  progress.hidden = true;
  const status = statusLine('');
  status.hidden = true;
  return {
    files: element('input', { type: 'file', id: 'import-file', multiple: true, accept: '.csv,.xlsx,.zip' }),
    kind,
    comment: element('input', { id: 'import-comment', maxlength: '500', size: '40' }),
    dryRunButton: element('button', { type: 'submit', className: 'primary', id: 'import-dry-run' }, t('transfer.dryRun')),
    applyButton: element('button', { type: 'button', id: 'import-apply', disabled: true }, t('transfer.apply')),
    progress,
    status,
    result: element('div', { id: 'import-result' }),
  };
}

/** Uploads the chosen files as a dry run or for real, and shows the job's progress and report. */
async function runImport(c, dryRun) {
  if (c.files.files.length === 0) {
    c.status.show(t('transfer.chooseFile'), true);
    return;
  }
  const form = uploadForm(c.files, c.kind, c.comment);
  c.dryRunButton.disabled = true;
  c.applyButton.disabled = true;
  c.progress.hidden = false;
  c.progress.max = 1;
  c.progress.value = 0;
  c.result.replaceChildren();
  try {
    const started = await upload(`/api/import/jobs?dryRun=${dryRun}`, form, (fraction) => {
      c.progress.value = fraction;
      c.status.show(t('transfer.uploading', { percent: Math.round(fraction * 100) }));
    });
    const job = await awaitJob(started.id, c.progress, c.status);
    if (job.phase === 'FAILED') {
      c.status.show(job.problem, true);
      return;
    }
    const ok = job.report.problems.length === 0;
    c.status.show(t(ok ? (dryRun ? 'transfer.dryRunOk' : 'transfer.applied') : 'transfer.refused'), !ok);
    c.result.replaceChildren(reportView(job.report, dryRun));
    c.applyButton.disabled = !(dryRun && ok && changesAnything(job.report));
  } catch (error) {
    c.status.show(t('error.generic', { detail: error.problem?.detail || error.message }), true);
  } finally {
    c.dryRunButton.disabled = false;
    c.progress.hidden = true;
  }
}

function importSection(kinds) {
  const c = importControls(kinds);
  // A dry run speaks for the files and kind it read: another choice needs a new one before anything is imported.
  [c.files, c.kind].forEach((control) => control.addEventListener('change', () => {
    c.applyButton.disabled = true;
    c.result.replaceChildren();
  }));
  c.applyButton.addEventListener('click', () => runImport(c, false));
  const form = element('form', { className: 'inline-form', id: 'import-form',
    onSubmit: (event) => { event.preventDefault(); runImport(c, true); } },
  element('label', { for: 'import-file' }, t('transfer.files')), c.files,
  element('label', { for: 'import-kind' }, t('transfer.chosenKind')), c.kind,
  element('label', { for: 'import-comment' }, t('transfer.comment')), c.comment, c.dryRunButton, c.applyButton,
  c.progress);
  return element('section', { 'aria-labelledby': 'import-heading' },
    element('h2', { id: 'import-heading' }, t('transfer.importTitle')),
    element('p', { className: 'intro' }, t('transfer.importIntro')), form,
    element('p', { className: 'hint', id: 'import-kind-hint' }, t('transfer.kindHint')), c.status, c.result);
}

function templatesSection(kinds) {
  const kind = kindSelect('template-kind', kinds);
  const csvLink = element('a', { href: `/api/import/templates/${encodeURIComponent(kinds[0])}`, id: 'template-csv' },
    t('transfer.templateCsv'));
  kind.addEventListener('change', () => { csvLink.href = `/api/import/templates/${encodeURIComponent(kind.value)}`; });
  return element('section', { 'aria-labelledby': 'templates-heading' },
    element('h2', { id: 'templates-heading' }, t('transfer.templatesTitle')),
    element('div', { className: 'inline-form' },
      element('a', { href: '/api/import/templates', id: 'template-xlsx' }, t('transfer.templateXlsx')),
      element('label', { for: 'template-kind' }, t('transfer.kind')), kind, csvLink));
}

function exportSection(kinds) {
  const format = element('select', { id: 'export-format' },
    ['xlsx', 'csv', 'cypher'].map((f) => element('option', { value: f }, t(`transfer.format.${f}`))));
  const kind = kindSelect('export-kind', kinds, element('option', { value: '' }, t('transfer.allKinds')));
  const region = element('input', { id: 'export-region', size: '6', placeholder: 'VR16' });
  const link = element('a', { className: 'button-link', id: 'export-link' }, t('transfer.export'));
  const update = () => {
    const params = new URLSearchParams({ format: format.value });
    if (kind.value) params.set('kind', kind.value);
    if (region.value.trim()) params.set('region', region.value.trim().toUpperCase());
    link.href = `/api/export?${params}`;
  };
  [format, kind, region].forEach((control) => control.addEventListener('input', update));
  update();
  return element('section', { 'aria-labelledby': 'export-heading' },
    element('h2', { id: 'export-heading' }, t('transfer.exportTitle')),
    element('p', { className: 'intro' }, t('transfer.exportIntro')),
    element('div', { className: 'inline-form' },
      element('label', { for: 'export-format' }, t('transfer.format')), format,
      element('label', { for: 'export-kind' }, t('transfer.kind')), kind,
      element('label', { for: 'export-region' }, t('transfer.region')), region, link));
}

export async function render(main) {
  // The kinds of the import layout, in load order, as the server knows them.
  const kinds = await api.get('/api/import/kinds');
  main.append(element('h1', {}, t('transfer.title')), element('p', { className: 'intro' }, t('transfer.intro')),
    importSection(kinds), templatesSection(kinds), exportSection(kinds));
}
