// Exports of the scene: the selection as CSV and a Cypher query that recreates the scene (pictures: export-image.js).
import { api } from '../shell/api.js';
import { t } from '../lib/i18n.js';
import { dataNodes, isGroup } from './groups.js';

function cell(value) {
  return value === undefined || value === null ? '' : Array.isArray(value) ? value.join('|') : String(value);
}

/** The selected nodes and edges (everything visible when nothing is selected), one row each, header first. */
export function selectionRows(cy) {
  const selected = cy.elements(':selected');
  const elements = (selected.nonempty() ? selected : cy.elements()).not('.filtered')
    .filter((el) => (el.isNode() ? !isGroup(el) : !isGroup(el.source()) && !isGroup(el.target())));
  const rows = [['kind', 'id', 'label', 'name', 'origin', 'source', 'type', 'target']];
  elements.nodes().forEach((n) => rows.push(['node', n.id(), n.data('label'), n.data('name'), n.data('origin'),
    '', '', '']));
  elements.edges().forEach((e) => rows.push(['edge', e.id(), '', '', e.data('props')?.origin, e.data('source'),
    e.data('type'), e.data('target')]));
  return rows.map((row) => row.map(cell));
}

/** The server writes the file, with the one CSV writer of every download (formulas neutralised). */
export async function exportCsv(cy) {
  const { blob } = await api.postForFile('/api/csv', { rows: selectionRows(cy) });
  download(blob, 'partnerkaart-selection.csv');
}

/** A Cypher string literal: backslashes, quotes and line breaks escaped, so no id can end the string early. */
export function cypherString(text) {
  return `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/**
 * A read-only query that shows the scene again in Neo4j Browser or the workbench: the nodes matched by id, the
 * relationships by their two ends and type. Ids and types go in as quoted literals.
 */
export function sceneCypher(cy) {
  const nodes = dataNodes(cy).not('.filtered');
  const edges = cy.edges().filter((e) => nodes.contains(e.source()) && nodes.contains(e.target()));
  const ids = nodes.map((n) => cypherString(n.id()));
  const rels = edges.map((e) => `[${cypherString(e.data('source'))}, ${cypherString(e.data('type'))}, `
    + `${cypherString(e.data('target'))}]`);
  return [
    `// ${t('explore.cypherHeader', { nodes: nodes.length, edges: edges.length })}`,
    `WITH [${ids.join(', ')}] AS ids,`,
    `     [${rels.join(',\n      ')}] AS rels`,
    'MATCH (n) WHERE n.id IN ids',
    'WITH collect(n) AS nodes, rels',
    'UNWIND nodes AS a',
    'OPTIONAL MATCH (a)-[r]->(b) WHERE [a.id, type(r), b.id] IN rels',
    'RETURN a, r, b',
  ].join('\n');
}

export function exportCypher(cy) {
  download(new Blob([sceneCypher(cy)], { type: 'text/plain;charset=utf-8' }), 'partnerkaart-scene.cypher');
}
