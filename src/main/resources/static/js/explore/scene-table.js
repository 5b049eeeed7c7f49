// The scene as tables, the graph's text alternative: its nodes (name, kind, regions, relationships in view, how sure)
// and its relationships (from, type, to), sortable by column, filtered by text and kind, exported as CSV. It follows
// the scene (expand, remove, undo, the filters panel); a row's button selects the node in the graph, whose details
// then open. "Grafiek / Tabel" switches between the two.
import { api } from '../shell/api.js';
import { download, element } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { verificationText } from './details.js';
import { relationshipName } from './expand.js';
import { isGroup } from './groups.js';

const NODE_COLUMNS = [
  { key: 'name', title: 'explore.table.name' }, { key: 'kind', title: 'explore.table.kind' },
  { key: 'regions', title: 'explore.table.regions' }, { key: 'degree', title: 'explore.table.degree', numeric: true },
  { key: 'verification', title: 'explore.table.verification' },
];
const EDGE_COLUMNS = [
  { key: 'from', title: 'explore.table.from' }, { key: 'type', title: 'explore.table.type' },
  { key: 'to', title: 'explore.table.to' },
];

const nameOf = (node) => node.data('name') || node.id();
const kindOf = (node) => (isGroup(node) ? t('explore.groupKind') : t(`kind.${node.data('label')}`));

/** What is in view: the filters panel hides nodes (and so their relationships) with the class `filtered`. */
function rowsOf(cy) {
  const nodes = cy.nodes().not('.filtered');
  const edges = cy.edges().filter((e) => !e.source().hasClass('filtered') && !e.target().hasClass('filtered'));
  return {
    nodes: nodes.map((node) => ({ id: node.id(), label: node.data('label'), name: nameOf(node), kind: kindOf(node),
      regions: node.data('label') === 'SafetyRegion' ? nameOf(node)
        : node.neighborhood('node[label = "SafetyRegion"]').not('.filtered').map(nameOf).sort().join(', '),
      degree: node.connectedEdges().filter((e) => edges.contains(e)).length,
      verification: isGroup(node) ? '' : verificationText(node.data('props') || {}) })),
    edges: edges.map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id(),
      labels: [edge.source().data('label'), edge.target().data('label')], from: nameOf(edge.source()),
      type: edge.data('type') ? relationshipName(edge.data('type'), 'out') : '', to: nameOf(edge.target()) })),
  };
}

function matches(row, columns, text) {
  return !text || [row.id, ...columns.map((c) => String(row[c.key]))].some((v) => v.toLocaleLowerCase().includes(text));
}

function sorted(rows, { key, ascending }, columns) {
  const numeric = columns.find((c) => c.key === key)?.numeric;
  const order = (a, b) => (numeric ? a[key] - b[key] : String(a[key]).localeCompare(String(b[key]), undefined,
    { numeric: true, sensitivity: 'base' }));
  return [...rows].sort((a, b) => (ascending ? order(a, b) : order(b, a)));
}

/** A header that sorts its table: aria-sort says how the table is sorted now. */
function header(column, sort, onSort) {
  const on = sort.key === column.key;
  return element('th', { scope: 'col', 'aria-sort': on ? (sort.ascending ? 'ascending' : 'descending') : 'none' },
    element('button', { type: 'button', className: 'link sort', 'data-key': column.key,
      onClick: () => onSort(on ? { key: column.key, ascending: !sort.ascending } : { key: column.key, ascending: true }) },
    t(column.title), element('span', { 'aria-hidden': 'true' }, on ? (sort.ascending ? ' ▲' : ' ▼') : '')));
}

function pick(id, text, onSelect, selected) {
  return element('button', { type: 'button', className: 'link', 'data-id': id, 'aria-current': selected ? 'true' : null,
    title: t('explore.table.select'), onClick: () => onSelect(id) }, text);
}

function nodeRow(row, onSelect, selected) {
  return element('tr', { 'data-id': row.id, className: selected ? 'selected' : null },
    element('th', { scope: 'row' }, pick(row.id, row.name, onSelect, selected)),
    element('td', {}, row.kind), element('td', {}, row.regions), element('td', { className: 'number' },
      formatNumber(row.degree)), element('td', {}, row.verification));
}

function edgeRow(row, onSelect) {
  return element('tr', { 'data-id': row.id },
    element('td', {}, pick(row.source, row.from, onSelect, false)), element('td', {}, row.type),
    element('td', {}, pick(row.target, row.to, onSelect, false)));
}

/** The rows as the CSV the server writes (one dialect for every download), header first. */
async function exportRows(columns, rows, name) {
  const { blob } = await api.postForFile('/api/csv', {
    rows: [['id', ...columns.map((c) => t(c.title))], ...rows.map((r) => [r.id, ...columns.map((c) => String(r[c.key]))])] });
  download(blob, name);
}

