// One place for how the graph looks: a colour and a shape per label, colours that carry meaning (covenant status,
// vital category, overdue action items), illustrative data with a dashed border. The legend reads the same tables.
import { relationshipLabel } from './labels.js';

// Every kind has a colour of its own and a shape of its own, so that the shape tells kinds apart where colours look
// alike (colour-blind readers, a grey print). Colours: Paul Tol's "muted" set and the Okabe-Ito set, both chosen to
// stay distinct for colour-blind readers (https://personal.sron.nl/~pault/); related kinds share a hue family.
export const LABEL_COLOURS = {
  SafetyRegion: '#0072B2', Municipality: '#56B4E9', Partner: '#009E73', Person: '#44AA99',
  Sector: '#E69F00', VitalProcess: '#F0E442', Asset: '#D55E00',
  Covenant: '#CC79A7', ActionItem: '#882255', Exercise: '#DDCC77', Network: '#332288', PartnerProfile: '#88CCEE',
  Theme: '#117733', CrisisType: '#CC6677', IncidentType: '#AA4499', Source: '#999933',
  // Not a kind of data: many neighbours gathered in one node (explore/groups.js).
  Group: '#cfd8dc',
};

export const LABEL_SHAPES = {
  SafetyRegion: 'round-rectangle', Municipality: 'barrel', Partner: 'ellipse', Person: 'round-triangle',
  Sector: 'hexagon', VitalProcess: 'diamond', Asset: 'triangle', Covenant: 'rectangle', ActionItem: 'tag',
  Exercise: 'star', Network: 'octagon', PartnerProfile: 'round-tag', Theme: 'pentagon', CrisisType: 'heptagon',
  IncidentType: 'vee', Source: 'rhomboid', Group: 'cut-rectangle',
};

/** The node shapes a style rule may choose (the server accepts the same list: scene/SceneStyles.java). */
export const SHAPES = ['ellipse', 'triangle', 'round-triangle', 'rectangle', 'round-rectangle', 'cut-rectangle',
  'barrel', 'rhomboid', 'diamond', 'round-diamond', 'pentagon', 'hexagon', 'concave-hexagon', 'heptagon', 'octagon',
  'star', 'tag', 'round-tag', 'vee'];

/** A node's diameter unless a rule or a kind says otherwise. */
export const NODE_SIZE = 22;
/** Node labels: 13 px at zoom 1; never drawn below 12 px on screen (`min-zoomed-font-size`). */
export const LABEL_FONT = 13;
export const MIN_LABEL_PX = 12;
/** Label fonts for readable text: every label is drawn at 12 px on screen or more, or not at all. */
const READABLE = { 'min-zoomed-font-size': MIN_LABEL_PX, 'text-background-color': '#ffffff',
  'text-background-opacity': 0.85, 'text-background-padding': 2, 'text-background-shape': 'round-rectangle' };

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

/**
 * The style sheet for a look: `colours`, `shapes` and `sizes` per label (style rules override the defaults above).
 * Data a rule sets on nodes: `caption` (the label's text), `ruleWeight` (0 to 1, the size by a property) and
 * `ruleColour` (the colour by a property); see explore/style-rules.js.
 */
