// The legend: every colour and shape the scene uses, explained; it reads the same tables as the graph style.
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { LABEL_COLOURS, LABEL_SHAPES, MEANINGS } from '../lib/graph-style.js';

/** A small sample of a node's look; colour through the style object (the CSP forbids style attributes). */
export function swatch(colour, shape = 'ellipse', extraClass = '') {
  const el = element('span', { className: `swatch shape-${shape} ${extraClass}`.trim(), 'aria-hidden': 'true' });
  el.style.backgroundColor = colour;
  return el;
}

/** Renders the legend for the labels present in the scene (all labels when it is empty). */
export function renderLegend(host, cy) {
  const present = new Set(cy.nodes().map((n) => n.data('label')));
  const labels = Object.keys(LABEL_COLOURS).filter((label) => present.size === 0 || present.has(label));
  host.replaceChildren(
    element('ul', { className: 'legend-list' },
      labels.map((label) => element('li', {}, swatch(LABEL_COLOURS[label], LABEL_SHAPES[label]),
        ` ${t(`kind.${label}`)}`)),
      MEANINGS.map((m) => element('li', {}, swatch(m.border ? '#fff' : m.colour, 'ellipse',
        m.border ? `border-${m.key}` : ''), ` ${t(`legend.${m.key}`)}`)),
      element('li', {}, swatch('#fff', 'ellipse', 'dashed'), ` ${t('legend.illustrative')}`),
      element('li', {}, swatch('#fff', 'ellipse', 'pinned'), ` ${t('legend.pinned')}`),
      element('li', {}, swatch('#b3261e', 'line'), ` ${t('legend.path')}`)));
}
