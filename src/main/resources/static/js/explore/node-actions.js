// What can be done with one node, however it is asked for: a double-click, the keyboard, a long press or the buttons
// of the details panel all come here, so the mouse, the keys and a finger do the same.
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { expandOrAsk, openMenu } from './expand.js';
import { isGroup, openGroup } from './groups.js';

/**
 * `explorer`: { scene, status, host (where the menu appears), fail }. A group opens; another node shows its
 * neighbours (asking first when there are many).
 */
export function expandNode(explorer, node) {
  const { scene, status, host, fail } = explorer;
  if (isGroup(node)) openGroup(scene, node, status);
  else expandOrAsk({ scene, node, host, status }).catch(fail);
}

/** The actions menu of a node (a group has none: it opens, as on a right-click). */
export function menuOf(explorer, node) {
  const { scene, status, host, fail } = explorer;
  if (isGroup(node)) openGroup(scene, node, status);
  else openMenu({ scene, node, host, status }).catch(fail);
}

/**
 * The buttons in the details panel that stand in for a double-click and a right-click (touch, keyboard): shown only
 * for a node in the scene.
 */
export function detailsButtons(explorer, id) {
  const node = explorer.scene.cy.getElementById(id);
  if (node.empty()) return [];
  return [
    element('button', { type: 'button', id: 'node-expand', onClick: () => expandNode(explorer, node) },
      t('explore.expand')),
    element('button', { type: 'button', id: 'node-actions', 'aria-haspopup': 'menu',
      title: t('explore.actionsHint'), onClick: () => menuOf(explorer, node) }, t('explore.actions')),
  ];
}
