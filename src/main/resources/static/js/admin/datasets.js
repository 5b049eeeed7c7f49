// The data sets: which are loaded, the reference version and the differences it held back for editors to decide,
// and (administrators) removing the example data in one all-or-nothing action.
import { api } from '../shell/api.js';
import { confirmDialog, element, statusLine } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { datasetList } from '../shell/overview.js';
import { referenceSection } from './reference-update.js';

const problemText = (error) => (error.translated ? error.message : t('error.generic', { detail: error.message }));

/** Asks before removing: what goes and what stays, in the counts of the overview. Resolves true to go on. */
function confirmRemoval(datasets) {
  return confirmDialog({ id: 'remove-examples-dialog', title: t('datasets.confirmTitle'),
    paragraphs: [t('datasets.confirmGoes', { count: formatNumber(datasets.examples.nodes) }),
      t('datasets.confirmStays', { count: formatNumber(datasets.reference.nodes) }),
      element('strong', {}, t('datasets.confirmFinal'))],
    cancel: t('datasets.cancel'), confirm: t('datasets.confirm'), confirmId: 'confirm-remove-examples', danger: true });
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

/** Administrators only: the example data out, keeping the reference and everyone's own; `show` takes the counts. */
function removalSection(reload) {
  const status = statusLine('');
  status.id = 'datasets-status';
  status.show('');
  const progress = element('progress', { id: 'remove-examples-progress', hidden: true,
    'aria-label': t('datasets.removing') });
  const button = element('button', { type: 'button', className: 'danger', id: 'remove-examples', disabled: true },
    t('datasets.remove'));
  const nothing = element('p', { className: 'hint', id: 'no-examples', hidden: true }, t('datasets.nothingToRemove'));
  let datasets = null;
  button.addEventListener('click', () => remove(datasets, button, status, progress, reload));
  const section = element('section', { className: 'remove-examples', 'aria-labelledby': 'remove-examples-heading' },
    element('h2', { id: 'remove-examples-heading' }, t('datasets.removeTitle')),
    element('p', {}, t('datasets.removeIntro')), nothing, button, progress, status);
  return { section, show: (loaded) => {
    datasets = loaded;
    button.disabled = !datasets.examples.loaded;
    nothing.hidden = datasets.examples.loaded;
  } };
}

export async function render(main, { me }) {
  const sets = element('div', { id: 'dataset-summary' }, t('datasets.loading'));
  const status = statusLine('');
  status.show('');
  const reload = async () => {
    try {
      const { datasets } = await api.get('/api/overview');
      sets.replaceChildren(datasetList(datasets));
      removal?.show(datasets);
    } catch (error) {
      status.show(problemText(error), true);
    }
  };
  const removal = me.roles.includes('ADMIN') ? removalSection(reload) : null;
  const reference = referenceSection();
  main.append(element('h1', {}, t('datasets.title')), element('p', { className: 'intro' }, t('datasets.intro')),
    sets, status, ...reference.sections, removal ? removal.section : '');
  await Promise.all([reload(), reference.load()]);
}
