// The sequential colour scale of the map: the hour a region is first hit, darkest first (longest to suffer, least
// time to prepare). Each class has a contrast of at least 3:1 with the fill of a region that is not hit, so a hit
// region stands out whatever its class; the legend and the region's own text say the hour too.
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

// Upper bound of each class in hours (inclusive) and its colour; the last class has no bound.
const CLASSES = [
  { upTo: 0, colour: '#67000d' },
  { upTo: 4, colour: '#99000d' },
  { upTo: 12, colour: '#cb181d' },
  { upTo: 24, colour: '#e34a33' },
  { upTo: Infinity, colour: '#d95f0e' },
];

function classOf(hour) {
  return CLASSES.findIndex((c) => hour <= c.upTo);
}

export function hourColour(hour) {
  return CLASSES[classOf(hour)].colour;
}

// Through the CSS object model: the page's content security policy allows no inline style attributes.
function swatch(colour) {
  const span = element('span', { className: 'swatch', 'aria-hidden': 'true' });
  span.style.backgroundColor = colour;
  return span;
}

function classLabel(index) {
  const { upTo } = CLASSES[index];
  if (index === 0) return t('cascade.legend.first');
  const from = CLASSES[index - 1].upTo;
  return upTo === Infinity ? t('cascade.legend.after', { from }) : t('cascade.legend.between', { from, to: upTo });
}

/** The legend of the map: one swatch per class that occurs in the answer, and one for regions not hit. */
export function hourLegend(regions) {
  const used = new Set(regions.map((r) => classOf(r.hour)));
  const items = CLASSES.map((c, index) => (used.has(index) ? element('li', { 'data-class': String(index) },
    swatch(c.colour), classLabel(index)) : null))
    .filter(Boolean);
  return element('div', { id: 'cascade-map-legend', className: 'map-legend' },
    element('p', { className: 'legend-title' }, t('cascade.legend.title')),
    element('ul', {}, items, element('li', { 'data-class': 'none' },
      element('span', { className: 'swatch not-hit', 'aria-hidden': 'true' }), t('cascade.legend.notHit'))));
}
