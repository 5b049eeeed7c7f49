// The style panel: per node kind a colour, a size, a shape and the property shown as its caption; the size or the
// colour of every node by a property; and a way back to the default look. Each change applies at once.
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { fieldLabel, kindLabel } from '../lib/labels.js';
import { LABEL_COLOURS, LABEL_SHAPES, NODE_SIZE, SHAPES } from '../lib/graph-style.js';
import { COLOUR_BY, SIZE_BY, lookOf } from './style-rules.js';

const GROUP = 'Group';
/** Properties never worth a caption: structure and bookkeeping rather than something to read. */
const NOT_CAPTIONS = new Set(['name', 'id', 'lat', 'lon', 'synonyms', 'version']);

/** The kinds to style: those in the scene, or every kind while it is empty. */
function kindsIn(cy) {
  const present = new Set(cy.nodes().map((n) => n.data('label')));
  return Object.keys(LABEL_COLOURS).filter((label) => label !== GROUP && (present.size === 0 || present.has(label)));
}

/** The properties of a kind's nodes in the scene that can stand as their caption. */
function captionsOf(cy, label) {
  const keys = new Set();
  cy.nodes(`[label = "${label}"]`).forEach((node) => Object.entries(node.data('props') || {}).forEach(([key, v]) => {
    if (!NOT_CAPTIONS.has(key) && ['string', 'number'].includes(typeof v) && /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(key)) {
      keys.add(key);
    }
  }));
  return ['name', 'id', ...[...keys].sort()];
}

function labelled(text, control) {
  return element('label', { className: 'style-field' }, text, control);
}

/** The controls of one kind, filled with its look under the rules; `change(part)` merges into its rule. */
function kindControls(cy, label, rules, change) {
  const look = lookOf(rules);
  const rule = rules.kinds[label] || {};
  const colour = element('input', { id: 'style-colour', type: 'color', value: look.colours[label].toLowerCase(),
    onChange: () => change({ colour: colour.value }) });
  const size = element('input', { id: 'style-size', type: 'number', min: '10', max: '100', step: '2',
    value: String(rule.size || (label === 'SafetyRegion' ? 34 : NODE_SIZE)),
    onChange: () => { if (size.checkValidity()) change({ size: Number(size.value) }); } });
  const shape = element('select', { id: 'style-shape', onChange: () => change({ shape: shape.value }) },
    SHAPES.map((name) => element('option', { value: name }, t(`shape.${name}`))));
  shape.value = look.shapes[label] || LABEL_SHAPES[label];
  const caption = element('select', { id: 'style-caption', onChange: () => change({ caption: caption.value }) },
    captionsOf(cy, label).map((key) => element('option', { value: key }, fieldLabel(key))));
  caption.value = rule.caption || 'name';
  return [labelled(t('style.colour'), colour), labelled(t('style.size'), size), labelled(t('style.shape'), shape),
    labelled(t('style.caption'), caption)];
}

function choiceOf(id, prefix, options, value, onPick) {
  const select = element('select', { id, onChange: () => onPick(select.value || null) },
    element('option', { value: '' }, t(`${prefix}.kind`)),
    options.map((name) => element('option', { value: name }, t(`${prefix}.${name}`))));
  select.value = value || '';
  return select;
}

/** Renders the panel for the rules now in force; `rules.set` applies a change (and renders the panel again). */
export function renderStylePanel(host, cy, rules, state = {}) {
  const current = rules.current;
  const kinds = kindsIn(cy);
  const label = kinds.includes(state.kind) ? state.kind : kinds[0];
  // The chosen kind lives in `state`, which the explorer keeps: its next rendering shows the same kind.
  const kind = element('select', { id: 'style-kind', onChange: () => {
    state.kind = kind.value;
    renderStylePanel(host, cy, rules, state);
  } }, kinds.map((name) => element('option', { value: name }, kindLabel(name))));
  kind.value = label;
  // Merged into the rules in force when the change comes, not those of this rendering: a control of an earlier
  // rendering that reports late (a colour chooser closing) must not undo what came since.
  const change = (part) => {
    state.kind = label;
    const now = rules.current;
    rules.set({ ...now, kinds: { ...now.kinds, [label]: { ...now.kinds[label], ...part } } });
  };
  host.replaceChildren(
    element('fieldset', { className: 'style-kind' }, element('legend', {}, t('style.perKind')),
      labelled(t('style.kind'), kind), ...kindControls(cy, label, current, change)),
    element('fieldset', { className: 'style-by' }, element('legend', {}, t('style.byProperty')),
      labelled(t('style.colourBy'), choiceOf('style-colour-by', 'style.colourBy', COLOUR_BY, current.colourBy,
        (colourBy) => rules.set({ ...rules.current, colourBy }))),
      labelled(t('style.sizeBy'), choiceOf('style-size-by', 'style.sizeBy', SIZE_BY, current.sizeBy,
        (sizeBy) => rules.set({ ...rules.current, sizeBy })))),
    element('div', { className: 'panel-actions' },
      element('button', { type: 'button', id: 'style-reset', onClick: () => rules.reset() }, t('style.reset'))),
    element('p', { className: 'hint' }, t('style.savedWithScene')));
}
