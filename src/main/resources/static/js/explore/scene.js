// The scene: one Cytoscape instance and the history of every change to it, so each change can be undone and redone.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { today } from '../lib/clock.js';
import { graphStyle } from '../lib/graph-style.js';
import { relationshipLabel } from '../lib/labels.js';
import { CLOSE_ZOOM, labelByDetail } from './labels.js';

/**
 * Above this many nodes a scene is big: the renderer draws a cached bitmap while panning, drops edges while moving,
 * edges are cheap straight lines without labels or arrows, nodes are labelled only in view and zoomed in (data
 * `bulk`: graph-style.js), and layouts start cheap (see layouts.js).
 */
export const LARGE_SCENE = 1500;
const HISTORY_DEPTH = 100;
/** From this zoom on, labels are drawn at a readable size (explore/labels.js): worth giving to a big scene. */
const LABEL_ZOOM = CLOSE_ZOOM;
/** Model units around the view whose nodes get their label too, so that a short pan shows labels at once. */
const LABEL_MARGIN = 60;

/** The data a node carries in the scene: what styles, filters and exports need, besides its properties. */
export function nodeData(node) {
  const p = node.properties || {};
  const overdue = node.labels[0] === 'ActionItem' && ['open', 'in-progress'].includes(p.status) && p.dueOn
    && p.dueOn < today();
  return { id: node.id, name: node.name, label: node.labels[0], origin: p.origin, props: p,
    status: p.status, category: p.category, overdue: overdue ? 'yes' : 'no' };
}

/**
 * Elements as JSON; `bulk` for big scenes, so that they get their lean style when added, not in a second pass.
 * `places` (id -> position) puts nodes in their place as they are added, not in a second pass either.
 */
export function toElements(graph, large = false, places = new Map()) {
  return [
    ...graph.nodes.map((n) => ({ group: 'nodes', data: { ...nodeData(n), bulk: large }, position: places.get(n.id) })),
    ...graph.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target,
      type: e.type, caption: relationshipLabel(e.type), props: e.properties || {}, bulk: large } })),
  ];
}

export function isLarge(nodeCount) {
  return nodeCount > LARGE_SCENE;
}

/**
 * Gives the nodes of a big scene that are in view their label (class `labelled`) when the zoom makes it readable,
 * and takes it from the others: a few hundred nodes restyled when the view stops, not thousands when the scene opens.
 */
function labelNodesInView(cy) {
  const view = cy.extent();
  const inView = ({ x, y }) => x >= view.x1 - LABEL_MARGIN && x <= view.x2 + LABEL_MARGIN
    && y >= view.y1 - LABEL_MARGIN && y <= view.y2 + LABEL_MARGIN;
  const wanted = cy.zoom() < LABEL_ZOOM ? cy.collection() : cy.nodes('[?bulk]').filter((n) => inView(n.position()));
  const labelled = cy.nodes('.labelled');
  cy.batch(() => {
    labelled.difference(wanted).removeClass('labelled');
    wanted.difference(labelled).addClass('labelled');
  });
}

/** Puts elements (as JSON) back and takes others away: one step of history in either direction. */
function applyStep(cy, { add, remove }) {
  cy.batch(() => {
    cy.collection(remove.map((el) => cy.getElementById(el.data.id)).filter((el) => el.nonempty())).remove();
    cy.add(add.filter((el) => cy.getElementById(el.data.id).empty()));
  });
}

function tuneForSize(cy, nodeCount) {
  // Read once by the renderer per frame; switching them as the scene grows keeps small scenes crisp.
  const large = isLarge(nodeCount);
  const renderer = cy.renderer();
  renderer.textureOnViewport = large;
  renderer.hideEdgesOnViewport = large;
  const wrong = cy.elements(large ? '[!bulk]' : '[?bulk]');
  if (wrong.nonempty()) {
    cy.batch(() => wrong.data('bulk', large));
    labelNodesInView(cy);
  }
}

/** The history of a scene: every change as a step (elements added and removed) to undo and redo. */
function sceneHistory(cy) {
  const undoStack = [];
  const redoStack = [];
  const listeners = [];
  const changed = () => listeners.forEach((listener) => listener());
  return {
    record(step) {
      if (step.add.length === 0 && step.remove.length === 0) return;
      undoStack.push(step);
      if (undoStack.length > HISTORY_DEPTH) undoStack.shift();
      redoStack.length = 0;
      tuneForSize(cy, cy.nodes().length);
      changed();
    },
    undo() {
      const step = undoStack.pop();
      if (!step) return false;
      applyStep(cy, { add: step.remove, remove: step.add });
      redoStack.push(step);
      changed();
      return true;
    },
    redo() {
      const step = redoStack.pop();
      if (!step) return false;
      applyStep(cy, step);
      undoStack.push(step);
      changed();
      return true;
    },
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    onChange(listener) { listeners.push(listener); },
  };
}

/** What changes a scene, each change one step of `history`. */
function sceneChanges(cy, history) {
  return {
    /** Adds what is new in a graph answer; returns the added elements. */
    add(graph) {
      const fresh = toElements(graph, isLarge(cy.nodes().length + graph.nodes.length))
        .filter((el) => cy.getElementById(el.data.id).empty());
      const added = cy.add(fresh);
      history.record({ add: fresh, remove: [] });
      return added;
    },
    /**
     * Takes elements away (with the edges that hang on them) and adds others (as JSON, with positions) in one step,
     * e.g. a group that gives way to its members.
     */
    change({ add = [], remove = cy.collection() }) {
      const gone = remove.union(remove.connectedEdges());
      const removed = gone.jsons();
      let added = cy.collection();
      cy.batch(() => {
        gone.remove();
        added = cy.add(add.filter((el) => cy.getElementById(el.data.id).empty()));
      });
      history.record({ add: added.jsons(), remove: removed });
      return added;
    },
    /** Removes elements (with the edges that hang on removed nodes). */
    remove(collection) {
      const gone = collection.union(collection.connectedEdges());
      const json = gone.jsons();
      gone.remove();
      history.record({ add: [], remove: json });
    },
    /**
     * Replaces the whole scene in one step (opening a scene or a view), nodes at `places` (id -> position), with
     * `extra` elements as JSON (a saved scene's groups).
     */
    replace(graph, places, extra = []) {
      const before = cy.elements().jsons();
      const fresh = [...toElements(graph, isLarge(graph.nodes.length), places), ...extra];
      tuneForSize(cy, graph.nodes.length);
      cy.batch(() => {
        cy.elements().remove();
        cy.add(fresh);
      });
      history.record({ add: fresh, remove: before });
    },
  };
}

export function createScene(container) {
  const cy = cytoscape({ container, style: graphStyle, wheelSensitivity: 0.3, minZoom: 0.02, maxZoom: 3 });
  let labelling = null;
  cy.on('viewport', () => {
    clearTimeout(labelling);
    labelling = setTimeout(() => { if (!cy.destroyed()) labelNodesInView(cy); }, 150);
  });
  labelByDetail(cy);
  const history = sceneHistory(cy);
  const { undo, redo, canUndo, canRedo, onChange } = history;
  return { cy, ...sceneChanges(cy, history), undo, redo, canUndo, canRedo, onChange };
}
