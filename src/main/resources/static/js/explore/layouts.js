// Layouts: by kind (instant, the start for big scenes), force-directed (fCoSE, draft quality for big scenes),
// hierarchical, concentric around the selection, and geographic (regions, assets at their coordinates;
// municipalities and partners at the regions they belong to).
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { project } from '../lib/geo.js';

export const LAYOUTS = ['fcose', 'kinds', 'breadthfirst', 'concentric', 'geographic'];
/** Above this many nodes fCoSE runs in draft quality: about a second for 5,000 nodes instead of minutes. */
const DRAFT_ABOVE = 300;
let fcoseLoaded = null;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

/** fCoSE ships as classic scripts that hand each other globals, so they load in order, once. */
export function loadFcose() {
  fcoseLoaded ||= (async () => {
    await loadScript('/webjars/layout-base/layout-base.js');
    await loadScript('/webjars/cose-base/cose-base.js');
    await loadScript('/webjars/cytoscape-fcose/cytoscape-fcose.js');
    cytoscape.use(window.cytoscapeFcose);
  })();
  return fcoseLoaded;
}

/**
 * Resolves when the layout can run at once. Called before a new scene is put in, so that the renderer gets no frame
 * between adding and arranging: a frame of thousands of nodes piled on one spot costs seconds.
 */
export function layoutReady(name) {
  return name === 'fcose' ? loadFcose() : Promise.resolve();
}

function laidOut(layout) {
  return new Promise((resolve) => {
    layout.one('layoutstop', resolve);
    layout.run();
  });
}

/** The elements a layout arranges: what filters show. Locked (pinned) nodes keep their place in every layout. */
function arranged(cy) {
  return cy.elements().not('.filtered');
}

async function fcose(cy, { incremental = false } = {}) {
  await loadFcose();
  const eles = arranged(cy);
  const nodes = eles.nodes();
  const fixed = nodes.filter(':locked').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  return laidOut(eles.layout({ name: 'fcose', quality: nodes.length > DRAFT_ABOVE ? 'draft' : 'default',
    randomize: !incremental, animate: false, nodeDimensionsIncludeLabels: nodes.length <= DRAFT_ABOVE,
    packComponents: true, fixedNodeConstraint: fixed.length ? fixed : undefined, numIter: 1500 }));
}

function breadthfirst(cy) {
  const eles = arranged(cy);
  const selected = eles.nodes(':selected');
  return laidOut(eles.layout({ name: 'breadthfirst', directed: true, animate: false, spacingFactor: 1.1,
    roots: selected.nonempty() ? selected : undefined }));
}

function concentric(cy) {
  const eles = arranged(cy);
  const centre = eles.nodes(':selected').first();
  if (centre.empty()) return laidOut(eles.layout({ name: 'concentric', animate: false }));
  const distances = eles.dijkstra({ root: centre, directed: false });
  return laidOut(eles.layout({ name: 'concentric', animate: false, minNodeSpacing: 20,
    concentric: (node) => 100 - (Number.isFinite(distances.distanceTo(node)) ? distances.distanceTo(node) : 99),
    levelWidth: () => 1 }));
}

const CELL = 40;

/**
 * One square block of nodes per kind, the best connected first, blocks on shelves: linear in the scene's size, so
 * a scene of 10,000 nodes stands at once. fCoSE stays one choice away for the finer picture. Takes `{id, label,
 * degree}` and returns id -> position, so that a big answer can get its places before it goes in the scene.
 */
function placesByKind(nodes) {
  const groups = new Map();
  nodes.forEach((node) => {
    if (!groups.has(node.label)) groups.set(node.label, []);
    groups.get(node.label).push(node);
  });
  const shelfWidth = Math.ceil(Math.sqrt(nodes.length) * 1.6) * CELL;
  const places = new Map();
  let x = 0;
  let y = 0;
  let shelfHeight = 0;
  [...groups.values()].sort((a, b) => b.length - a.length).forEach((group) => {
    const side = Math.ceil(Math.sqrt(group.length));
    if (x > 0 && x + side * CELL > shelfWidth) { x = 0; y += shelfHeight + 2 * CELL; shelfHeight = 0; }
    group.sort((a, b) => b.degree - a.degree).forEach(({ id }, i) => {
      places.set(id, { x: x + (i % side) * CELL, y: y + Math.floor(i / side) * CELL });
    });
    x += (side + 2) * CELL;
    shelfHeight = Math.max(shelfHeight, Math.ceil(group.length / side) * CELL);
  });
  return places;
}

