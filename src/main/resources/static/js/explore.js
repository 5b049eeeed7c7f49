// The explorer: search, add to the scene, expand neighbours (double-click), undo, details of the selection.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { api } from './api.js';
import { element, statusLine } from './dom.js';
import { graphStyle, LABEL_COLOURS } from './graph-style.js';
import { itemActions } from './edit-form.js';
import { t } from './i18n.js';

const EXPAND_LIMIT = 60;
const PATH_HOPS = 4;
let cy = null;
const history = [];
/** The node a path search starts from, while the user picks its other end in the search box. */
let pathFrom = null;

function toElements(graph) {
  return [
    ...graph.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, name: n.name, label: n.labels[0],
      origin: n.properties.origin } })),
    ...graph.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
  ];
}

/** Adds what is new, remembers it for undo, and lays out the scene. */
function addToScene(graph) {
  const fresh = toElements(graph).filter((el) => cy.getElementById(el.data.id).empty());
  const added = cy.add(fresh);
  history.push(added.map((el) => el.id()));
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true }).run();
  return added.nodes().length;
}

function undo() {
  const ids = history.pop();
  if (ids) ids.forEach((id) => cy.getElementById(id).remove());
}

async function expand(id, status, expansions) {
  const seen = expansions.get(id) || 0;
  const limit = EXPAND_LIMIT * (seen + 1);
  const graph = await api.get(`/api/graph/neighbourhood?id=${encodeURIComponent(id)}&limit=${limit}`);
  expansions.set(id, seen + 1);
  const count = addToScene(graph);
  status.show(graph.truncated ? t('explore.truncated', { shown: graph.nodes.length - 1 })
    : t('explore.expanded', { count }));
}

function propertyRows(properties) {
  return Object.entries(properties).filter(([key]) => key !== 'name')
    .map(([key, value]) => element('tr', {}, element('th', { scope: 'row' }, key),
      element('td', {}, Array.isArray(value) ? value.join(', ') : String(value))));
}

async function findPath(from, to, status) {
  const graph = await api.get(`/api/graph/path?from=${encodeURIComponent(from.id)}&to=${encodeURIComponent(to.id)}`
    + `&maxHops=${PATH_HOPS}`);
  if (graph.nodes.length === 0) {
    status.show(t('explore.noPath', { from: from.name, to: to.name, hops: PATH_HOPS }), true);
    return;
  }
  addToScene(graph);
  cy.elements().removeClass('on-path');
  [...graph.nodes, ...graph.edges].forEach((el) => cy.getElementById(el.id).addClass('on-path'));
  const paths = graph.edges.filter((e) => e.source === from.id || e.target === from.id).length;
  status.show(t('explore.pathsFound', { count: Math.max(paths, 1), from: from.name, to: to.name }));
}

async function showDetails(panel, id, status, searchInput) {
  const details = await api.get(`/api/graph/nodes/${encodeURIComponent(id)}`);
  const { node } = details;
  const pathButton = element('button', { type: 'button', id: 'find-path', onClick: () => {
    pathFrom = { id: node.id, name: node.name };
    status.show(t('explore.pickTarget', { name: node.name }));
    searchInput.focus();
  } }, t('explore.findPath'));
  panel.replaceChildren(
    element('h2', {}, node.name),
    element('p', { className: 'node-kind' }, `${node.labels[0]} · ${node.id}`),
    element('div', { className: 'panel-actions' }, pathButton,
      itemActions(node, () => showDetails(panel, id, status, searchInput).catch(() => panel.replaceChildren()))),
    node.properties.origin === 'illustrative' ? element('p', { className: 'illustrative-note' }, t('explore.illustrative')) : '',
    element('h3', {}, t('explore.details')),
    element('table', { className: 'properties' }, element('tbody', {}, propertyRows(node.properties))),
    element('h3', {}, t('explore.relationships')),
    element('ul', {}, details.degrees.map((d) => element('li', {}, `${d.type} (${d.direction}): ${d.count}`))),
    details.sources.length ? element('h3', {}, t('explore.sources')) : '',
    element('ul', {}, details.sources.map((s) => element('li', {}, s.publisher ? `${s.name} — ${s.publisher}` : s.name))));
}

/** Colours are set through the style object: the Content-Security-Policy forbids inline style attributes. */
function swatch(label) {
  const el = element('span', { className: 'swatch' });
  el.style.backgroundColor = LABEL_COLOURS[label] || '#999';
  return el;
}

