// One-click views for the questions analysts ask most: which partners two regions share, and which partners of a
// region also serve other regions. Both are built from the neighbourhood API, so its caps are reported as they are.
import { api } from '../shell/api.js';
import { element } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';

async function servedBy(regionId) {
  return api.get(`/api/graph/neighbourhood?id=${encodeURIComponent(regionId)}&types=SERVES&direction=in&limit=2000`);
}

/** The two regions and every partner that serves both, with their SERVES relationships. */
export async function sharedPartners(a, b) {
  const [first, second] = await Promise.all([servedBy(a), servedBy(b)]);
  const inSecond = new Set(second.nodes.map((n) => n.id));
  const shared = first.nodes.filter((n) => n.id !== a && n.id !== b && inSecond.has(n.id));
  const ids = new Set(shared.map((n) => n.id));
  const regions = [...first.nodes, ...second.nodes].filter((n) => n.id === a || n.id === b);
  return {
    graph: { nodes: [...regions.filter((n, i) => regions.findIndex((m) => m.id === n.id) === i), ...shared],
      edges: [...first.edges, ...second.edges].filter((e) => ids.has(e.source)),
      truncated: first.truncated || second.truncated },
    shared,
    national: shared.filter((n) => n.properties.scope === 'national').length,
  };
}

/** A region's partners that serve at least one other region, with those regions. */
export async function crossRegionalPartners(region) {
  const graph = await api.get(`/api/graph/neighbourhood?id=${encodeURIComponent(region)}&types=SERVES&depth=2`
    + '&limit=2000');
  const served = new Map();
  graph.edges.forEach((e) => served.set(e.source, (served.get(e.source) || 0) + 1));
  const partners = graph.nodes.filter((n) => n.labels[0] === 'Partner' && served.get(n.id) > 1);
  const keep = new Set([region, ...partners.map((n) => n.id)]);
  graph.edges.filter((e) => keep.has(e.source)).forEach((e) => keep.add(e.target));
  return {
    graph: { nodes: graph.nodes.filter((n) => keep.has(n.id)),
      edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)), truncated: graph.truncated },
    partners,
  };
}

function regionSelect(id, regions, value) {
  const select = element('select', { id, 'aria-label': t('views.region') },
    regions.map((r) => element('option', { value: r.id }, r.name)));
  if (value) select.value = value;
  return select;
}

/** The views panel; `show(graph, message, anchors)` puts a view's answer in the scene. */
export function viewsPanel(host, regions, { show, status }) {
  const a = regionSelect('view-region-a', regions, 'VR16');
  const b = regionSelect('view-region-b', regions, 'VR15');
  const c = regionSelect('view-region-c', regions, 'VR16');
  const name = (id) => regions.find((r) => r.id === id)?.name || id;
  const fail = (error) => status.show(error.message, true);
  const shareButton = element('button', { type: 'button', id: 'view-shared', onClick: async () => {
    if (a.value === b.value) { status.show(t('views.twoRegions'), true); return; }
    const answer = await sharedPartners(a.value, b.value).catch(fail);
    if (!answer) return;
    show(answer.graph, t('views.sharedFound', { count: formatNumber(answer.shared.length), national: answer.national,
      a: name(a.value), b: name(b.value) }), { [a.value]: { x: -400, y: 0 }, [b.value]: { x: 400, y: 0 } });
  } }, t('views.shared'));
  const crossButton = element('button', { type: 'button', id: 'view-cross', onClick: async () => {
    const answer = await crossRegionalPartners(c.value).catch(fail);
    if (!answer) return;
    show(answer.graph, t('views.crossFound', { count: formatNumber(answer.partners.length), region: name(c.value) }));
  } }, t('views.cross'));
  host.replaceChildren(
    element('fieldset', {}, element('legend', {}, t('views.sharedTitle')), a, b, shareButton),
    element('fieldset', {}, element('legend', {}, t('views.crossTitle')), c, crossButton));
  return { sharedOf(first, second) { a.value = first; b.value = second; shareButton.click(); } };
}
