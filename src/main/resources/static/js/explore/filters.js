// Filters over what is in the scene, with counts: type, origin, covenant status, partner category, region,
// sector, and an as-of date (covenants in force and exercises held by then). Their state is saved with a scene.
import { element } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { labelPlural, valueLabel } from '../lib/labels.js';

/** Each facet hides the values that are unticked; new values are shown, so nothing vanishes silently. */
const FACETS = [
  { key: 'labels', title: 'explore.filter.type', value: (n) => n.data('label'), text: labelPlural },
  { key: 'origins', title: 'explore.filter.origin', value: (n) => n.data('origin') || 'public',
    text: (v) => t(`origin.${v}`) },
  { key: 'covenantStatus', title: 'explore.filter.covenantStatus', applies: (n) => n.data('label') === 'Covenant',
    value: (n) => n.data('status'), text: (v) => valueLabel('status', v) },
  { key: 'partnerCategory', title: 'explore.filter.partnerCategory', applies: (n) => n.data('label') === 'Partner',
    value: (n) => n.data('category'), text: (v) => valueLabel('category', v) },
];

export function emptyFilters() {
  return { labels: [], origins: [], covenantStatus: [], partnerCategory: [], region: '', sector: '', asOf: '' };
}

/** On the date, a covenant is in force (not a draft, within its validity), an exercise has been held. */
function standsOn(node, date) {
  const p = node.data('props') || {};
  if (node.data('label') === 'Covenant') {
    return p.status !== 'draft' && (!p.validFrom || p.validFrom <= date) && (!p.validUntil || p.validUntil >= date)
      && (p.signedOn ? p.signedOn <= date : true);
  }
  if (node.data('label') === 'Exercise') return !p.heldOn || p.heldOn <= date;
  return true;
}

/** Marks what the filters hide with the `filtered` class; returns how many nodes are hidden. */
export function applyFilters(cy, filters) {
  const near = (id) => {
    const anchor = id ? cy.getElementById(id) : cy.collection();
    return anchor.nonempty() ? anchor.closedNeighborhood('node') : null;
  };
  const inRegion = near(filters.region);
  const inSector = near(filters.sector);
  let hidden = 0;
  cy.batch(() => cy.nodes().forEach((node) => {
    const out = FACETS.some((f) => (!f.applies || f.applies(node)) && (filters[f.key] || []).includes(f.value(node)))
      || (inRegion && !inRegion.contains(node)) || (inSector && !inSector.contains(node))
      || (filters.asOf && !standsOn(node, filters.asOf));
    // Cytoscape restyles every element it is asked to toggle, changed or not: on a big scene that costs seconds.
    if (node.hasClass('filtered') !== out) node.toggleClass('filtered', out);
    if (out) hidden += 1;
  }));
  return hidden;
}

function counts(cy, facet) {
  const result = new Map();
  cy.nodes().filter((n) => !facet.applies || facet.applies(n)).forEach((n) => {
    const value = facet.value(n);
    if (value) result.set(value, (result.get(value) || 0) + 1);
  });
  return [...result].sort((a, b) => b[1] - a[1]);
}

function anchorSelect(cy, label, name, filters, onChange) {
  const select = element('select', { id: `filter-${name}`, 'aria-label': t(`explore.filter.${name}`) },
    element('option', { value: '' }, t('explore.filter.any')),
    cy.nodes(`[label = "${label}"]`).map((n) => element('option', { value: n.id() }, n.data('name'))));
  select.value = filters[name];
  select.addEventListener('change', () => onChange({ ...filters, [name]: select.value }));
  return element('label', {}, t(`explore.filter.${name}`), select);
}

/** Renders the filter panel into `host` for the current scene; `onChange(newFilters)` applies a change. */
export function renderFilters(host, cy, filters, hidden, onChange) {
  const facets = FACETS.map((facet) => {
    const rows = counts(cy, facet);
    if (rows.length === 0) return '';
    return element('fieldset', {}, element('legend', {}, t(facet.title)),
      rows.map(([value, count]) => {
        const box = element('input', { type: 'checkbox', 'data-facet': facet.key, value,
          checked: !(filters[facet.key] || []).includes(value) });
        box.addEventListener('change', () => {
          const off = new Set(filters[facet.key] || []);
          if (box.checked) off.delete(value); else off.add(value);
          onChange({ ...filters, [facet.key]: [...off] });
        });
        return element('label', { className: 'facet' }, box, ` ${facet.text(value)} `,
          element('span', { className: 'count' }, formatNumber(count)));
      }));
  });
  const asOf = element('input', { type: 'date', id: 'filter-asOf', value: filters.asOf || '' });
  asOf.addEventListener('change', () => onChange({ ...filters, asOf: asOf.value }));
  host.replaceChildren(
    element('p', { className: hidden ? 'filter-summary active' : 'filter-summary' },
      hidden ? t('explore.filter.hidden', { count: formatNumber(hidden) }) : t('explore.filter.none')),
    ...facets.filter(Boolean),
    anchorSelect(cy, 'SafetyRegion', 'region', filters, onChange),
    anchorSelect(cy, 'Sector', 'sector', filters, onChange),
    element('label', {}, t('explore.filter.asOf'), asOf),
    element('button', { type: 'button', id: 'filter-reset', onClick: () => onChange(emptyFilters()) },
      t('explore.filter.reset')));
}