function controls(view) {
  view.text = element('input', { type: 'search', id: 'table-filter', autocomplete: 'off',
    onInput: () => view.render() });
  view.kind = element('select', { id: 'table-kind', onChange: () => view.render() });
  view.summary = element('p', { id: 'table-summary', className: 'hint', 'aria-live': 'polite' });
  return element('div', { className: 'table-controls' },
    element('label', {}, t('explore.table.filter'), view.text),
    element('label', {}, t('explore.table.kindFilter'), view.kind),
    element('button', { type: 'button', id: 'table-export-nodes',
      onClick: () => exportRows(NODE_COLUMNS, view.shownNodes, 'partnerkaart-scene-nodes.csv').catch(view.fail) },
    t('explore.table.exportNodes')),
    element('button', { type: 'button', id: 'table-export-edges',
      onClick: () => exportRows(EDGE_COLUMNS, view.shownEdges, 'partnerkaart-scene-relationships.csv').catch(view.fail) },
    t('explore.table.exportEdges')),
    view.summary);
}

/** The kinds in the scene to filter on; the chosen one stays chosen while it is there. */
function fillKinds(select, nodes) {
  const chosen = select.value;
  const kinds = [...new Map(nodes.map((n) => [n.label, n.kind]))].sort((a, b) => a[1].localeCompare(b[1]));
  select.replaceChildren(element('option', { value: '' }, t('explore.table.allKinds')),
    ...kinds.map(([label, kind]) => element('option', { value: label }, kind)));
  select.value = kinds.some(([label]) => label === chosen) ? chosen : '';
}

function renderTables(view) {
  const { cy, onSelect } = view;
  const all = rowsOf(cy);
  fillKinds(view.kind, all.nodes);
  const text = view.text.value.trim().toLocaleLowerCase();
  const kind = view.kind.value;
  view.shownNodes = sorted(all.nodes.filter((r) => (!kind || r.label === kind) && matches(r, NODE_COLUMNS, text)),
    view.sort.nodes, NODE_COLUMNS);
  view.shownEdges = sorted(all.edges.filter((r) => (!kind || r.labels.includes(kind)) && matches(r, EDGE_COLUMNS, text)),
    view.sort.edges, EDGE_COLUMNS);
  const selected = new Set(cy.nodes(':selected').map((n) => n.id()));
  const table = (id, name, columns, which, rows) => element('table', { className: 'data-table', id },
    element('caption', {}, name),
    element('thead', {}, element('tr', {}, columns.map((c) => header(c, view.sort[which], (sort) => {
      view.sort[which] = sort;
      view.render();
    })))),
    element('tbody', {}, rows));
  view.tables.replaceChildren(
    table('scene-nodes', t('explore.table.nodes'), NODE_COLUMNS, 'nodes',
      view.shownNodes.map((r) => nodeRow(r, onSelect, selected.has(r.id)))),
    table('scene-edges', t('explore.table.relationships'), EDGE_COLUMNS, 'edges',
      view.shownEdges.map((r) => edgeRow(r, onSelect))));
  view.summary.textContent = t('explore.table.summary', { nodes: formatNumber(view.shownNodes.length),
    allNodes: formatNumber(all.nodes.length), edges: formatNumber(view.shownEdges.length),
    allEdges: formatNumber(all.edges.length) });
}

/** Redraws the tables; the button that had the focus (a header, a row) has it again after. */
function keepingFocus(tables, draw) {
  const had = tables.contains(document.activeElement) ? document.activeElement : null;
  const where = had && { table: had.closest('table')?.id, key: had.dataset.key, id: had.dataset.id };
  draw();
  if (!where) return;
  const same = [...tables.querySelectorAll(`#${where.table} button`)]
    .find((b) => b.dataset.key === where.key && b.dataset.id === where.id);
  same?.focus();
}

/**
 * The table view in `host`. `onSelect(node)`: a row was chosen; `onView()`: the view switched (the page shows the
 * graph or the table). Returns the "Grafiek / Tabel" switch, `shown()` and `refresh()` (after any scene change).
 */
export function sceneTable(host, { cy, onSelect, onView, fail }) {
  const view = { cy, fail, on: false, sort: { nodes: { key: 'name', ascending: true }, edges: { key: 'from', ascending: true } },
    onSelect: (id) => { const node = cy.getElementById(id); if (node.nonempty()) onSelect(node); },
    tables: element('div', { className: 'scene-tables' }) };
  // Many changes come at once (unselecting all, then selecting one): the tables are drawn once after them.
  view.render = () => {
    if (!view.on || view.pending) return;
    view.pending = true;
    queueMicrotask(() => { view.pending = false; if (view.on) keepingFocus(view.tables, () => renderTables(view)); });
  };
  host.append(controls(view), view.tables);
  const button = (on, id, text) => element('button', { type: 'button', id, 'aria-pressed': String(on === view.on),
    onClick: (event) => {
      view.on = on;
      switcher.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === event.currentTarget)));
      view.render();
      onView();
    } }, text);
  const switcher = element('div', { className: 'view-switch', role: 'group', 'aria-label': t('explore.view') },
    button(false, 'view-graph', t('explore.view.graph')), button(true, 'view-table', t('explore.view.table')));
  cy.on('select unselect', 'node', () => view.render());
  return { switcher, shown: () => view.on, refresh: view.render };
}
