// Administrators: which data sets are loaded, and removing the example data in one all-or-nothing action.
import { api } from './api.js';
import { element, statusLine } from './dom.js';
import { formatNumber, t } from './i18n.js';
import { datasetList } from './overview.js';

const problemText = (error) => (error.translated ? error.message : t('error.generic', { detail: error.message }));

/** Asks before removing: what goes and what stays, in the counts of the overview. Resolves true to go on. */
function confirmRemoval(datasets) {
  return new Promise((resolve) => {
    const dialog = element('dialog', { className: 'dialog', id: 'remove-examples-dialog',
      'aria-labelledby': 'remove-examples-title' },
    element('form', { method: 'dialog' },
      element('h2', { id: 'remove-examples-title' }, t('datasets.confirmTitle')),
      element('p', {}, t('datasets.confirmGoes', { count: formatNumber(datasets.examples.nodes) })),
      element('p', {}, t('datasets.confirmStays', { count: formatNumber(datasets.reference.nodes) })),
      element('p', {}, element('strong', {}, t('datasets.confirmFinal'))),
      element('div', { className: 'buttons' },
        element('button', { value: 'cancel', autofocus: true }, t('datasets.cancel')),
        element('button', { value: 'remove', className: 'danger', id: 'confirm-remove-examples' }, t('datasets.confirm')))));
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'remove');
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

async function remove(datasets, button, status, progress, reload) {
  if (!await confirmRemoval(datasets)) return;
  button.disabled = true;
  progress.hidden = false;
  status.show(t('datasets.removing'));
  try {
    const removed = await api.delete('/api/dataset/examples');
    status.show(t('datasets.removed', { nodes: formatNumber(removed.nodes),
      relationships: formatNumber(removed.relationships), userRelationships: formatNumber(removed.userRelationships) }));
  } catch (error) {
    status.show(problemText(error), true);
  } finally {
    progress.hidden = true;
  }
  // The counts as they are now, the result (or the refusal) kept in the status line.
  await reload();
}

export async function render(main) {
  const status = statusLine('');
  status.id = 'datasets-status';
  status.show('');
  const progress = element('progress', { id: 'remove-examples-progress', hidden: true,
    'aria-label': t('datasets.removing') });
  const sets = element('div', { id: 'dataset-summary' }, t('datasets.loading'));
  const button = element('button', { type: 'button', className: 'danger', id: 'remove-examples', disabled: true },
    t('datasets.remove'));
  const nothing = element('p', { className: 'hint', id: 'no-examples', hidden: true }, t('datasets.nothingToRemove'));
  let datasets = null;
  const reload = async () => {
    try {
      ({ datasets } = await api.get('/api/overview'));
      sets.replaceChildren(datasetList(datasets));
      button.disabled = !datasets.examples.loaded;
      nothing.hidden = datasets.examples.loaded;
    } catch (error) {
      status.show(problemText(error), true);
    }
  };
  button.addEventListener('click', () => remove(datasets, button, status, progress, reload));
  main.append(element('h1', {}, t('datasets.title')), element('p', { className: 'intro' }, t('datasets.intro')), sets,
    element('section', { className: 'remove-examples', 'aria-labelledby': 'remove-examples-heading' },
      element('h2', { id: 'remove-examples-heading' }, t('datasets.removeTitle')),
      element('p', {}, t('datasets.removeIntro')), nothing, button, progress, status));
  await reload();
}
