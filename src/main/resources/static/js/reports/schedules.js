// Administrators: the scheduled reports on the Rapportages page (list, plan, change, run now, remove).
import { api } from '../shell/api.js';
import { element, statusLine, table } from '../lib/dom.js';
import { formatDateTime, language, t } from '../lib/i18n.js';

const FORMATS = ['pdf', 'xlsx', 'csv'];
const FIELDS = ['report', 'region', 'format', 'lang', 'cron', 'recipients'];

const recipientList = (text) => text.split(/[\s,;]+/).map((r) => r.trim()).filter(Boolean);

function select(name, options, selected) {
  return element('select', { id: `schedule-${name}`, name }, options.map(([value, label]) =>
    element('option', { value, selected: value === (selected ?? '') }, label)));
}

function row(name, control, hint) {
  const error = element('p', { className: 'field-error', id: `schedule-${name}-error`, hidden: true });
  control.setAttribute('aria-describedby', `schedule-${name}-error${hint ? ` schedule-${name}-hint` : ''}`);
  return {
    name, control, error,
    el: element('div', { className: 'form-row' }, element('label', { for: `schedule-${name}` }, t(`schedules.${name}`)),
      control, hint ? element('small', { id: `schedule-${name}-hint` }, hint) : '', error),
  };
}

/** Shows the server's problem at its field (the problem names it), or in the status line when it names none. */
function showProblem(rows, error, status) {
  rows.forEach((r) => { r.error.hidden = true; r.control.removeAttribute('aria-invalid'); });
  const target = rows.find((r) => r.name === error.problem?.field);
  if (!target) {
    status.show(t('schedules.failed', { detail: error.message }), true);
    return;
  }
  target.error.textContent = error.message;
  target.error.hidden = false;
  target.control.setAttribute('aria-invalid', 'true');
  status.show(t('schedules.invalid'), true);
  target.control.focus();
}

/** The next runs of the cron expression as the server computes them, so "0 0 7 * * MON" reads as dates. */
function cronPreview(input, output) {
  let timer = null;
  const update = async () => {
    const cron = input.value.trim();
    if (!cron) {
      output.textContent = t('schedules.cronHint');
      return;
    }
    try {
      const { nextRuns } = await api.get(`/api/reports/schedules/next-runs?cron=${encodeURIComponent(cron)}`);
      output.textContent = t('schedules.nextRuns', { runs: nextRuns.map(formatDateTime).join(' · ') });
    } catch (error) {
      output.textContent = error.message;
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  });
  update();
}

function scheduleForm(schedule, catalogue, regions, status, done) {
  const recipients = element('textarea', { id: 'schedule-recipients', name: 'recipients', rows: 2 },
    (schedule?.recipients || []).join(', '));
  const cron = element('input', { id: 'schedule-cron', name: 'cron', value: schedule?.cron || '0 0 7 * * MON',
    required: true, autocomplete: 'off', spellcheck: 'false' });
  const rows = [
    row('report', select('report', catalogue.map((r) => [r.id, r.title]), schedule?.report || 'state-of-vital-partnerships')),
    row('region', select('region', [['', t('reports.allRegions')], ...regions.map((r) => [r.region, r.regionName])],
      schedule?.region), t('schedules.regionHint')),
    row('format', select('format', FORMATS.map((f) => [f, f.toUpperCase()]), schedule?.format || 'pdf')),
    row('lang', select('lang', [['nl', 'Nederlands'], ['en', 'English']], schedule?.lang || language())),
    row('cron', cron, t('schedules.cronHint')),
    row('recipients', recipients, t('schedules.recipientsHint')),
  ];
  cronPreview(cron, rows.find((r) => r.name === 'cron').el.querySelector('small'));
  const form = element('form', { className: 'edit-form schedule-form', 'aria-labelledby': 'schedule-form-title' },
    element('h3', { id: 'schedule-form-title' }, schedule ? t('schedules.editTitle') : t('schedules.newTitle')),
    rows.map((r) => r.el),
    element('div', { className: 'buttons' },
      element('button', { type: 'button', onClick: () => done(false) }, t('schedules.cancel')),
      element('button', { type: 'submit', className: 'primary' }, t('schedules.save'))));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') done(false);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value]));
    const body = { ...data, region: data.region || null, recipients: recipientList(data.recipients) };
    try {
      if (schedule) await api.put(`/api/reports/schedules/${encodeURIComponent(schedule.id)}`, body);
      else await api.post('/api/reports/schedules', body);
      status.show(t('schedules.saved'));
      done(true);
    } catch (error) {
      showProblem(rows, error, status);
    }
  });
  return form;
}

