// The legend: every colour and shape the scene uses, explained; it reads the same tables as the graph style, with
// the user's style rules applied (explore/style-rules.js).
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { LABEL_COLOURS, MEANINGS } from '../lib/graph-style.js';
import { NO_VALUE_COLOUR, VALUE_COLOURS, defaultRules, lookOf } from './style-rules.js';

/** A small sample of a node's look; colour through the style object (the CSP forbids style attributes). */
export function swatch(colour, shape = 'ellipse', extraClass = '') {
  const el = element('span', { className: `swatch shape-${shape} ${extraClass}`.trim(), 'aria-hidden': 'true' });
  el.style.backgroundColor = colour;
  return el;
}

/** What a rule by a property adds: the colour of each value, or what the size stands for. */
function byProperty(rules) {
  const items = [];
  if (rules.colourBy) {
    items.push(element('li', { className: 'legend-heading' }, t(`style.colourBy.${rules.colourBy}`)),
      ...Object.entries(VALUE_COLOURS[rules.colourBy]).map(([value, colour]) => element('li',
        { 'data-value': value }, swatch(colour), ` ${t(`style.value.${value}`)}`)),
      element('li', {}, swatch(NO_VALUE_COLOUR), ` ${t('style.value.none')}`));
  }
  if (rules.sizeBy) items.push(element('li', { className: 'legend-heading' }, t(`style.sizeBy.${rules.sizeBy}`)));
  return items;
}

/** Renders the legend for the labels present in the scene (all labels when it is empty). */
export function renderLegend(host, cy, rules = defaultRules()) {
  const present = new Set(cy.nodes().map((n) => n.data('label')));
  const labels = Object.keys(LABEL_COLOURS).filter((label) => present.size === 0 || present.has(label));
  const look = lookOf(rules);
  host.replaceChildren(
    element('ul', { className: 'legend-list' },
      labels.map((label) => element('li', { 'data-kind': label }, swatch(look.colours[label], look.shapes[label]),
        ` ${t(`kind.${label}`)}`)),
      byProperty(rules),
      MEANINGS.map((m) => element('li', {}, swatch(m.border ? '#fff' : m.colour, 'ellipse',
        m.border ? `border-${m.key}` : ''), ` ${t(`legend.${m.key}`)}`)),
      element('li', {}, swatch('#fff', 'ellipse', 'dashed'), ` ${t('legend.illustrative')}`),
      element('li', {}, swatch('#fff', 'ellipse', 'pinned'), ` ${t('legend.pinned')}`),
      element('li', {}, swatch('#b3261e', 'line'), ` ${t('legend.path')}`)));
}
