// Grouping many neighbours: instead of flooding the scene, the neighbours of one relationship type and direction
// become one summary node ("137 partners") that the analyst opens later, in batches when there are many. A group
// carries its members (the API's answer), so opening it needs no second request and undo and redo put back exactly
// what was there. Groups are a view, not data: exports leave them out, and a saved scene keeps only whose neighbours
// they gather and where they stand; opening the scene asks for those neighbours again.
import { element } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { neighbours } from './neighbours.js';
import { isLarge, toElements } from './scene.js';

export const GROUP = 'Group';
/** The most members one opening adds; a bigger group stays in the scene with the rest. */
export const OPEN_BATCH = 200;

export function isGroup(node) {
  return node.data('label') === GROUP;
}

/** The nodes that stand for data: everything but groups. */
export function dataNodes(cy) {
  return cy.nodes().filter((node) => !isGroup(node));
}

/** "137 partners" when the members are of one kind, "137 neighbours" otherwise. */
function groupName(members, count) {
  const kinds = new Set(members.map((n) => n.labels[0]));
  const kind = kinds.size === 1 ? t(`label.${[...kinds][0]}`).toLocaleLowerCase() : t('explore.group.neighbours');
  return t('explore.group.name', { count: formatNumber(count), kind });
}

/** The group node (with its members still closed) and its edge to the node it hangs on, as Cytoscape JSON. */
function groupElements(members, position) {
  const { of, type, direction, nodes, opened } = members;
  const id = `group:${of}:${type || '*'}:${direction}:${opened}`;
  const inward = direction === 'in';
  return [
    { group: 'nodes', position, data: { id, label: GROUP, members,
      name: groupName(nodes.slice(opened), nodes.length - opened) } },
    { group: 'edges', classes: 'to-group',
      data: { id: `${id}:edge`, source: inward ? id : of, target: inward ? of : id, type: type || '' } },
  ];
}

/** A ring around `centre`: where the i-th of n members of a group goes. */
function onRing(centre, i, n) {
  const radius = 60 + n * 4;
  const angle = (2 * Math.PI * i) / Math.max(n, 1);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/**
 * Puts the neighbours of `node` (one relationship type and direction, or all) in the scene as one group node.
 * Neighbours already in the scene stay as they are and are not counted in the group.
 */
export async function groupNeighbours(scene, node, { type = '', direction = 'both', total }, status) {
  const graph = await neighbours(node.id(), { type, direction, limit: total });
  const { cy } = scene;
  const nodes = graph.nodes.filter((n) => n.id !== node.id() && cy.getElementById(n.id).empty());
  if (nodes.length === 0) {
    status.show(t('explore.expanded', { count: 0 }));
    return;
  }
  const at = node.position();
  scene.change({ add: groupElements({ of: node.id(), type, direction, limit: total, nodes, edges: graph.edges,
    opened: 0 }, { x: at.x + 90, y: at.y - 60 }) });
  const message = t('explore.grouped', { count: formatNumber(nodes.length), name: node.data('name') });
  status.show(graph.truncated
    ? `${message} ${t('explore.truncatedOf', { shown: formatNumber(graph.nodes.length - 1), total: formatNumber(total) })}`
    : message);
}

/**
 * Opens a group: its next members (at most OPEN_BATCH) take its place around it, with their relationships; a group
 * with more members stays, smaller, for the next batch. One step of history.
 */
export function openGroup(scene, group, status) {
  const { cy } = scene;
  const members = group.data('members');
  const batch = members.nodes.slice(members.opened, members.opened + OPEN_BATCH)
    .filter((n) => cy.getElementById(n.id).empty());
  const arriving = new Set(batch.map((n) => n.id));
  const present = (id) => arriving.has(id) || cy.getElementById(id).nonempty();
  const edges = members.edges.filter((e) => present(e.source) && present(e.target) && cy.getElementById(e.id).empty());
  const centre = group.position();
  const added = toElements({ nodes: batch, edges }, isLarge(cy.nodes().length + batch.length));
  let i = 0;
  added.forEach((el) => { if (el.group === 'nodes') { el.position = onRing(centre, i, batch.length); i += 1; } });
  const opened = members.opened + OPEN_BATCH;
  const rest = members.nodes.length - opened;
  const next = rest > 0 ? groupElements({ ...members, opened }, { ...centre }) : [];
  scene.change({ add: [...added, ...next], remove: group });
  status.show(rest > 0
    ? t('explore.groupOpenedPart', { count: formatNumber(batch.length), rest: formatNumber(rest),
      batch: formatNumber(Math.min(rest, OPEN_BATCH)) })
    : t('explore.groupOpened', { count: formatNumber(batch.length) }));
}

/** The details panel for a group: what it holds and a button that opens it. */
export function showGroup(host, group, { scene, status, relation }) {
  const { of, type, direction, nodes, opened } = group.data('members');
  const origin = scene.cy.getElementById(of);
  host.dataset.item = group.id();
  host.replaceChildren(
    element('h2', {}, group.data('name')),
    element('p', {}, t('explore.group.details', { count: formatNumber(nodes.length - opened),
      name: origin.nonempty() ? origin.data('name') : of, relation: relation(type, direction) })),
    element('div', { className: 'panel-actions' },
      element('button', { type: 'button', id: 'group-open', onClick: () => openGroup(scene, group, status) },
        nodes.length - opened > OPEN_BATCH ? t('explore.group.openNext', { n: formatNumber(OPEN_BATCH) })
          : t('explore.group.open'))));
}

/** What a saved scene keeps of its groups: whose neighbours of which relationship, how many at most, and where. */
export function savedGroups(cy) {
  return cy.nodes().filter(isGroup).map((group) => {
    const { of, type, direction, limit } = group.data('members');
    return { of, type, direction, limit, x: group.position('x'), y: group.position('y') };
  });
}

/**
 * The saved groups of a scene whose nodes are `graph`, as they are now: each asks for its neighbours again and holds
 * those that are not in the scene. Returns Cytoscape JSON to put in with the scene; a group whose node is gone, or
 * whose request fails, is left out.
 */
export async function restoreGroups(saved, graph) {
  const present = new Set(graph.nodes.map((n) => n.id));
  const usable = (saved || []).filter((g) => present.has(g.of) && Number.isFinite(g.x) && Number.isFinite(g.y));
  const groups = await Promise.all(usable.map(async (g) => {
    const { of, type = '', direction = 'both' } = g;
    const limit = Number.isFinite(g.limit) ? g.limit : OPEN_BATCH;
    const answer = await neighbours(of, { type, direction, limit }).catch(() => null);
    const nodes = answer ? answer.nodes.filter((n) => !present.has(n.id)) : [];
    return nodes.length === 0 ? []
      : groupElements({ of, type, direction, limit, nodes, edges: answer.edges, opened: 0 }, { x: g.x, y: g.y });
  }));
  return groups.flat();
}
