// One place for how the graph looks: a colour and a shape per label, colours that carry meaning (covenant status,
// vital category, overdue action items), illustrative data with a dashed border. The legend reads the same tables.
import { relationshipLabel } from './labels.js';

export const LABEL_COLOURS = {
  SafetyRegion: '#2a7ab0', Municipality: '#7fb3d5', Partner: '#3f9b5a', Person: '#8bc49a',
  Sector: '#e08e0b', VitalProcess: '#f0b429', Asset: '#c9762b',
  Covenant: '#7b5ea7', ActionItem: '#a48ccc', Exercise: '#9575cd', Network: '#6a4c93', PartnerProfile: '#b39ddb',
  Theme: '#c0392b', CrisisType: '#d9534f', IncidentType: '#e57373', Source: '#8a949e',
  // Not a kind of data: many neighbours gathered in one node (explore/groups.js).
  Group: '#cfd8dc',
};

export const LABEL_SHAPES = {
  SafetyRegion: 'round-rectangle', Municipality: 'ellipse', Partner: 'ellipse', Person: 'ellipse',
  Sector: 'hexagon', VitalProcess: 'diamond', Asset: 'triangle', Covenant: 'rectangle', ActionItem: 'tag',
  Exercise: 'star', Network: 'octagon', PartnerProfile: 'round-tag', Theme: 'pentagon', CrisisType: 'pentagon',
  IncidentType: 'vee', Source: 'barrel', Group: 'cut-rectangle',
};

/** Colours with a meaning beyond the label; each entry is explained in the legend under `legend.<key>`. */
export const MEANINGS = [
  { key: 'covenantActive', selector: 'node[label = "Covenant"][status = "active"]', colour: '#2e7d32' },
  { key: 'covenantDraft', selector: 'node[label = "Covenant"][status = "draft"]', colour: '#f9a825' },
  { key: 'covenantUnknown', selector: 'node[label = "Covenant"][status = "unknown"]', colour: '#6a3d9a' },
  { key: 'covenantExpired', selector: 'node[label = "Covenant"][status = "expired"]', colour: '#9e9e9e' },
  { key: 'covenantTerminated', selector: 'node[label = "Covenant"][status = "terminated"]', colour: '#616161' },
  { key: 'overdue', selector: 'node[overdue = "yes"]', colour: '#c62828' },
  { key: 'vitalA', selector: 'node[label = "VitalProcess"][category = "A"]', colour: '#b3261e', border: true },
  { key: 'vitalB', selector: 'node[label = "VitalProcess"][category = "B"]', colour: '#ef6c00', border: true },
];

export const graphStyle = [
  { selector: 'node', style: {
    'background-color': '#999', shape: 'ellipse', width: 22, height: 22, 'border-width': 2, 'border-color': '#fff',
  } },
  // Nodes of a big scene (data `bulk`) get their label only when in view and zoomed in (class `labelled`,
  // explore/scene.js): these 8 properties were nearly half of each node's styling, and each label is measured.
  { selector: 'node[!bulk], node.labelled, node[label = "Group"]', style: {
    label: 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#1c2733',
    'text-wrap': 'ellipsis', 'text-max-width': 120,
    // Labels only once they are readable: big scenes stay fast and calm when zoomed out.
    'min-zoomed-font-size': 7,
  } },
  // One plain selector per label rather than a function: Cytoscape can then share computed styles between nodes.
  ...Object.keys(LABEL_COLOURS).map((label) => ({ selector: `node[label = "${label}"]`,
    style: { 'background-color': LABEL_COLOURS[label], shape: LABEL_SHAPES[label] } })),
  { selector: 'node[label = "SafetyRegion"]', style: { width: 34, height: 34 } },
  { selector: 'node[label = "Group"]', style: { width: 46, height: 34, 'border-width': 3, 'border-color': '#455a64',
    'font-weight': 'bold', 'font-size': 11 } },
  // Sized as brokers (explorer button "Knooppunten"): a weight from 0 to 1 relative to the largest broker.
  { selector: 'node[weight]', style: { width: 'mapData(weight, 0, 1, 18, 72)', height: 'mapData(weight, 0, 1, 18, 72)' } },
  ...MEANINGS.map((m) => ({ selector: m.selector, style: m.border
    ? { 'border-color': m.colour, 'border-width': 4 } : { 'background-color': m.colour } })),
  { selector: 'node[origin = "illustrative"]', style: { 'border-style': 'dashed', 'border-color': '#c47f00' } },
  { selector: 'node:locked', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1c2733' } },
  { selector: 'node:selected', style: { 'border-color': '#f2a900', 'border-width': 4 } },
  { selector: 'node.on-path', style: { 'border-color': '#b3261e', 'border-width': 3, 'border-style': 'solid' } },
  { selector: '.filtered', style: { display: 'none' } },
  // Edges of a big scene (data `bulk`, explore/scene.js) match only the lean rule at the end. Cytoscape applies every
  // property of every matching rule to each element one by one, and 10,000 edges made that most of the styling time.
  { selector: 'edge[!bulk]', style: {
    width: 1.2, 'line-color': '#b8c4ce', 'target-arrow-color': '#b8c4ce', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', 'arrow-scale': 0.8, label: 'data(caption)', 'font-size': 7, color: '#5b6b7b',
    'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
    'min-zoomed-font-size': 8,
  } },
  // A class, not a selector on the ends' ids: thousands of edges would each be matched against it.
  { selector: 'edge.to-group', style: { 'line-style': 'dashed', label: '' } },
  { selector: 'edge[?bulk]', style: { width: 1, 'line-color': '#b8c4ce', 'curve-style': 'haystack' } },
  { selector: 'edge.on-path', style: { width: 3, 'line-color': '#b3261e', 'target-arrow-color': '#b3261e' } },
];

/** The landing map: regions sized and coloured by the chosen measure, ties as undirected lines. */
export const landingStyle = [
  { selector: 'node', style: {
    width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', 'background-opacity': 0.9,
    'border-width': 4, 'border-color': '#fff', label: 'data(caption)', 'font-size': 34, color: '#1c2733',
    'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 8, 'text-outline-color': '#fff',
    'text-outline-width': 5, 'min-zoomed-font-size': 6,
  } },
  { selector: 'node:selected', style: { 'border-color': '#f2a900', 'border-width': 10 } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': '#6a4c93', opacity: 0.45, 'curve-style': 'straight',
  } },
  { selector: 'edge:selected', style: { opacity: 0.9, 'line-color': '#b3261e' } },
];

/** Cytoscape elements from the API's shared graph shape `{nodes, edges}`: what the style above reads. */
export function graphElements(graph) {
  return [
    ...graph.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, name: n.name, label: n.labels[0],
      origin: n.properties.origin } })),
    ...graph.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type,
      caption: relationshipLabel(e.type) } })),
  ];
}
