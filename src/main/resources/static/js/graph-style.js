// One place for how the graph looks: a colour per label, and illustrative data drawn with a dashed border.
export const LABEL_COLOURS = {
  SafetyRegion: '#2a7ab0', Municipality: '#7fb3d5', Partner: '#3f9b5a', Person: '#8bc49a',
  Sector: '#e08e0b', VitalProcess: '#f0b429', Asset: '#c9762b',
  Covenant: '#7b5ea7', ActionItem: '#a48ccc', Exercise: '#9575cd', Network: '#6a4c93', PartnerProfile: '#b39ddb',
  Theme: '#c0392b', CrisisType: '#d9534f', IncidentType: '#e57373', Source: '#8a949e',
};

export const graphStyle = [
  { selector: 'node', style: {
    'background-color': (node) => LABEL_COLOURS[node.data('label')] || '#999',
    label: 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#1c2733',
    'text-wrap': 'ellipsis', 'text-max-width': 120, width: 22, height: 22, 'border-width': 2, 'border-color': '#fff',
  } },
  { selector: 'node[label = "SafetyRegion"]', style: { width: 34, height: 34, shape: 'round-rectangle' } },
  { selector: 'node[origin = "illustrative"]', style: { 'border-style': 'dashed', 'border-color': '#c47f00' } },
  { selector: 'node:selected', style: { 'border-color': '#f2a900', 'border-width': 4 } },
  { selector: 'node.on-path', style: { 'border-color': '#b3261e', 'border-width': 3, 'border-style': 'solid' } },
  { selector: 'edge', style: {
    width: 1.2, 'line-color': '#b8c4ce', 'target-arrow-color': '#b8c4ce', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', 'arrow-scale': 0.8, label: 'data(type)', 'font-size': 7, color: '#5b6b7b',
    'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
  } },
  { selector: 'edge.on-path', style: { width: 3, 'line-color': '#b3261e', 'target-arrow-color': '#b3261e' } },
];

/** Cytoscape elements from the API's shared graph shape `{nodes, edges}`: what the style above reads. */
export function graphElements(graph) {
  return [
    ...graph.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, name: n.name, label: n.labels[0],
      origin: n.properties.origin } })),
    ...graph.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
  ];
}