function searchBox(onPick) {
  const input = element('input', { id: 'explore-search', type: 'search', autocomplete: 'off',
    placeholder: t('explore.searchPlaceholder'), 'aria-label': t('explore.searchLabel'), role: 'combobox',
    'aria-controls': 'explore-suggestions', 'aria-expanded': 'false' });
  const list = element('ul', { id: 'explore-suggestions', role: 'listbox', className: 'suggestions' });
  let timer = null;
  let hits = [];
  const render = (result) => {
    hits = result.results;
    const byLabel = Map.groupBy ? Map.groupBy(hits, (h) => h.label) : hits.reduce((m, h) => m.set(h.label,
      [...(m.get(h.label) || []), h]), new Map());
    list.replaceChildren(...[...byLabel].map(([label, group]) => element('li', { className: 'group' },
      element('span', { className: 'group-label' }, t(`label.${label}`)),
      element('ul', {}, group.map((hit) => element('li', { role: 'option', className: 'suggestion',
        'data-id': hit.id, onClick: () => onPick(hit) },
        swatch(hit.label),
        hit.name, element('small', {}, ` ${hit.id}`)))))));
    if (hits.length === 0) list.replaceChildren(element('li', { className: 'empty' }, t('explore.noHits', { q: result.query })));
    if (result.truncated) list.append(element('li', { className: 'more' }, t('explore.moreHits')));
    input.setAttribute('aria-expanded', 'true');
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { list.replaceChildren(); return; }
    timer = setTimeout(async () => render(await api.get(`/api/search?q=${encodeURIComponent(q)}&limit=12`)), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && hits.length) { event.preventDefault(); onPick(hits[0]); }
    if (event.key === 'Escape') list.replaceChildren();
  });
  const close = () => { list.replaceChildren(); input.value = ''; input.setAttribute('aria-expanded', 'false'); };
  return { box: element('div', { className: 'search-box' }, input, list), input, close };
}

export async function render(main) {
  history.length = 0;
  pathFrom = null;
  const status = statusLine('');
  status.show('');
  const canvas = element('div', { id: 'graph', className: 'graph-canvas', tabindex: '0' });
  const panel = element('aside', { id: 'details', className: 'details-panel' }, element('p', { className: 'hint' }, t('explore.empty')));
  const expansions = new Map();
  const search = searchBox(async (hit) => {
    search.close();
    if (pathFrom) {
      const from = pathFrom;
      pathFrom = null;
      await findPath(from, hit, status).catch((error) => status.show(error.message, true));
      return;
    }
    const graph = await api.get(`/api/graph/neighbourhood?id=${encodeURIComponent(hit.id)}&limit=1`);
    addToScene({ nodes: graph.nodes.filter((n) => n.id === hit.id), edges: [] });
    cy.getElementById(hit.id).select();
    await showDetails(panel, hit.id, status, search.input);
  });
  const toolbar = element('div', { className: 'toolbar' },
    element('button', { type: 'button', id: 'undo', onClick: undo }, t('explore.undo')),
    element('button', { type: 'button', id: 'fit', onClick: () => cy.fit(undefined, 30) }, t('explore.fit')),
    element('button', { type: 'button', id: 'clear', onClick: () => { cy.elements().remove(); history.length = 0; } },
      t('explore.clear')));
  main.classList.add('explore');
  main.append(element('div', { className: 'explore-top' }, search.box, toolbar), status,
    element('div', { className: 'explore-body' }, canvas, panel),
    element('p', { className: 'hint' }, t('explore.keyboard')));
  cy = cytoscape({ container: canvas, style: graphStyle, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 3 });
  cy.on('dbltap', 'node', (event) => expand(event.target.id(), status, expansions)
    .catch((error) => status.show(error.message, true)));
  cy.on('select', 'node', (event) => showDetails(panel, event.target.id(), status, search.input));
  document.addEventListener('keydown', (event) => {
    if (!document.body.contains(canvas) || event.target.matches('input, select, textarea')) return;
    if (event.key === '/') { event.preventDefault(); search.input.focus(); }
    if ((event.ctrlKey || event.metaKey) && event.key === 'z') { event.preventDefault(); undo(); }
    if (event.key === 'f') cy.fit(undefined, 30);
    if (event.key === 'Delete') cy.$(':selected').remove();
  });
  search.input.focus();
}
