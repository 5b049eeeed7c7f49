// A searchable multi-select that stores ids: the edit form's reference fields (regions served, sectors, ...) and the
// party or member of a relationship. People search by name with the explorer's search (GET /api/search) and see the
// names of what they chose; the form still sends ids.
import { api } from '../shell/api.js';
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { searchBox } from '../explore/search-box.js';

/** GET /api/graph/among names 1 to 200 ids at once; beyond that the chosen ids stay without their names. */
const NAMED_AT_MOST = 200;

const TEXTS = { label: 'edit.picker.search', placeholder: 'edit.picker.placeholder', noHits: 'explore.noHits' };

/**
 * @param id prefix of the element ids: `<id>-search` is the input (a label's `for`), `<id>-picked` the chosen list
 * @param labels the node labels the ids may name
 * @param single one id at most (a relationship's other end); `read()` then answers that id, else the list
 */
export function idPicker({ id, labels, ids = [], single = false, describedBy }) {
  const chosen = new Map(ids.map((itemId) => [itemId, itemId]));
  const list = element('ul', { className: 'picked', id: `${id}-picked` });
  const search = searchBox((hit) => {
    if (single) chosen.clear();
    chosen.set(hit.id, hit.name || hit.id);
    search.close();
    render();
    search.input.focus();
  }, { id, labels, texts: TEXTS });
  // The form's <label for> names the input; the hint and errors describe it.
  search.input.removeAttribute('aria-label');
  search.input.setAttribute('aria-describedby', [`${id}-picked`, describedBy].filter(Boolean).join(' '));
  // Enter picks a suggestion; it never submits the form from here.
  search.input.addEventListener('keydown', (event) => { if (event.key === 'Enter') event.preventDefault(); });
  function render() {
    list.replaceChildren(...[...chosen].map(([itemId, name]) => element('li', { 'data-id': itemId },
      name, name === itemId ? '' : element('small', {}, ` ${itemId}`), ' ',
      element('button', { type: 'button', className: 'link remove-picked', 'aria-label': t('edit.picker.remove', { name }),
        onClick: () => { chosen.delete(itemId); render(); search.input.focus(); } }, '×'))));
    list.hidden = chosen.size === 0;
  }
  if (ids.length > 0 && ids.length <= NAMED_AT_MOST) {
    api.get(`/api/graph/among?ids=${ids.map(encodeURIComponent).join(',')}`).then((graph) => {
      graph.nodes.forEach((node) => { if (chosen.has(node.id) && node.name) chosen.set(node.id, node.name); });
      render();
    }).catch(() => {});
  }
  render();
  return {
    element: element('div', { className: 'id-picker' }, list, search.box),
    input: search.input,
    read: () => (single ? [...chosen.keys()][0] ?? '' : [...chosen.keys()]),
    clear: () => { chosen.clear(); render(); },
  };
}
