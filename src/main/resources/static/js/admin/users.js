// Administrators: accounts, roles, regions, passwords.
import { api } from '../shell/api.js';
import { element, statusLine, table } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

const ROLES = ['VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'];

const highestRole = (roles) => ROLES.filter((r) => roles.includes(r)).pop() || 'VIEWER';
const regionList = (text) => text.split(/[\s,;]+/).map((r) => r.trim().toUpperCase()).filter(Boolean);
const problemText = (error) => (error.translated ? error.message : t('error.generic', { detail: error.message }));

function roleSelect(id, selected) {
  return element('select', { id, name: 'role' },
    ROLES.map((role) => element('option', { value: role, selected: role === selected }, t(`role.${role}`))));
}

function createForm(status, reload) {
  const form = element('form', { className: 'inline-form', id: 'create-user' },
    element('label', { for: 'new-username' }, t('users.username')),
    element('input', { id: 'new-username', name: 'username', required: true, autocomplete: 'off' }),
    element('label', { for: 'new-password' }, t('users.password')),
    element('input', { id: 'new-password', name: 'password', type: 'password', required: true, autocomplete: 'new-password' }),
    element('label', { for: 'new-role' }, t('users.role')), roleSelect('new-role', 'VIEWER'),
    element('label', { for: 'new-regions' }, t('users.regions')),
    element('input', { id: 'new-regions', name: 'regions' }),
    element('button', { type: 'submit', className: 'primary' }, t('users.create')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const account = await api.post('/api/users', {
        username: data.get('username'), password: data.get('password'),
        roles: [data.get('role')], regions: regionList(data.get('regions')),
      });
      form.reset();
      status.show(t('users.created', { user: account.username }));
      await reload();
    } catch (error) {
      status.show(problemText(error), true);
    }
  });
  return form;
}

function passwordDialog(account, status) {
  const input = element('input', { type: 'password', id: 'reset-password', autocomplete: 'new-password', required: true });
  const dialog = element('dialog', { className: 'dialog' },
    element('form', { method: 'dialog' },
      element('label', { for: 'reset-password' }, t('users.newPasswordFor', { user: account.username })), input,
      element('div', { className: 'buttons' },
        element('button', { value: 'cancel', formnovalidate: true }, t('users.cancel')),
        element('button', { value: 'save', className: 'primary' }, t('users.save')))));
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue === 'save') {
      try {
        await api.post(`/api/users/${encodeURIComponent(account.username)}/password`, { password: input.value });
        status.show(t('users.passwordSet', { user: account.username }));
      } catch (error) {
        status.show(problemText(error), true);
      }
    }
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
}

function accountRow(account, status, reload) {
  const roleId = `role-${account.username}`;
  const role = roleSelect(roleId, highestRole(account.roles));
  role.setAttribute('aria-label', t('users.role'));
  const regions = element('input', { value: account.regions.join(', '), 'aria-label': t('users.regions'),
    placeholder: t('users.allRegions') });
  const enabled = element('input', { type: 'checkbox', checked: account.enabled, 'aria-label': t('users.enabled') });
  const save = element('button', { type: 'button' }, t('users.save'));
  save.addEventListener('click', async () => {
    try {
      await api.put(`/api/users/${encodeURIComponent(account.username)}`, {
        roles: [role.value], regions: regionList(regions.value), enabled: enabled.checked,
      });
      status.show(t('users.saved', { user: account.username }));
      await reload();
    } catch (error) {
      status.show(problemText(error), true);
    }
  });
  const reset = element('button', { type: 'button', onClick: () => passwordDialog(account, status) }, t('users.resetPassword'));
  return element('tr', { 'data-username': account.username },
    element('td', {}, account.username), element('td', {}, role), element('td', {}, regions),
    element('td', {}, element('label', {}, enabled, ' ', account.enabled ? t('users.enabled') : t('users.disabled'))),
    element('td', { className: 'actions' }, save, reset));
}

export async function render(main) {
  const status = statusLine(t('users.loading'));
  const list = element('div', { id: 'user-list' });
  const reload = async () => {
    const accounts = await api.get('/api/users');
    list.replaceChildren(accounts.length === 0 ? element('p', {}, t('users.empty'))
      : table([t('users.username'), t('users.role'), t('users.regions'), t('users.status'), t('users.actions')],
        accounts.map((account) => accountRow(account, status, reload)), t('users.title')));
  };
  main.append(element('h1', {}, t('users.title')), element('p', { className: 'intro' }, t('users.intro')),
    status, createForm(status, reload), list);
  try {
    await reload();
    status.show('');
  } catch (error) {
    status.show(problemText(error), true);
  }
}
