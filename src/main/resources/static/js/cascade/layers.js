// The cascade in layers of time, failure spreading from left to right: one column per hour at which something is
// first hit, each process and asset in its column. The same columns place the nodes of the dependency graph.
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { hourText, illustrativeMark } from './parts.js';

const COLUMN_WIDTH = 260;
const ROW_HEIGHT = 70;

/** The processes and assets of an answer grouped by the hour they are first hit, earliest first. */
function hourColumns(answer) {
  const columns = new Map();
  const add = (item, kind) => {
    if (!columns.has(item.hour)) columns.set(item.hour, []);
    columns.get(item.hour).push({ ...item, kind });
  };
  answer.processes.forEach((p) => add(p, p.local ? 'localProcess' : 'process'));
  answer.assets.forEach((a) => add(a, 'asset'));
  return [...columns.entries()].sort((a, b) => a[0] - b[0])
    .map(([hour, items]) => ({ hour, items: items.sort((a, b) => a.kind.localeCompare(b.kind)
      || (a.name || a.id).localeCompare(b.name || b.id)) }));
}

/** Node positions for Cytoscape's preset layout: column by hour, rows within the column. */
export function columnPositions(answer) {
  const positions = {};
  hourColumns(answer).forEach((column, x) => column.items.forEach((item, y) => {
    positions[item.id] = { x: x * COLUMN_WIDTH, y: y * ROW_HEIGHT };
  }));
  return positions;
}

function card(item) {
  const via = item.chain && item.chain.length > 1 ? item.chain[item.chain.length - 2] : null;
  return element('li', { className: `layer-item ${item.kind}`, 'data-id': item.id },
    element('span', { className: 'event-kind' }, t(`cascade.kind.${item.kind}`)),
    element('span', { className: 'layer-name' }, item.name || item.id, illustrativeMark(item)),
    via ? element('small', { className: 'chain' }, t('cascade.via', { id: via })) : '');
}

/** The columns as a list of lists (readable by screen readers), with the end of the outage as its last column. */
export function layersView(answer) {
  const columns = hourColumns(answer).map((column) => element('li', { className: 'layer-column',
    'data-hour': String(column.hour) },
  element('h3', {}, hourText(column.hour)),
  element('ul', {}, column.items.map(card))));
  const recovered = answer.scenario?.recoveredAt;
  if (recovered != null) {
    columns.push(element('li', { className: 'layer-column recovery', 'data-hour': String(recovered) },
      element('h3', {}, hourText(recovered)),
      element('p', {}, t('cascade.recovery'))));
  }
  return element('ol', { id: 'cascade-layers-columns', className: 'layers' }, columns);
}
