// The map of the Netherlands in one place: the outlines of the 25 safety regions (GeoJSON of CBS 2025, simplified),
// fetched once, and the one projection that every map uses (the explorer's map layer and landing view, the outage
// screen's region map), so that a coordinate lands on the same spot in each.
import { t } from './i18n.js';

const CENTRE = { lat: 52.2, lon: 5.3 };
/** Model units per degree of latitude. */
export const UNITS_PER_DEGREE = 1000;
// Longitude shrinks with latitude; at the latitude of the Netherlands one degree east is cos(52.2°) of one north.
const LON_FACTOR = Math.cos((CENTRE.lat * Math.PI) / 180);
let outlines = null;

/** Model position of a coordinate: an equirectangular projection around the middle of the country. */
export function project(lat, lon) {
  return { x: (lon - CENTRE.lon) * UNITS_PER_DEGREE * LON_FACTOR, y: -(lat - CENTRE.lat) * UNITS_PER_DEGREE };
}

/** The region outlines as a GeoJSON feature collection, fetched once. */
export async function regionOutlines() {
  if (!outlines) {
    const response = await fetch('/geo/veiligheidsregios-2025.geojson', { credentials: 'same-origin' });
    if (!response.ok) throw new Error(t('map.unavailable'));
    outlines = await response.json();
  }
  return outlines;
}

/** The polygons of a feature's geometry (one for a Polygon, several for a MultiPolygon), each a list of rings. */
export function polygonsOf(geometry) {
  return geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
}
