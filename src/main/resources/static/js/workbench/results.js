// A workbench answer as a table or as a graph (the explorer's style), with "open in explorer".
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { element, table } from '../lib/dom.js';
import { graphElements, graphStyle } from '../lib/graph-style.js';
import { formatNumber, t } from '../lib/i18n.js';

/** The hand-off to the explorer: `#/explore?nodes=<id>,<id>,...` (ids URL-encoded) puts those nodes in its scene. */
const EXPLORER_NODE_LIMIT = 200;
const COSE_LIMIT = 300;

function explorerLink(nodeIds) {
  return `#/explore?nodes=${nodeIds.slice(0, EXPLORER_NODE_LIMIT).map(encodeURIComponent).join(',')}`;
}

function cellText(value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value !== 'object') return String(value);
  switch (value.kind) {
    case 'node': return value.name ? `${value.name} (${value.id})` : `${value.labels[0] || ''} ${value.id}`;
    case 'relationship': return `(${value.source})-[:${value.type}]->(${value.target})`;
    case 'path': return value.text;
    default: return JSON.stringify(value);
  }
}

function resultTable(answer) {
  const rows = answer.rows.map((row) => element('tr', {}, row.map((value) => element('td', {}, cellText(value)))));
  return table(answer.columns, rows);
}

/** A tab and the panel it shows, wired for assistive technology; the panel takes the focus, so a keyboard reaches
 * and scrolls a long table. */
function tabWithPanel(name, label, className, selected) {
  const tab = element('button', { type: 'button', role: 'tab', id: `tab-${name}`, 'aria-selected': String(selected),
    'aria-controls': `workbench-${name}`, tabindex: selected ? '0' : '-1' }, label);
  const panel = element('div', { className, id: `workbench-${name}`, role: 'tabpanel', 'aria-labelledby': `tab-${name}`,
    tabindex: '0', hidden: !selected });
  return [tab, panel];
}

/** The tab pattern's keys: the arrows (and Home, End) move between the two tabs and show them. */
function arrowKeys(first, second, select) {
  [first, second].forEach((tab) => tab.addEventListener('keydown', (event) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const other = tab === first ? second : first;
    const next = { Home: first, End: second }[event.key] || other;
    select(next === second);
    next.focus();
  }));
}

export function resultsView() {
  const summary = element('p', { className: 'workbench-summary', id: 'workbench-summary', role: 'status' });
  const [tableTab, tablePane] = tabWithPanel('table', t('workbench.table'), 'workbench-table', true);
  const [graphTab, graphPane] = tabWithPanel('graph', t('workbench.graph'), 'graph-canvas workbench-graph', false);
  const explorerLinkEl = element('a', { className: 'button-link', id: 'open-in-explorer', hidden: true }, t('workbench.openInExplorer'));
  // A tablist holds only its tabs: the link to the explorer stands beside it.
  const tabs = element('div', { className: 'workbench-tabs', hidden: true },
    element('div', { role: 'tablist', 'aria-label': t('workbench.results') }, tableTab, graphTab), explorerLinkEl);
  let answer = null;
  let cy = null;

  const drawGraph = () => {
    if (cy) cy.destroy();
    cy = cytoscape({ container: graphPane, style: graphStyle, elements: graphElements(answer.graph),
      wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 3 });
    // cose takes seconds beyond a few hundred nodes; a grid is instant.
    const layout = cy.nodes().length > COSE_LIMIT ? { name: 'grid' } : { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true };
    cy.layout(layout).run();
  };
  const select = (showGraph) => {
    tableTab.setAttribute('aria-selected', String(!showGraph));
    graphTab.setAttribute('aria-selected', String(showGraph));
    [tableTab.tabIndex, graphTab.tabIndex] = showGraph ? [-1, 0] : [0, -1];
    tablePane.hidden = showGraph;
    graphPane.hidden = !showGraph;
    if (showGraph && answer) drawGraph(); // Cytoscape measures its container, so it draws once visible
  };
  tableTab.addEventListener('click', () => select(false));
  graphTab.addEventListener('click', () => select(true));
  arrowKeys(tableTab, graphTab, select);

  return {
    element: element('section', { className: 'workbench-results', 'aria-label': t('workbench.results') },
      summary, tabs, tablePane, graphPane),
    show(next) {
      answer = next;
      const texts = [t('workbench.summary', { rows: formatNumber(next.rowCount), ms: formatNumber(next.elapsedMs) })];
      if (next.truncatedBy === 'answer-size') texts.push(t('workbench.truncatedBySize', { rows: formatNumber(next.rowCount) }));
      else if (next.truncated) texts.push(t('workbench.truncated', { cap: formatNumber(next.rowCap) }));
      if (next.graph.nodes.length === 0) texts.push(t('workbench.noGraph'));
      summary.textContent = texts.join(' ');
      summary.classList.toggle('warning', next.truncated);
      tabs.hidden = false;
      const ids = next.graph.nodes.map((n) => n.id);
      explorerLinkEl.hidden = ids.length === 0;
      explorerLinkEl.href = explorerLink(ids);
      explorerLinkEl.title = ids.length > EXPLORER_NODE_LIMIT ? t('workbench.explorerLimit', { limit: EXPLORER_NODE_LIMIT }) : '';
      tablePane.replaceChildren(resultTable(next));
      select(graphTab.getAttribute('aria-selected') === 'true' && ids.length > 0);
    },
    clear(message) {
      answer = null;
      summary.textContent = message;
      tabs.hidden = true;
      tablePane.replaceChildren();
      select(false);
    },
  };
}
