// The landing view: the 25 safety regions on the map, sized and coloured by a chosen measure, with the ties
// between them. Clicking a region opens its network; clicking a tie shows what the two regions share.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { api } from '../shell/api.js';
import { element } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { landingStyle } from '../lib/graph-style.js';
import { project } from '../lib/geo.js';
import { mapLayer } from './map.js';

export const MEASURES = ['partners', 'covenants', 'overdueActions'];
export const TIES = ['sharedPartners', 'jointCovenants', 'sharedNetworks', 'none'];
const LIGHT = [222, 235, 247];
const DARK = [8, 69, 148];

function shade(share) {
  const mix = LIGHT.map((c, i) => Math.round(c + (DARK[i] - c) * share));
  return `rgb(${mix.join(',')})`;
}

function elementsFor(landing, measure, tie) {
  const most = Math.max(1, ...landing.regions.map((r) => r[measure]));
  const strongest = tie === 'none' ? 1 : Math.max(1, ...landing.ties.map((x) => x[tie]));
  return [
    ...landing.regions.map((r) => ({ group: 'nodes', data: { id: r.id, name: r.name,
      caption: `${r.name} (${formatNumber(r[measure])})`, size: 30 + 110 * Math.sqrt(r[measure] / most),
      colour: shade(r[measure] / most), region: r }, position: project(r.lat, r.lon) })),
    ...(tie === 'none' ? [] : landing.ties.filter((x) => x[tie] > 0).map((x) => ({ group: 'edges',
      data: { id: `${x.source}~${x.target}`, source: x.source, target: x.target, tie: x,
        width: 2 + 22 * (x[tie] / strongest) } }))),
  ];
}

/**
 * Renders the landing view into `host`. `onRegion(id)` opens a region's network, `onTie(a, b)` the partners two
 * regions share. Returns a handle to show it again and to read the regions.
 */
export async function renderLanding(host, { status, onRegion, onTie }) {
  const wrap = element('div', { className: 'graph-wrap landing-wrap' });
  const container = element('div', { id: 'landing-graph', className: 'graph-canvas', tabindex: '0', role: 'img',
    'aria-label': t('landing.title') });
  wrap.append(container);
  const measure = element('select', { id: 'landing-measure', 'aria-label': t('landing.measure') },
    MEASURES.map((m) => element('option', { value: m }, t(`landing.measure.${m}`))));
  const tie = element('select', { id: 'landing-ties', 'aria-label': t('landing.ties') },
    TIES.map((x) => element('option', { value: x }, t(`landing.tie.${x}`))));
  const asOf = element('input', { type: 'date', id: 'landing-asOf', 'aria-label': t('landing.asOf') });
  const summary = element('p', { className: 'hint', id: 'landing-summary' });
  host.append(element('div', { className: 'landing-controls' },
    element('label', {}, t('landing.measure'), measure), element('label', {}, t('landing.ties'), tie),
    element('label', {}, t('landing.asOf'), asOf), summary), wrap);

  const cy = cytoscape({ container, style: landingStyle, autoungrabify: true, wheelSensitivity: 0.3,
    minZoom: 0.1, maxZoom: 4 });
  const map = mapLayer(wrap, cy);
  let landing = null;

  const draw = () => {
    cy.elements().remove();
    cy.add(elementsFor(landing, measure.value, tie.value));
    const most = Math.max(1, ...landing.regions.map((r) => r[measure.value]));
    map.colour(Object.fromEntries(landing.regions.map((r) => [r.id, shade(0.15 + 0.35 * (r[measure.value] / most))])));
    cy.fit(undefined, 20);
    summary.textContent = t('landing.summary', { regions: landing.regions.length,
      ties: formatNumber(cy.edges().length), date: landing.asOf });
  };
  const load = async () => {
    landing = await api.get(`/api/landing${asOf.value ? `?asOf=${asOf.value}` : ''}`);
    if (!asOf.value) asOf.value = landing.asOf;
    draw();
  };
  measure.addEventListener('change', draw);
  tie.addEventListener('change', draw);
  asOf.addEventListener('change', () => load().catch((error) => status.show(error.message, true)));
  cy.on('tap', 'node', (event) => onRegion(event.target.id()));
  cy.on('tap', 'edge', (event) => {
    const x = event.target.data('tie');
    const [a, b] = [cy.getElementById(x.source).data('name'), cy.getElementById(x.target).data('name')];
    status.show(t('landing.tieDetails', { a, b, partners: x.sharedPartners, covenants: x.jointCovenants,
      networks: x.sharedNetworks }));
    onTie(x.source, x.target);
  });
  await map.show(true);
  await load();
  return {
    cy,
    regions: () => landing.regions,
    show() { cy.resize(); map.redraw(); cy.fit(undefined, 20); },
  };
}
