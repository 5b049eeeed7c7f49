// The start screen: the tasks people come for, each a link to its screen; then what the knowledge base holds, per
// kind (each count a link to where those items are looked at), with the share of public and illustrative data, and
// which data sets are loaded.
import { api } from './api.js';
import { element as create } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';

const element = (tag, className, text) => create(tag, { className }, text);

function originBar(kind) {
  const bar = element('div', 'origin-bar');
  for (const [key, value] of [['public', kind.publicFacts], ['illustrative', kind.illustrative], ['user', kind.user]]) {
    if (value === 0) continue;
    const part = element('span', `origin-${key}`);
    part.style.flexGrow = String(value);
    part.title = `${formatNumber(value)} ${t(`overview.${key}`)}`;
    bar.append(part);
  }
  return bar;
}

// Regions and partners first: what people come for; the typology and sources last.
const DISPLAY_ORDER = ['SafetyRegion', 'Municipality', 'Partner', 'Covenant', 'ActionItem', 'Exercise', 'PartnerProfile',
  'Network', 'Person', 'Sector', 'VitalProcess', 'Asset', 'Theme', 'CrisisType', 'IncidentType', 'Source'];

// Where the items of a kind are looked at: the region map, the outage screen for what fails, or the report about them.
const KIND_SCREENS = {
  SafetyRegion: '#/explore', Municipality: '#/explore', Partner: '#/explore?view=shared',
  Covenant: '#/reports/coverage', ActionItem: '#/reports/action-items', Theme: '#/reports/action-items',
  Exercise: '#/reports/exercises', Network: '#/reports/networks', PartnerProfile: '#/reports/partner-profiles',
  Person: '#/reports/data-quality', Source: '#/reports/data-quality',
  Sector: '#/cascade', VitalProcess: '#/cascade', Asset: '#/cascade', CrisisType: '#/cascade', IncidentType: '#/cascade',
};

function card(kind) {
  const item = element('li', 'kind-card');
  item.dataset.label = kind.label;
  const counted = [element('span', 'count', formatNumber(kind.total)), element('span', 'label', t(`label.${kind.label}`))];
  item.append(KIND_SCREENS[kind.label] ? create('a', { href: KIND_SCREENS[kind.label], className: 'kind-link' }, counted)
    : create('span', { className: 'kind-link' }, counted));
  if (kind.total > 0) item.append(originBar(kind));
  return item;
}

// The tasks people come for, in the order a newcomer meets them.
const TASKS = [
  ['explore', '#/explore'],
  ['shared', '#/explore?view=shared'],
  ['outage', '#/cascade'],
  ['coverage', '#/reports/coverage'],
];

function tasks() {
  return create('section', { className: 'start-tasks', 'aria-labelledby': 'start-tasks-title' },
    create('h2', { id: 'start-tasks-title' }, t('overview.tasksTitle')),
    create('p', { className: 'hint', id: 'start-hint' }, t('overview.startHint')),
    create('ul', { className: 'task-list' }, TASKS.map(([task, href]) => create('li', { className: 'task' },
      create('a', { href, id: `task-${task}` }, t(`overview.task.${task}`)),
      create('p', {}, t(`overview.task.${task}Text`))))));
}

/** The loaded sets with their counts (`datasets` of GET /api/overview); the administration shows them too. */
export function datasetList({ reference, examples }) {
  return create('ul', { className: 'dataset-list' },
    create('li', { 'data-dataset': 'reference' }, t('overview.reference', { count: formatNumber(reference.nodes) })),
    create('li', { 'data-dataset': 'examples', 'data-loaded': String(examples.loaded) }, examples.loaded
      ? t('overview.examplesLoaded', { count: formatNumber(examples.nodes) }) : t('overview.examplesNotLoaded')));
}

/**
 * Which data sets are loaded: the reference always, the examples until an administrator removes them; the
 * administrator is told where.
 */
function datasetsSection(datasets, me) {
  const admin = datasets.examples.loaded && me?.roles.includes('ADMIN')
    ? create('p', { className: 'hint', id: 'examples-admin-hint' }, `${t('overview.examplesAdmin')} `,
      create('a', { href: '#/datasets' }, t('overview.examplesAdminLink')), '.') : null;
  return create('section', { className: 'datasets', id: 'datasets', 'aria-labelledby': 'datasets-title' },
    create('h2', { id: 'datasets-title' }, t('overview.datasets')), datasetList(datasets),
    create('p', { className: 'hint' }, t('overview.datasetsNote')), admin);
}

export async function render(main, { me } = {}) {
  main.append(element('h1', null, t('overview.startTitle')), element('p', 'intro', t('overview.intro')), tasks(),
    create('h2', { id: 'contents-title' }, t('overview.title')));
  const status = element('p', 'message', t('overview.loading'));
  status.setAttribute('role', 'status');
  main.append(status);
  try {
    const overview = await api.get('/api/overview');
    const total = overview.kinds.reduce((sum, kind) => sum + kind.total, 0);
    if (total === 0) {
      status.textContent = t('overview.empty');
      return;
    }
    status.remove();
    const list = element('ul', 'kind-cards');
    const byOrder = (a, b) => DISPLAY_ORDER.indexOf(a.label) - DISPLAY_ORDER.indexOf(b.label);
    [...overview.kinds].sort(byOrder).forEach((kind) => list.append(card(kind)));
    const legend = element('p', 'origin-legend');
    for (const key of ['public', 'illustrative', 'user']) {
      const entry = element('span', 'legend-entry');
      entry.append(element('span', `swatch origin-${key}`), document.createTextNode(t(`overview.${key}`)));
      legend.append(entry);
    }
    main.append(list, element('p', 'relationships', t('overview.relationships', { count: formatNumber(overview.relationships) })),
      legend, element('p', 'hint', t('overview.originNote')));
    if (overview.datasets) main.append(datasetsSection(overview.datasets, me));
  } catch (error) {
    status.textContent = t('overview.error', { detail: error.message });
    status.classList.add('error');
  }
}
