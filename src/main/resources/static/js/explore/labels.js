// Labels by level of detail: every label is drawn at 12 px on screen or more, or not at all (the style's
// min-zoomed-font-size), and never over another one.
// - close zoom: every node's label;
// - medium zoom: the labels of the best connected nodes, the selection and its neighbours, at a readable size;
// - far: only the label under the pointer.
// Relationship types show on an edge under the pointer, on the edges of the selection, or on every edge of a scene
// with few of them. Big scenes (data `bulk`) label the nodes in view themselves (explore/scene.js).
import { LABEL_FONT, MIN_LABEL_PX } from '../lib/graph-style.js';

/** From this zoom on, a label of LABEL_FONT is drawn at 12 px or more: every node's label shows. */
export const CLOSE_ZOOM = MIN_LABEL_PX / LABEL_FONT;
/** Below this zoom only the label under the pointer shows: larger text than its node would cover the scene. */
const FAR_ZOOM = 0.35;
/** A scene with at most this many edges shows every relationship type. */
const FEW_EDGES = 30;
/** At medium zoom the best connected tenth of the nodes (at least five) keep their label. */
const KEY_SHARE = 0.1;
const KEY_LEAST = 5;
const SETTLE_MS = 120;

/** The font size, in the scene's units, that draws `px` pixels on screen at this zoom, and no less at zoom 1. */
function readable(zoom, px) {
  return Math.max(px, px / zoom);
}

/** The nodes whose label shows at medium zoom, the most important first: selection, its neighbours, hubs. */
function keyNodes(cy) {
  const nodes = cy.nodes().not('.filtered');
  const selected = nodes.filter(':selected');
  const around = selected.neighborhood('node').not('.filtered').difference(selected);
  const hubs = nodes.difference(selected).difference(around).sort((a, b) => b.degree(false) - a.degree(false))
    .slice(0, Math.max(KEY_LEAST, Math.ceil(nodes.length * KEY_SHARE)));
  return selected.union(around).union(hubs);
}

/** The edges whose relationship type shows: every edge of a small scene, otherwise those of the selection. */
function labelledEdges(cy) {
  const edges = cy.edges().not('.filtered');
  if (cy.zoom() < FAR_ZOOM) return cy.collection();
  if (edges.length <= FEW_EDGES) return edges;
  return cy.nodes(':selected').connectedEdges().not('.filtered');
}

/** Whether the renderer draws this element's label (unless covered): a text, shown, and big enough on screen. */
function drawn(element, zoom) {
  return element.visible() && element.style('label') !== ''
    && parseFloat(element.style('font-size')) * zoom >= parseFloat(element.style('min-zoomed-font-size'));
}

function overlaps(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * Leaves out the labels that would cover one already placed, in order of importance (the one under the pointer,
 * the selection, its neighbours, then the best connected); only labels in view are weighed.
 */
function uncover(cy, order) {
  const zoom = cy.zoom();
  const view = cy.extent();
  const placed = [];
  const covered = [];
  const labelBox = (n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  order.union(cy.nodes()).forEach((node) => {
    if (!drawn(node, zoom)) return;
    const box = labelBox(node);
    if (!overlaps(box, view)) return;
    if (placed.some((other) => overlaps(box, other))) covered.push(node);
    else placed.push(box);
  });
  const now = cy.collection(covered);
  const before = cy.nodes('.lod-covered');
  cy.batch(() => {
    before.difference(now).removeClass('lod-covered');
    now.difference(before).addClass('lod-covered');
  });
}

/** Sets every label to its level of detail for the current zoom, selection and scene. */
function refreshLabels(cy) {
  const zoom = cy.zoom();
  const large = cy.nodes('[?bulk]').nonempty();
  const hovered = cy.elements('.lod-hover');
  const wantedNodes = large || zoom >= CLOSE_ZOOM || zoom < FAR_ZOOM ? cy.collection() : keyNodes(cy);
  const wantedEdges = large ? cy.edges(':selected') : labelledEdges(cy).union(cy.edges(':selected'));
  cy.batch(() => {
    cy.nodes('.lod-key').difference(wantedNodes).difference(hovered).removeClass('lod-key').removeStyle('font-size');
    wantedNodes.difference(hovered).addClass('lod-key').style('font-size', LABEL_FONT / zoom);
    cy.edges('.lod-label').difference(wantedEdges).difference(hovered).removeClass('lod-label')
      .removeStyle('font-size');
    wantedEdges.difference(hovered).addClass('lod-label').style('font-size', readable(zoom, MIN_LABEL_PX));
  });
  // After the batch: the label sizes just set decide which labels are drawn.
  if (!large) uncover(cy, hovered.nodes().union(keyNodes(cy)));
}

/** Shows the label of the element under the pointer, whatever the zoom, above the others. */
function hover(cy, element, on) {
  const zoom = cy.zoom();
  if (on) {
    element.addClass(element.isNode() ? 'lod-hover' : 'lod-hover lod-label')
      .style('font-size', readable(zoom, element.isNode() ? LABEL_FONT : MIN_LABEL_PX));
  } else {
    element.removeClass('lod-hover lod-label').removeStyle('font-size');
  }
}

/** Keeps the labels of a scene at their level of detail as the view, the selection and the scene change. */
export function labelByDetail(cy) {
  // One timer however many elements a change adds (10,000 'add' events for a big scene): it runs once the
  // changes have stopped for SETTLE_MS.
  let timer = null;
  let last = 0;
  const run = () => {
    const wait = last + SETTLE_MS - performance.now();
    timer = wait > 0 ? setTimeout(run, wait) : null;
    if (!timer && !cy.destroyed()) refreshLabels(cy);
  };
  const later = () => {
    last = performance.now();
    timer ||= setTimeout(run, SETTLE_MS);
  };
  cy.on('viewport add remove select unselect', later);
  cy.on('mouseover', 'node, edge', (event) => hover(cy, event.target, true));
  cy.on('mouseout', 'node, edge', (event) => { hover(cy, event.target, false); later(); });
  return later;
}
