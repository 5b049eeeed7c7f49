// Pictures of the scene: PNG (Cytoscape draws it) and SVG, of the current view or of the whole scene. The SVG is
// written from the scene's model, not a canvas wrapped in SVG: each node a shape with its colour, border and label,
// each edge a line with its arrow, so that the file scales, and its text can be searched and edited.
import { download } from '../lib/dom.js';
import { LABEL_FONT, MIN_LABEL_PX } from '../lib/graph-style.js';

const PADDING = 20;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Width of a character relative to the font size, to cut long labels and to keep labels apart. */
const CHAR_WIDTH = 0.58;

export function exportPng(cy, { full = true } = {}) {
  download(cy.png({ output: 'blob', full, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }),
    full ? 'partnerkaart-scene.png' : 'partnerkaart-view.png');
}

function escapeXml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const round = (n) => Math.round(n * 10) / 10;

/** Cytoscape's node shapes as polygons in a box from -1 to 1 (rounded variants drawn with straight corners). */
function ngon(sides, turn = 0) {
  return Array.from({ length: sides }, (_, i) => {
    const angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / sides;
    return [Math.cos(angle), Math.sin(angle)];
  });
}

function star() {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (Math.PI * i) / 5;
    const r = i % 2 === 0 ? 1 : 0.4;
    return [r * Math.cos(angle), r * Math.sin(angle)];
  });
}

const POLYGONS = {
  triangle: [[0, -1], [1, 1], [-1, 1]], 'round-triangle': [[0, -1], [1, 1], [-1, 1]],
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]], 'round-diamond': [[0, -1], [1, 0], [0, 1], [-1, 0]],
  rhomboid: [[-1, -1], [0.33, -1], [1, 1], [-0.33, 1]],
  'cut-rectangle': [[-0.6, -1], [0.6, -1], [1, -0.6], [1, 0.6], [0.6, 1], [-0.6, 1], [-1, 0.6], [-1, -0.6]],
  barrel: [[-0.85, -1], [0.85, -1], [1, -0.6], [1, 0.6], [0.85, 1], [-0.85, 1], [-1, 0.6], [-1, -0.6]],
  'concave-hexagon': [[-1, -0.95], [1, -0.95], [0.75, 0], [1, 0.95], [-1, 0.95], [-0.75, 0]],
  tag: [[-1, -1], [0.25, -1], [1, 0], [0.25, 1], [-1, 1]], 'round-tag': [[-1, -1], [0.25, -1], [1, 0], [0.25, 1], [-1, 1]],
  vee: [[-1, -1], [0, -0.33], [1, -1], [0, 1]],
  pentagon: ngon(5), hexagon: ngon(6, Math.PI / 6), heptagon: ngon(7), octagon: ngon(8, Math.PI / 8), star: star(),
};

function paintOf(node) {
  const width = parseFloat(node.style('border-width')) || 0;
  const dash = node.style('border-style') === 'dashed' ? ' stroke-dasharray="4 3"' : '';
  return `fill="${escapeXml(node.style('background-color'))}" stroke="${escapeXml(node.style('border-color'))}" `
    + `stroke-width="${round(width)}"${dash}`;
}

function nodeShape(node) {
  const { x, y } = node.position();
  const w = node.width() / 2;
  const h = node.height() / 2;
  const shape = node.style('shape');
  const paint = paintOf(node);
  if (shape === 'ellipse') return `<ellipse cx="${round(x)}" cy="${round(y)}" rx="${round(w)}" ry="${round(h)}" ${paint}/>`;
  const points = POLYGONS[shape];
  if (!points) {
    const corner = shape === 'round-rectangle' ? ` rx="${round(Math.min(w, h) / 2)}"` : '';
    return `<rect x="${round(x - w)}" y="${round(y - h)}" width="${round(2 * w)}" height="${round(2 * h)}"${corner} ${paint}/>`;
  }
  return `<polygon points="${points.map(([px, py]) => `${round(x + px * w)},${round(y + py * h)}`).join(' ')}" ${paint}/>`;
}

/** A label cut to its maximum width with an ellipsis, as the canvas does. */
function fitted(text, font, maxWidth) {
  const most = Math.max(3, Math.floor(maxWidth / (font * CHAR_WIDTH)));
  return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}

function textAt(text, x, y, font, colour, extra = '') {
  return `<text x="${round(x)}" y="${round(y)}" font-size="${round(font)}" fill="${escapeXml(colour)}" `
    + `text-anchor="middle" font-family="sans-serif" stroke="#ffffff" stroke-width="${round(font / 4)}" `
    + `paint-order="stroke"${extra}>${escapeXml(text)}</text>`;
}

function nodeLabel(node, font) {
  const text = node.style('label');
  if (!text) return '';
  const { x, y } = node.position();
  const maxWidth = parseFloat(node.style('text-max-width')) || 110;
  return textAt(fitted(text, font, Math.max(maxWidth, maxWidth * (font / LABEL_FONT))), x,
    y + node.height() / 2 + 4 + font, font, node.style('color'));
}