export function graphStyleFor({ colours = LABEL_COLOURS, shapes = LABEL_SHAPES, sizes = {} } = {}) {
  return [
    { selector: 'node', style: {
      'background-color': '#999', shape: 'ellipse', width: NODE_SIZE, height: NODE_SIZE, 'border-width': 1.5,
      // A dark outline: pale kinds (yellow, sand) stand out from the white canvas, and the shape reads.
      'border-color': '#3b4754',
    } },
    // Nodes of a big scene (data `bulk`) get their label only when in view and zoomed in (class `labelled`,
    // explore/scene.js): these properties were nearly half of each node's styling, and each label is measured.
    { selector: 'node[!bulk], node.labelled, node[label = "Group"]', style: {
      label: 'data(name)', 'font-size': LABEL_FONT, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#1c2733',
      'text-wrap': 'ellipsis', 'text-max-width': 110, ...READABLE,
    } },
    { selector: 'node[caption][!bulk], node[caption].labelled', style: { label: 'data(caption)' } },
    // One plain selector per label rather than a function: Cytoscape can then share computed styles between nodes.
    ...Object.keys(colours).map((label) => ({ selector: `node[label = "${label}"]`,
      style: { 'background-color': colours[label], shape: shapes[label] } })),
    { selector: 'node[label = "SafetyRegion"]', style: { width: 34, height: 34 } },
    ...Object.entries(sizes).map(([label, size]) => ({ selector: `node[label = "${label}"]`,
      style: { width: size, height: size } })),
    { selector: 'node[label = "Group"]', style: { width: 46, height: 34, 'border-width': 3,
      'border-color': '#455a64', 'font-weight': 'bold' } },
    { selector: 'node[ruleWeight]', style: {
      width: 'mapData(ruleWeight, 0, 1, 18, 64)', height: 'mapData(ruleWeight, 0, 1, 18, 64)' } },
    // Sized as brokers (explorer button "Knooppunten"): a weight from 0 to 1 relative to the largest broker.
    { selector: 'node[weight]', style: { width: 'mapData(weight, 0, 1, 18, 72)', height: 'mapData(weight, 0, 1, 18, 72)' } },
    ...MEANINGS.map((m) => ({ selector: m.selector, style: m.border
      ? { 'border-color': m.colour, 'border-width': 4 } : { 'background-color': m.colour } })),
    { selector: 'node[ruleColour]', style: { 'background-color': 'data(ruleColour)' } },
    { selector: 'node[origin = "illustrative"]', style: { 'border-style': 'dashed', 'border-color': '#c47f00',
      'border-width': 2 } },
    { selector: 'node:locked', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1c2733' } },
    { selector: 'node:selected', style: { 'border-color': '#f2a900', 'border-width': 4 } },
    { selector: 'node.on-path', style: { 'border-color': '#b3261e', 'border-width': 3, 'border-style': 'solid' } },
    // Level of detail (explore/labels.js): a label that would cover another is left out; the one under the pointer
    // always shows, above the others.
    { selector: 'node.lod-covered', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    { selector: 'node.lod-hover', style: { 'text-opacity': 1, 'text-background-opacity': 0.95, 'z-index': 20 } },
    { selector: '.filtered', style: { display: 'none' } },
    // Edges of a big scene (data `bulk`, explore/scene.js) match only the lean rule at the end. Cytoscape applies
    // every property of every matching rule to each element one by one, and 10,000 edges made that most of the time.
    { selector: 'edge[!bulk]', style: {
      width: 1.2, 'line-color': '#b8c4ce', 'target-arrow-color': '#b8c4ce', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', 'arrow-scale': 0.8,
    } },
    // Relationship types only where they help: a selected edge, one under the pointer, the edges of the selection,
    // or every edge of a small scene (class `lod-label`, explore/labels.js).
    { selector: 'edge.lod-label, edge:selected', style: {
      label: 'data(caption)', 'font-size': MIN_LABEL_PX, color: '#1c2733', 'text-rotation': 'autorotate', ...READABLE,
    } },
    { selector: 'edge:selected', style: { width: 2.5, 'line-color': '#5b6b7b', 'target-arrow-color': '#5b6b7b' } },
    // A class, not a selector on the ends' ids: thousands of edges would each be matched against it.
    { selector: 'edge.to-group', style: { 'line-style': 'dashed', label: '' } },
    { selector: 'edge[?bulk]', style: { width: 1, 'line-color': '#b8c4ce', 'curve-style': 'haystack' } },
    { selector: 'edge.on-path', style: { width: 3, 'line-color': '#b3261e', 'target-arrow-color': '#b3261e' } },
  ];
}

export const graphStyle = graphStyleFor();

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