/** The layout by kind of an API answer `{nodes, edges}`, computed from the answer alone: id -> position. */
export function graphByKind(graph) {
  const degrees = new Map();
  graph.edges.forEach((e) => [e.source, e.target].forEach((id) => degrees.set(id, (degrees.get(id) || 0) + 1)));
  return placesByKind(graph.nodes.map((n) => ({ id: n.id, label: n.labels[0], degree: degrees.get(n.id) || 0 })));
}

function kinds(cy) {
  const nodes = arranged(cy).nodes().not(':locked');
  const places = placesByKind(nodes.map((node) => ({ id: node.id(), label: node.data('label'),
    degree: node.degree(false) })));
  cy.batch(() => nodes.forEach((node) => node.position(places.get(node.id()))));
}

/** The box around node centres: for big scenes, Cytoscape's own bounding box (styles, labels) costs seconds. */
function centresBox(nodes) {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  nodes.forEach((node) => {
    const { x, y } = node.position();
    box.x1 = Math.min(box.x1, x - CELL); box.x2 = Math.max(box.x2, x + CELL);
    box.y1 = Math.min(box.y1, y - CELL); box.y2 = Math.max(box.y2, y + CELL);
  });
  return box;
}

/** The closest a fit comes: a few nodes fill the view without turning huge (nodes ~35 px, labels ~21 px). */
export const FIT_MAX_ZOOM = 1.6;
export const FIT_PADDING = 40;

/** Fits the view to what the filters show. */
export function fitView(cy, large) {
  const shown = cy.elements().not('.filtered');
  if (shown.empty()) return;
  cy.fit(large ? centresBox(shown.nodes()) : shown, FIT_PADDING);
  if (cy.zoom() > FIT_MAX_ZOOM) {
    cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }
}

/** A place close to `centre`, the n-th of a spiral, so that members of one region do not cover each other. */
function near(centre, n) {
  const angle = n * 2.4;
  const radius = 14 * Math.sqrt(n);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

function coordinates(node) {
  const { lat, lon } = node.data('props') || {};
  return Number.isFinite(lat) && Number.isFinite(lon) ? project(lat, lon) : null;
}

/**
 * Regions and assets at their coordinates; municipalities at their region, partners in the middle of the regions
 * they serve (when those are in the scene). What has no place on the map goes in a grid east of it.
 * Returns the number of nodes without a place.
 */
function geographic(cy) {
  const nodes = arranged(cy).nodes().not(':locked');
  const placed = new Map();
  nodes.forEach((node) => { const at = coordinates(node); if (at) placed.set(node.id(), at); });
  const crowd = new Map();
  nodes.forEach((node) => {
    if (placed.has(node.id())) return;
    const anchors = node.neighborhood('node').filter((other) => coordinates(other))
      .filter((other) => other.data('label') === 'SafetyRegion' || other.data('label') === 'Municipality');
    if (anchors.empty()) return;
    const points = anchors.map(coordinates);
    const centre = { x: points.reduce((s, p) => s + p.x, 0) / points.length,
      y: points.reduce((s, p) => s + p.y, 0) / points.length };
    const key = `${Math.round(centre.x)},${Math.round(centre.y)}`;
    crowd.set(key, (crowd.get(key) || 0) + 1);
    placed.set(node.id(), near(centre, crowd.get(key)));
  });
  let unplaced = 0;
  cy.batch(() => nodes.forEach((node) => {
    const at = placed.get(node.id());
    if (at) { node.position(at); return; }
    node.position({ x: 260 + (unplaced % 8) * 40, y: -260 + Math.floor(unplaced / 8) * 40 });
    unplaced += 1;
  }));
  return unplaced;
}

/** Runs a layout by name; resolves when the scene is arranged, with the number of nodes without a map position. */
export async function runLayout(cy, name, options = {}) {
  if (cy.nodes().empty()) return 0;
  if (name === 'geographic') return geographic(cy);
  if (name === 'kinds') kinds(cy);
  else if (name === 'breadthfirst') await breadthfirst(cy);
  else if (name === 'concentric') await concentric(cy);
  else await fcose(cy, options);
  return 0;
}

export function togglePin(nodes) {
  nodes.forEach((node) => (node.locked() ? node.unlock() : node.lock()));
}
