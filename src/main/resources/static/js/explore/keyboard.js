// The graph from the keyboard: the graph container takes the focus, one node at a time carries a keyboard focus (a
// ring drawn by Cytoscape), the keys move it (arrows: the nearest node that way; Home/End; N: along the neighbours),
// Enter or Space selects it (its details open), E expands it, M (or the context-menu key, Shift+F10) opens its menu.
// A polite live region says where the focus is. Long press opens the menu on a touch screen.
import { element } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { expandNode, menuOf } from './node-actions.js';
import { isGroup } from './groups.js';

const DIRECTIONS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
const FOCUS = 'kb-focus';

function shown(cy) {
  return cy.nodes().not('.filtered');
}

/** Top to bottom, then left to right: the order Home, End and a first focus follow. */
function readingOrder(nodes) {
  return nodes.toArray().sort((a, b) => (a.position('y') - b.position('y')) || (a.position('x') - b.position('x')));
}

/** The nearest node in a direction: along it counts once, across it twice, so that a node in line wins. */
export function nearest(from, [dx, dy], nodes) {
  const at = from.position();
  let best = null;
  let bestScore = Infinity;
  nodes.forEach((node) => {
    if (node.same(from)) return;
    const x = node.position('x') - at.x;
    const y = node.position('y') - at.y;
    const along = x * dx + y * dy;
    const across = Math.abs(x * dy - y * dx);
    if (along <= 0 || across > along * 2) return;
    const score = along + 2 * across;
    if (score < bestScore) { best = node; bestScore = score; }
  });
  return best;
}

/** The neighbours of a node in the scene, clockwise from noon. */
function neighboursAround(node) {
  const at = node.position();
  const angle = (other) => (Math.atan2(other.position('x') - at.x, at.y - other.position('y')) + 2 * Math.PI)
    % (2 * Math.PI);
  return node.neighborhood('node').not('.filtered').toArray().sort((a, b) => angle(a) - angle(b));
}

function kindOf(node) {
  return isGroup(node) ? t('explore.groupKind') : t(`kind.${node.data('label')}`);
}

/** "Vitens, Partner, 3 buren in beeld": what the live region says of a node. */
export function describe(node) {
  return t('explore.focusNode', { name: node.data('name') || node.id(), kind: kindOf(node),
    count: formatNumber(node.neighborhood('node').not('.filtered').length) });
}

/** The ring around the focused node: added to whatever style the scene has. */
function addFocusStyle(cy) {
  cy.style().selector(`node.${FOCUS}`).style({ 'underlay-color': '#1d4ed8', 'underlay-opacity': 0.45,
    'underlay-padding': 9, 'underlay-shape': 'ellipse', 'border-width': 3, 'border-color': '#1c2733' }).update();
}

/** Moves the keyboard focus to `node`, brings it into view, and (when `say`) says where it is. */
function focusOn(state, node, say) {
  const { cy } = state;
  cy.nodes(`.${FOCUS}`).removeClass(FOCUS);
  state.node = node;
  if (!node) return;
  node.addClass(FOCUS);
  const { x1, x2, y1, y2 } = cy.extent();
  const { x, y } = node.position();
  if (x < x1 || x > x2 || y < y1 || y > y2) cy.center(node);
  if (say) state.say(say === true ? describe(node) : say);
}

function moveNeighbour(state, step) {
  const { node } = state;
  if (!state.hub || !(state.hub.same(node) || state.around.some((n) => n.same(node)))) {
    state.hub = node;
    state.around = neighboursAround(node);
  }
  const { hub, around } = state;
  if (around.length === 0) { state.say(t('explore.noNeighbours', { name: hub.data('name') })); return; }
  const at = around.findIndex((n) => n.same(node));
  const next = at < 0 ? (step > 0 ? 0 : around.length - 1) : (at + step + around.length) % around.length;
  focusOn(state, around[next], t('explore.focusNeighbour', { index: next + 1, total: around.length,
    from: hub.data('name'), node: describe(around[next]) }));
}

function select(state) {
  const { cy, node } = state;
  cy.$(':selected').unselect();
  node.select();
  state.say(t('explore.selectedNode', { name: node.data('name') || node.id() }));
}

/** A key on the focused graph; returns false for keys left to the explorer (F, Delete, Ctrl+Z). */
function handleKey(state, event) {
  const { cy, explorer } = state;
  const nodes = shown(cy);
  if (nodes.empty()) return false;
  const { node } = state;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const menuKey = key === 'ContextMenu' || key === 'm' || (event.shiftKey && key === 'F10');
  if (!node || node.removed()) {
    if (!(key in DIRECTIONS) && !['Home', 'End', 'n'].includes(key)) return false;
    focusOn(state, readingOrder(nodes)[0], true);
  } else if (key in DIRECTIONS) {
    const next = nearest(node, DIRECTIONS[key], nodes);
    if (next) focusOn(state, next, true); else state.say(t('explore.noNodeThere'));
  } else if (key === 'Home' || key === 'End') {
    const order = readingOrder(nodes);
    focusOn(state, key === 'Home' ? order[0] : order[order.length - 1], true);
  } else if (key === 'n') moveNeighbour(state, event.shiftKey ? -1 : 1);
  else if (key === 'Enter' || key === ' ') select(state);
  else if (key === 'e' || key === '+') expandNode(explorer, node);
  else if (menuKey) menuOf(explorer, node);
  else if (key === 'Escape') { cy.$(':selected').unselect(); state.say(t('explore.unselected')); }
  else return false;
  return true;
}

/**
 * Keyboard and touch for the graph in `canvas` (the Cytoscape container). `explorer`: { scene, status, host, fail }.
 * A node selected otherwise (a click, the table, the search) takes the keyboard focus too.
 */
export function graphKeyboard(canvas, explorer) {
  const { cy } = explorer.scene;
  const live = element('p', { className: 'visually-hidden', role: 'status', id: 'graph-announcer' });
  const keys = element('p', { className: 'visually-hidden', id: 'graph-keys' }, t('explore.graphKeys'));
  canvas.after(live, keys);
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-label', t('explore.graphLabel'));
  canvas.setAttribute('aria-describedby', 'graph-keys');
  const state = { cy, explorer, node: null, hub: null, around: [], say: (text) => { live.textContent = text; } };
  addFocusStyle(cy);
  canvas.addEventListener('keydown', (event) => {
    if (event.target !== canvas || event.ctrlKey || event.metaKey || event.altKey) return;
    if (handleKey(state, event)) { event.preventDefault(); event.stopPropagation(); }
  });
  canvas.addEventListener('focus', () => {
    const selected = cy.nodes(':selected');
    if (state.node && !state.node.removed()) state.say(describe(state.node));
    else if (selected.nonempty()) focusOn(state, selected[0], true);
    else state.say(shown(cy).empty() ? t('explore.graphEmpty') : t('explore.graphStart'));
  });
  cy.on('select', 'node', (event) => focusOn(state, event.target, false));
  cy.on('remove', 'node', (event) => { if (state.node?.same(event.target)) focusOn(state, null); });
  // A finger has no right button: a long press opens the menu.
  cy.on('taphold', 'node', (event) => menuOf(explorer, event.target));
}
