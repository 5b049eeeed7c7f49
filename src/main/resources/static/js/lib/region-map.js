// The 25 safety regions drawn from their real outlines (simplified GeoJSON) as an SVG map that screens colour in.
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
// Longitude shrinks with latitude; at the latitude of the Netherlands one degree east is cos(52.2°) of one north.
const EAST_SCALE = Math.cos((52.2 * Math.PI) / 180);
let outlines = null;

function svg(tag, attributes = {}) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => el.setAttribute(name, String(value)));
  return el;
}

async function loadOutlines() {
  if (!outlines) {
    const response = await fetch('/geo/veiligheidsregios-2025.geojson');
    if (!response.ok) throw new Error(t('map.unavailable'));
    outlines = await response.json();
  }
  return outlines;
}

const project = ([lon, lat]) => [lon * EAST_SCALE * 100, -lat * 100];

function pathData(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((ring) => `M${ring.map((point) => project(point)
    .map((v) => v.toFixed(1)).join(',')).join('L')}Z`)).join('');
}

function bounds(features) {
  const points = features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates]
    : f.geometry.coordinates).flat(2)).map(project);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/**
 * An SVG map of the regions. `onSelect(regionId)` is called on click or Enter; `paint(id, colour, title)` fills a
 * region and sets the text read out for it; `select(id)` marks one region.
 */
export async function regionMap({ onSelect, label }) {
  const { features } = await loadOutlines();
  const box = bounds(features);
  const map = svg('svg', { class: 'region-map', viewBox: `${box.x - 5} ${box.y - 5} ${box.width + 10} ${box.height + 10}`,
    role: 'group', 'aria-label': label });
  const regions = new Map();
  for (const feature of features) {
    const id = feature.properties.code;
    const title = svg('title');
    title.textContent = feature.properties.name;
    const path = svg('path', { d: pathData(feature.geometry), class: 'region', tabindex: '0', role: 'button',
      'data-region': id, 'aria-label': feature.properties.name });
    path.append(title);
    path.addEventListener('click', () => onSelect(id));
    path.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); onSelect(id); }
    });
    regions.set(id, { path, title, name: feature.properties.name });
    map.append(path);
  }
  return {
    element: map,
    names: new Map([...regions].map(([id, region]) => [id, region.name])),
    paint(id, colour, text) {
      const region = regions.get(id);
      if (!region) return;
      region.path.style.fill = colour || '';
      region.title.textContent = text ? `${region.name}: ${text}` : region.name;
      region.path.setAttribute('aria-label', region.title.textContent);
    },
    select(id) {
      regions.forEach((region, key) => region.path.classList.toggle('selected', key === id));
    },
  };
}
