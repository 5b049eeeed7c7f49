// The actions menu of a node (expand.js builds it) as an ARIA menu: each relationship row a group of menu items, the
// arrow keys move between the items (one tab stop), Escape and Tab close it, and closing, however it happens, gives
// the focus back to where it was (the graph, the "Acties" button).
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

const NEXT = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

function itemsOf(menu) {
  return [...menu.querySelectorAll('[role="menuitem"]')];
}

/** Roving focus: only the focused item is in the tab order. */
function focusItem(items, index) {
  items.forEach((item, i) => item.setAttribute('tabindex', i === index ? '0' : '-1'));
  items[index]?.focus();
}

/** Roles on what expand.js built: the list becomes the menu, its rows and the buttons below it groups of items. */
function giveRoles(menu) {
  const list = menu.querySelector('ul');
  list.setAttribute('role', 'menu');
  list.setAttribute('aria-label', menu.getAttribute('aria-label') || t('explore.actions'));
  const actions = menu.querySelector('.menu-actions');
  if (actions) {
    list.append(element('li', { role: 'group', className: 'menu-actions-row', 'aria-label': t('explore.actions') },
      actions));
  }
  list.querySelectorAll('li.menu-choice').forEach((row) => {
    const [label, count] = row.querySelectorAll('span');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', `${label?.textContent || ''} (${count?.textContent || ''})`);
  });
  list.querySelectorAll('button').forEach((button) => {
    button.setAttribute('role', 'menuitem');
    button.setAttribute('tabindex', '-1');
  });
}

function onKey(menu, close) {
  return (event) => {
    const items = itemsOf(menu);
    const at = items.indexOf(document.activeElement);
    let next = null;
    if (event.key in NEXT) next = (at + NEXT[event.key] + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    // Handled here: the explorer's own keys (Delete, F, ...) must not act on the scene behind the menu.
    event.preventDefault();
    event.stopPropagation();
    if (next !== null) focusItem(items, next);
  };
}

/**
 * Makes the menu keyboard-operable and puts the focus on its first item; `opener` gets the focus back when the menu
 * goes, unless the focus has moved somewhere else meanwhile.
 */
export function menuKeys(menu, opener) {
  giveRoles(menu);
  const close = () => menu.remove();
  menu.addEventListener('keydown', onKey(menu, close));
  const gone = new MutationObserver(() => {
    if (menu.isConnected) return;
    gone.disconnect();
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && opener?.isConnected) opener.focus();
  });
  gone.observe(menu.parentNode, { childList: true });
  focusItem(itemsOf(menu), 0);
}
