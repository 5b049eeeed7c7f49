// The start screen: what the knowledge base holds, per kind, with the share of public and illustrative data.
import { api } from './api.js';
import { element as create } from './dom.js';
import { formatNumber, t } from './i18n.js';

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

function card(kind) {
  const item = element('li', 'kind-card');
  item.dataset.label = kind.label;
  item.append(element('span', 'count', formatNumber(kind.total)), element('span', 'label', t(`label.${kind.label}`)));
  if (kind.total > 0) item.append(originBar(kind));
  return item;
}

export async function render(main) {
  main.append(element('h1', null, t('overview.title')), element('p', 'intro', t('overview.intro')));
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
  } catch (error) {
    status.textContent = t('overview.error', { detail: error.message });
    status.classList.add('error');
  }
}
