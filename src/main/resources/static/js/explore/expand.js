// Expanding with care: a node with few neighbours opens at once; one with many first shows its neighbours per
// relationship type and direction, so the analyst picks what to add (the first N, all, or one group node to open
// later) instead of a flood.
import { api } from '../shell/api.js';
import { element } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { relationshipLabel } from '../lib/labels.js';
import { menuKeys } from './actions-menu.js';
import { groupNeighbours } from './groups.js';
import { arrangeExpansion } from './expansion-layout.js';
import { togglePin } from './layouts.js';
import { MOST, neighbours } from './neighbours.js';

/** Up to this many neighbours a double-click adds them all without asking. */
export const ASK_ABOVE = 50;

export async function degreesOf(id) {
  return (await api.get(`/api/graph/nodes/${encodeURIComponent(id)}`)).degrees;
}

/** A relationship type in words, with an arrow for its direction seen from the node. */
export function relationshipName(type, direction) {
  const name = relationshipLabel(type);
  return direction === 'in' ? `← ${name}` : `${name} →`;
}

/** Adds neighbours of a node; says how many came, and when a cap left some out, how many and how to get the rest. */
export async function expand(scene, id, { type = '', direction = 'both', limit = ASK_ABOVE, total } = {}, status) {
  const graph = await neighbours(id, { type, direction, limit });
  const added = scene.add(graph);
  const origin = scene.cy.getElementById(id);
  if (origin.nonempty()) await arrangeExpansion(scene.cy, origin, added);
  const shown = graph.nodes.length - 1;
  if (graph.truncated) {
    status.show(t('explore.truncatedOf', { shown: formatNumber(shown), total: formatNumber(total ?? shown) }));
  } else {
    status.show(t('explore.expanded', { count: added.nodes().length }));
  }
  return added;
}

/** Neighbours that only hang on this node: what collapsing it takes away. */
export function leavesOf(node) {
  return node.neighborhood('node').filter((other) => other.degree(false) === 1);
}

function closeMenus(host) {
  host.querySelectorAll('.context-menu').forEach((menu) => menu.remove());
}

function choice(label, count, onPick, onGroup) {
  const row = element('li', { className: 'menu-choice' }, element('span', {}, label),
    element('span', { className: 'count' }, formatNumber(count)));
  if (count > ASK_ABOVE) {
    row.append(element('button', { type: 'button', onClick: () => onPick(ASK_ABOVE) },
      t('explore.firstN', { n: ASK_ABOVE })),
    element('button', { type: 'button', onClick: () => onPick(count) },
      count > MOST ? t('explore.firstN', { n: formatNumber(MOST) }) : t('explore.all')),
    element('button', { type: 'button', className: 'menu-group', title: t('explore.groupHint'), onClick: onGroup },
      t('explore.group')));
  } else {
    row.append(element('button', { type: 'button', onClick: () => onPick(count) }, t('explore.add')));
  }
  return row;
}

/**
 * The menu of one node (right-click, or a double-click on a node with many neighbours): expand all or by
 * relationship type and direction, collapse, hide, pin.
 */
export async function openMenu({ scene, node, host, status, intro }) {
  const opener = document.activeElement;
  closeMenus(host);
  const degrees = await degreesOf(node.id());
  const total = degrees.reduce((sum, d) => sum + d.count, 0);
  const fail = (error) => status.show(error.message, true);
  const run = (options) => {
    closeMenus(host);
    expand(scene, node.id(), options, status).catch(fail);
  };
  const group = (options) => {
    closeMenus(host);
    groupNeighbours(scene, node, options, status).catch(fail);
  };
  const menu = element('div', { className: 'context-menu', role: 'dialog', 'aria-label': node.data('name') },
    element('p', { className: 'menu-title' }, node.data('name')),
    intro ? element('p', { className: 'hint' }, intro) : '',
    element('ul', {},
      choice(t('explore.allNeighbours'), total, (limit) => run({ limit, total }), () => group({ total })),
      degrees.map((d) => choice(relationshipName(d.type, d.direction), d.count,
        (limit) => run({ type: d.type, direction: d.direction, limit, total: d.count }),
        () => group({ type: d.type, direction: d.direction, total: d.count })))),
    element('div', { className: 'menu-actions' },
      element('button', { type: 'button', id: 'menu-collapse', onClick: () => {
        closeMenus(host);
        const leaves = leavesOf(node);
        scene.remove(leaves);
        status.show(t('explore.collapsed', { count: leaves.length }));
      } }, t('explore.collapse')),
      element('button', { type: 'button', id: 'menu-hide', onClick: () => { closeMenus(host); scene.remove(node); } },
        t('explore.hide')),
      element('button', { type: 'button', id: 'menu-pin', onClick: () => { closeMenus(host); togglePin(node); } },
        node.locked() ? t('explore.unpin') : t('explore.pin')),
      element('button', { type: 'button', onClick: () => closeMenus(host) }, t('explore.close'))));
  const at = node.renderedPosition();
  menu.style.left = `${Math.max(0, Math.min(at.x + 12, host.clientWidth - 320))}px`;
  host.append(menu);
  menu.style.top = `${Math.max(0, Math.min(at.y, host.clientHeight - menu.offsetHeight - 8))}px`;
  menuKeys(menu, opener);
  return total;
}

/** Double-click: everything at once when it is little, otherwise ask first. */
export async function expandOrAsk({ scene, node, host, status }) {
  const degrees = await degreesOf(node.id());
  const total = degrees.reduce((sum, d) => sum + d.count, 0);
  if (total <= ASK_ABOVE) return expand(scene, node.id(), { limit: ASK_ABOVE, total }, status);
  return openMenu({ scene, node, host, status,
    intro: t('explore.manyNeighbours', { name: node.data('name'), count: formatNumber(total) }) });
}
