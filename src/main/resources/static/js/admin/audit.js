// Administrators: the audit trail, filtered and exported.
import { api } from '../shell/api.js';
import { element, statusLine, table } from '../lib/dom.js';
import { formatDateTime, t } from '../lib/i18n.js';

const KINDS = ['', 'login', 'user', 'import', 'edit', 'cypher'];

function query(action, user, format) {
  const params = new URLSearchParams({ limit: '500' });
  if (action) params.set('action', action);
  if (user) params.set('user', user);
  if (format) params.set('format', format);
  return `/api/audit?${params}`;
}

/** A code of the audit trail in words (action, outcome); the code itself for one this screen does not know yet. */
function word(prefix, code) {
  const text = t(`${prefix}.${code}`);
  return text === `${prefix}.${code}` ? code : text;
}

function row(entry) {
  return element('tr', {},
    element('td', {}, formatDateTime(entry.at)),
    element('td', {}, entry.user ?? ''), element('td', {}, word('audit.actionName', entry.action)),
    element('td', {}, entry.target ?? ''), element('td', {}, entry.outcome ? word('audit.outcomeName', entry.outcome) : ''),
    element('td', { className: 'details' }, entry.details ?? ''));
}

export async function render(main) {
  const status = statusLine(t('audit.loading'));
  const action = element('select', { id: 'audit-action' },
    KINDS.map((kind) => element('option', { value: kind }, kind ? t(`audit.kind.${kind}`) : t('audit.all'))));
  const user = element('input', { id: 'audit-user' });
  const exportLink = element('a', { className: 'button-link', href: query('', '', 'csv') }, t('audit.export'));
  const list = element('div', { id: 'audit-list' });
  const load = async () => {
    exportLink.href = query(action.value, user.value.trim(), 'csv');
    try {
      const entries = await api.get(query(action.value, user.value.trim()));
      status.show(entries.length === 0 ? t('audit.empty') : '');
      list.replaceChildren(entries.length === 0 ? '' : table(
        [t('audit.at'), t('audit.user'), t('audit.action'), t('audit.target'), t('audit.outcome'), t('audit.details')],
        entries.map(row), t('audit.title')));
    } catch (error) {
      status.show(t('error.generic', { detail: error.message }), true);
    }
  };
  const filters = element('form', { className: 'inline-form', onSubmit: (event) => { event.preventDefault(); load(); } },
    element('label', { for: 'audit-action' }, t('audit.filterAction')), action,
    element('label', { for: 'audit-user' }, t('audit.filterUser')), user,
    element('button', { type: 'submit', className: 'primary' }, t('audit.apply')), exportLink);
  main.append(element('h1', {}, t('audit.title')), element('p', { className: 'intro' }, t('audit.intro')),
    filters, status, list);
  await load();
}
