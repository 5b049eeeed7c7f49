// The 25 safety regions drawn from their real outlines (simplified GeoJSON) as an SVG map that screens colour in.
import { polygonsOf, project, regionOutlines, UNITS_PER_DEGREE } from './geo.js';

const SVG = 'http://www.w3.org/2000/svg';
// The strokes of the map (app.css) are drawn for 100 SVG units per degree.
const SVG_SCALE = 100 / UNITS_PER_DEGREE;

function svg(tag, attributes = {}) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => el.setAttribute(name, String(value)));
  return el;
}

/** A GeoJSON point ([lon, lat]) in the map's SVG units. */
function place([lon, lat]) {
  const { x, y } = project(lat, lon);
  return [x * SVG_SCALE, y * SVG_SCALE];
}

function pathData(geometry) {
  return polygonsOf(geometry).flatMap((rings) => rings.map((ring) => `M${ring.map((point) => place(point)
    .map((v) => v.toFixed(1)).join(',')).join('L')}Z`)).join('');
}

function bounds(features) {
  const points = features.flatMap((f) => polygonsOf(f.geometry).flat(2)).map(place);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/**
 * An SVG map of the regions. `onSelect(regionId)` is called on click or Enter; `paint(id, colour, title)` fills a
 * region and sets the text read out for it; `select(id)` marks one region.
 */
export async function regionMap({ onSelect, label }) {
  const { features } = await regionOutlines();
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