function confirmDelete(schedule, title, onConfirm) {
  const dialog = element('dialog', { className: 'dialog' },
    element('form', { method: 'dialog' },
      element('p', {}, t('schedules.confirmDelete', { report: title, cron: schedule.cron })),
      element('div', { className: 'buttons' },
        element('button', { value: 'cancel', autofocus: true }, t('schedules.cancel')),
        element('button', { value: 'delete', className: 'danger' }, t('schedules.delete')))));
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (dialog.returnValue === 'delete') onConfirm();
  });
  document.body.append(dialog);
  dialog.showModal();
}

function outcome(schedule) {
  if (!schedule.lastRunAt) return element('span', { className: 'hint' }, t('schedules.notRunYet'));
  const failed = schedule.lastOutcome?.startsWith('failed');
  return element('span', {}, formatDateTime(schedule.lastRunAt), ' ',
    element('span', { className: `badge ${failed ? 'state-expired' : 'state-active'}` },
      failed ? t('schedules.failedRun') : t('schedules.succeeded')),
    element('div', { className: 'hint' }, schedule.lastOutcome));
}

/** The buttons of one schedule: edit, run now, delete. */
function scheduleActions(schedule, { status, titleOf, reload, openForm, newButton }) {
  const edit = element('button', { type: 'button', className: 'schedule-edit' }, t('schedules.edit'));
  edit.addEventListener('click', () => openForm(schedule, edit));
  const runNow = element('button', { type: 'button', className: 'schedule-run' }, t('schedules.runNow'));
  runNow.addEventListener('click', async () => {
    runNow.disabled = true;
    status.show(t('schedules.running'));
    try {
      const ran = await api.post(`/api/reports/schedules/${encodeURIComponent(schedule.id)}/run`, {});
      await reload();
      status.show(t('schedules.ran', { outcome: ran.lastOutcome }), ran.lastOutcome.startsWith('failed'));
    } catch (error) {
      status.show(t('schedules.failed', { detail: error.message }), true);
      runNow.disabled = false;
    }
  });
  const remove = element('button', { type: 'button', className: 'schedule-delete danger' }, t('schedules.delete'));
  remove.addEventListener('click', () => confirmDelete(schedule, titleOf(schedule.report), async () => {
    try {
      await api.delete(`/api/reports/schedules/${encodeURIComponent(schedule.id)}`);
      status.show(t('schedules.deleted'));
      await reload();
      newButton.focus();
    } catch (error) {
      status.show(t('schedules.failed', { detail: error.message }), true);
    }
  }));
  return element('td', { className: 'actions' }, edit, ' ', runNow, ' ', remove);
}

/** The "Geplande rapportages" section; `catalogue` and `regions` fill the form's choices. */
export async function scheduleSection(catalogue, regions) {
  const status = statusLine('');
  const list = element('div', { className: 'schedule-list' });
  const formSlot = element('div', {});
  const titleOf = (id) => catalogue.find((r) => r.id === id)?.title || id;
  const newButton = element('button', { type: 'button', className: 'primary', id: 'schedule-new' }, t('schedules.new'));
  let reload = null;

  const openForm = (schedule, returnFocus) => {
    const form = scheduleForm(schedule, catalogue, regions, status, async (saved) => {
      formSlot.replaceChildren();
      newButton.hidden = false;
      if (saved) await reload();
      (returnFocus?.isConnected ? returnFocus : newButton).focus();
    });
    newButton.hidden = true;
    formSlot.replaceChildren(form);
    form.querySelector('select, input').focus();
  };

  const actions = (schedule) => scheduleActions(schedule, { status, titleOf, reload: () => reload(), openForm, newButton });

  reload = async () => {
    const schedules = await api.get('/api/reports/schedules');
    list.replaceChildren(schedules.length === 0
      ? element('p', { className: 'message empty-state' }, t('schedules.empty'))
      : table(['report', 'parameters', 'format', 'cron', 'recipients', 'folder', 'lastRun', 'nextRun', 'actions']
        .map((c) => t(`schedules.column.${c}`)), schedules.map((s) => element('tr', { 'data-schedule': s.id },
        element('td', {}, titleOf(s.report)),
        element('td', {}, [s.region || t('reports.allRegions'), s.lang.toUpperCase()].join(' · ')),
        element('td', {}, s.format.toUpperCase()),
        element('td', {}, element('code', {}, s.cron)),
        element('td', {}, s.recipients.join(', ') || element('span', { className: 'hint' }, t('schedules.noRecipients'))),
        element('td', {}, element('code', {}, s.folder)),
        element('td', {}, outcome(s)),
        element('td', {}, s.nextRuns.length ? formatDateTime(s.nextRuns[0]) : '–'),
        actions(s))), t('schedules.title')));
  };

  newButton.addEventListener('click', () => openForm(null, newButton));
  const section = element('section', { className: 'report-schedules', 'aria-labelledby': 'schedules-title' },
    element('h2', { id: 'schedules-title' }, t('schedules.title')),
    element('p', { className: 'hint' }, t('schedules.intro')), status, list, newButton, formSlot);
  await reload();
  return section;
}
