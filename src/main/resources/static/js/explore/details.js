// The details panel: the selected node with all its properties under Dutch (or English) labels, its
// relationships per type, and the sources behind it; the explorer passes the buttons (`context.baseActions`).
import { api } from '../shell/api.js';
import { element } from '../lib/dom.js';
import { formatDate, formatNumber, t } from '../lib/i18n.js';
import { kindLabel, propertyLabel, valueLabel } from '../lib/labels.js';
import { relationshipName } from './expand.js';

function propertyRows(properties, hidden = ['name', 'id', 'verification']) {
  return Object.entries(properties).filter(([key]) => !hidden.includes(key))
    .map(([key, value]) => element('tr', {}, element('th', { scope: 'row' }, propertyLabel(key)),
      element('td', {}, valueLabel(key, value))));
}

/** How sure an item is, in words: an example, another origin, or the verification status of a public fact. */
export function verificationText(properties) {
  if (properties.origin && properties.origin !== 'public') return t(`origin.${properties.origin}`);
  const status = ['verified', 'derived'].includes(properties.verification) ? properties.verification : 'unverified';
  return t(`verification.${status}`);
}

/** An item taken out of the scene (removed, undone) leaves the panel: it shows the hint again. */
export function clearIfGone(panel, cy) {
  const { item } = panel.dataset;
  if (!item || cy.getElementById(item).nonempty()) return;
  delete panel.dataset.item;
  panel.replaceChildren(element('p', { className: 'hint' }, t('explore.empty')));
}

/** When a source was published and when it was read: how current the facts from it are. */
function sourceDates(source) {
  const dates = [source.publishedOn && t('explore.publishedOn', { date: formatDate(source.publishedOn) }),
    source.accessedOn && t('explore.accessedOn', { date: formatDate(source.accessedOn) })].filter(Boolean);
  return dates.length ? element('span', { className: 'source-date' }, ` (${dates.join(', ')})`) : '';
}

/** Only web addresses become links; anything else in the data stays text. */
function sourceItem(source) {
  const title = source.publisher ? `${source.name} — ${source.publisher}` : source.name;
  const safe = /^https?:\/\//i.test(source.url || '');
  return element('li', {}, safe ? element('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, title)
    : title, sourceDates(source));
}

/**
 * Where the item comes from; for a public fact also how sure it is, in words next to the status (not only on hover).
 * A public item without a status counts as unverified: nobody has said it was checked.
 */
function originNote(properties) {
  if (properties.origin === 'illustrative') return element('p', { className: 'illustrative-note' }, t('explore.illustrative'));
  if (properties.origin && properties.origin !== 'public') {
    return element('p', { className: 'origin-note' }, t(`origin.${properties.origin}`));
  }
  const status = ['verified', 'derived'].includes(properties.verification) ? properties.verification : 'unverified';
  return element('p', { className: `origin-note verification verification-${status}`, 'data-verification': status },
    `${t('origin.public')} · `, element('strong', { title: t(`verification.${status}.explanation`) },
      t(`verification.${status}`)), `: ${t(`verification.${status}.explanation`)}`);
}

/** The reports that say more about a node of a kind; a region's open on that region. */
const RELATED_REPORTS = {
  SafetyRegion: ['region-profile', 'coverage', 'action-items', 'exercises', 'partner-profiles'],
  Partner: ['coverage', 'exercises', 'partner-profiles'],
  Covenant: ['coverage', 'action-items'],
  ActionItem: ['action-items'],
  Theme: ['action-items'],
  Exercise: ['exercises'],
  Network: ['networks'],
  Sector: ['coverage', 'networks'],
  PartnerProfile: ['partner-profiles'],
  IncidentType: ['partner-profiles'],
};

function reportLinks(node) {
  const region = node.labels[0] === 'SafetyRegion' ? `&region=${encodeURIComponent(node.id)}` : '';
  return (RELATED_REPORTS[node.labels[0]] || []).map((report) => element('li', {},
    element('a', { href: `#/reports?report=${report}${region}` }, t(`explore.report.${report}`))));
}

/** The node with its properties, its relationships per type and direction, and its sources. */
export function nodeDetails(id) {
  return api.get(`/api/graph/nodes/${encodeURIComponent(id)}`);
}

/** Shows a node in the panel; `known`: its details when the caller has them already, so they are not asked again. */
export async function showDetails(panel, id, context, known = null) {
  // The panel shows what was chosen last: an answer that arrives after another choice is dropped.
  panel.dataset.item = id;
  const details = known?.node.id === id ? known : await nodeDetails(id);
  if (panel.dataset.item !== id) return;
  const { node } = details;
  const actions = context.baseActions(node).filter(Boolean);
  const reports = reportLinks(node);
  panel.replaceChildren(
    element('h2', {}, node.name),
    element('p', { className: 'node-kind' }, `${kindLabel(node.labels[0])} · ${node.id}`),
    originNote(node.properties),
    element('div', { className: 'panel-actions' }, actions),
    element('h3', {}, t('explore.details')),
    element('table', { className: 'properties' }, element('tbody', {}, propertyRows(node.properties))),
    element('h3', {}, t('explore.relationships')),
    element('ul', { className: 'degrees' }, details.degrees.map((d) => element('li', {},
      element('button', { type: 'button', className: 'link', title: t('explore.expandType'),
        onClick: () => context.expandType(node.id, d) },
      `${relationshipName(d.type, d.direction)}: ${formatNumber(d.count)}`)))),
    ...(reports.length ? [element('h3', {}, t('explore.reports')), element('ul', { className: 'report-links' }, reports)]
      : []),
    element('h3', {}, t('explore.sources')),
    details.sources.length ? element('ul', { className: 'sources' }, details.sources.map(sourceItem))
      : element('p', { className: 'hint' }, t('explore.noSources')));
}

/**
 * A selected relationship: its two ends, how sure it is (a service area can be verified while the partner is only
 * derived, or the other way round), its properties and the sources it names, each opened in the explorer.
 */
export function showRelationship(panel, edge) {
  panel.dataset.item = edge.id();
  const { type, props = {} } = edge.data();
  const sources = [props.source || []].flat();
  panel.replaceChildren(
    element('h2', {}, relationshipName(type, 'out')),
    element('p', { className: 'node-kind relationship-ends' },
      `${edge.source().data('name') || edge.source().id()} → ${edge.target().data('name') || edge.target().id()}`),
    originNote(props),
    element('h3', {}, t('explore.details')),
    element('table', { className: 'properties' }, element('tbody', {},
      propertyRows(props, ['verification', 'source', 'origin']))),
    element('h3', {}, t('explore.sources')),
    sources.length ? element('ul', { className: 'sources' }, sources.map((id) => element('li', {},
      element('a', { href: `#/explore?node=${encodeURIComponent(id)}` }, id))))
      : element('p', { className: 'hint' }, t('explore.noSources')));
}