function arrowHead(from, to, colour, size) {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const corner = (turn) => `${round(to.x - size * Math.cos(angle + turn))},${round(to.y - size * Math.sin(angle + turn))}`;
  return `<polygon points="${round(to.x)},${round(to.y)} ${corner(0.45)} ${corner(-0.45)}" fill="${escapeXml(colour)}"/>`;
}

/** Where an edge meets its node's border; the node's centre when the renderer has not placed the edge (yet). */
function endpoint(point, node) {
  return point && Number.isFinite(point.x) && Number.isFinite(point.y) ? point : node.position();
}

function edgeMarkup(edge, withLabel, font) {
  const from = endpoint(edge.sourceEndpoint(), edge.source());
  const to = endpoint(edge.targetEndpoint(), edge.target());
  const colour = edge.style('line-color');
  const width = parseFloat(edge.style('width')) || 1;
  const dash = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="5 4"' : '';
  const parts = [`<line x1="${round(from.x)}" y1="${round(from.y)}" x2="${round(to.x)}" y2="${round(to.y)}" `
    + `stroke="${escapeXml(colour)}" stroke-width="${round(width)}"${dash}/>`];
  if (edge.style('target-arrow-shape') !== 'none') parts.push(arrowHead(from, to, edge.style('target-arrow-color'), 6 + width * 2));
  const text = edge.style('label');
  if (withLabel && text) {
    let angle = (Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI;
    if (angle > 90 || angle < -90) angle += 180;
    const mx = (from.x + to.x) / 2;
    const my = (from.y + to.y) / 2;
    parts.push(textAt(text, mx, my - 3, font, edge.style('color'), ` transform="rotate(${round(angle)} ${round(mx)} ${round(my)})"`));
  }
  return `<g class="edge" data-id="${escapeXml(edge.id())}">${parts.join('')}</g>`;
}

function labelBox(node, font) {
  const { x, y } = node.position();
  const half = (Math.min(node.style('label').length, 24) * font * CHAR_WIDTH) / 2;
  const top = y + node.height() / 2 + 4;
  return { x1: x - half, x2: x + half, y1: top, y2: top + font * 1.3 };
}

const overlap = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Which node labels the picture carries. The view: those drawn now (their size on screen, not covered). The whole
 * scene: every label that covers no other, at the base size, best connected first, since an SVG is read zoomed.
 */
function labelsFor(cy, nodes, full) {
  const zoom = cy.zoom();
  const sized = (node) => (full ? LABEL_FONT : parseFloat(node.style('font-size')));
  if (!full) {
    return new Map(nodes.filter((n) => !n.hasClass('lod-covered') && n.style('label')
      && sized(n) * zoom >= MIN_LABEL_PX).map((n) => [n.id(), sized(n)]));
  }
  const placed = [];
  const chosen = new Map();
  nodes.filter((n) => n.style('label')).sort((a, b) => b.degree(false) - a.degree(false)).forEach((node) => {
    const box = labelBox(node, LABEL_FONT);
    if (placed.some((other) => overlap(box, other))) return;
    placed.push(box);
    chosen.set(node.id(), LABEL_FONT);
  });
  return chosen;
}

/** The scene (or the view) as an SVG document. */
export function sceneSvg(cy, { full = true } = {}) {
  const shown = cy.elements(':visible');
  const box = full ? shown.boundingBox() : cy.extent();
  const within = (b) => full || overlap(b, box);
  const nodes = shown.nodes().filter((n) => within(n.boundingBox({ includeLabels: false })));
  const edges = shown.edges().filter((e) => within(e.boundingBox({ includeLabels: false })));
  const labels = labelsFor(cy, nodes, full);
  const edgeFont = full ? MIN_LABEL_PX : MIN_LABEL_PX / Math.min(cy.zoom(), 1);
  const x = box.x1 - PADDING;
  const y = box.y1 - PADDING;
  const w = box.x2 - box.x1 + 2 * PADDING;
  const h = box.y2 - box.y1 + 2 * PADDING;
  return [
    `<svg xmlns="${SVG_NS}" viewBox="${round(x)} ${round(y)} ${round(w)} ${round(h)}" width="${Math.ceil(w)}" height="${Math.ceil(h)}">`,
    `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" fill="#ffffff"/>`,
    ...edges.map((e) => edgeMarkup(e, e.hasClass('lod-label') || e.selected(), edgeFont)),
    ...nodes.map((n) => `<g class="node" data-id="${escapeXml(n.id())}"><title>${escapeXml(n.data('name') || n.id())}</title>`
      + `${nodeShape(n)}${labels.has(n.id()) ? nodeLabel(n, labels.get(n.id())) : ''}</g>`),
    '</svg>',
  ].join('\n');
}

export function exportSvg(cy, { full = true } = {}) {
  download(new Blob([sceneSvg(cy, { full })], { type: 'image/svg+xml;charset=utf-8' }),
    full ? 'partnerkaart-scene.svg' : 'partnerkaart-view.svg');
}
