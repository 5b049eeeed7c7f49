// Where an expansion goes: the new neighbours on an arc around the node they came from (facing away from the rest of
// the scene), then a force layout of the new nodes alone with the rest held in place, then the view follows: it
// moves to the new nodes when they fall outside it, and a small scene is fitted to use the space.
import { FIT_MAX_ZOOM, FIT_PADDING, loadFcose } from './layouts.js';

/** Room per neighbour on the arc, in the scene's units: a node and its label. */
const SPACING = 60;
const LEAST_RADIUS = 90;
/** Up to this many nodes in the scene the new ones get a force layout; bigger scenes keep the arc (it is instant). */
const SETTLE_UP_TO = 300;
/** A scene that fills less than this share of the view in both directions is fitted to use the space. */
const SMALL_SHARE = 0.5;
const ANIMATION_MS = 300;

function centreOf(nodes) {
  const sum = nodes.reduce((s, n) => ({ x: s.x + n.position('x'), y: s.y + n.position('y') }), { x: 0, y: 0 });
  return { x: sum.x / nodes.length, y: sum.y / nodes.length };
}

/** New nodes on a ring around their origin, or on an arc facing away from the scene's other nodes. */
function placeAround(origin, fresh, others) {
  const nodes = fresh.nodes();
  if (nodes.empty()) return;
  const at = origin.position();
  const radius = Math.max(LEAST_RADIUS, (nodes.length * SPACING) / (2 * Math.PI));
  let start = 0;
  let span = 2 * Math.PI;
  const rest = others.nodes().difference(origin);
  if (rest.nonempty()) {
    const centre = centreOf(rest);
    if (Math.hypot(at.x - centre.x, at.y - centre.y) > 1) {
      // Half a circle at least; more when the nodes need it at this radius.
      span = Math.min(2 * Math.PI, Math.max(Math.PI, (nodes.length * SPACING) / radius));
      start = Math.atan2(at.y - centre.y, at.x - centre.x) - span / 2;
    }
  }
  nodes.forEach((node, i) => {
    const angle = start + (span * (i + 0.5)) / nodes.length;
    node.position({ x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
  });
}

/** A force layout that moves only the new nodes: everything else is a fixed constraint. */
async function settle(cy, fresh) {
  const shown = cy.elements().not('.filtered');
  if (shown.nodes().length > SETTLE_UP_TO || fresh.nodes().length < 2) return;
  await loadFcose();
  const fixed = shown.nodes().difference(fresh).map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  await new Promise((resolve) => {
    const layout = shown.layout({ name: 'fcose', randomize: false, quality: 'default', animate: false,
      nodeDimensionsIncludeLabels: true, packComponents: false, numIter: 1000,
      fixedNodeConstraint: fixed.length ? fixed : undefined });
    layout.one('layoutstop', resolve);
    layout.run();
  });
}

function inside(box, view) {
  return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
}

/** The zoom and pan that show `box` whole with padding, no closer than FIT_MAX_ZOOM. */
function viewportFor(cy, box) {
  const zoom = Math.min(FIT_MAX_ZOOM, (cy.width() - 2 * FIT_PADDING) / Math.max(box.w, 1),
    (cy.height() - 2 * FIT_PADDING) / Math.max(box.h, 1));
  return { zoom, pan: { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) } };
}

function animateTo(cy, target) {
  return new Promise((resolve) => {
    cy.animate({ ...target, duration: ANIMATION_MS, complete: resolve });
  });
}

/**
 * The view after an expansion: the new nodes and their origin when some fell outside it; the whole scene when it is
 * small in the view (a dozen nodes should not sit tiny in the middle of an empty canvas).
 */
function followExpansion(cy, origin, fresh) {
  const shown = cy.elements().not('.filtered');
  const scene = shown.boundingBox();
  const view = cy.extent();
  if (inside(scene, view) && scene.w < view.w * SMALL_SHARE && scene.h < view.h * SMALL_SHARE) {
    return animateTo(cy, viewportFor(cy, scene));
  }
  const news = fresh.union(origin).not('.filtered');
  if (news.empty() || inside(news.boundingBox(), view)) return Promise.resolve();
  return animateTo(cy, viewportFor(cy, news.boundingBox()));
}

/** Places an expansion around its origin, lets it settle, and brings it into view. */
export async function arrangeExpansion(cy, origin, fresh) {
  placeAround(origin, fresh, cy.nodes().difference(fresh.nodes()));
  await settle(cy, fresh.nodes());
  await followExpansion(cy, origin, fresh);
}
