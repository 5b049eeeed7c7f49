// Style rules of the user's own: colour, size, shape and caption per node kind, and size or colour by a property.
// They are saved with the scene (the server checks them: scene/SceneStyles.java) and the legend follows them.
// A rule on a kind changes the style sheet; a rule by a property puts data on the nodes that the sheet reads
// (`caption`, `ruleWeight`, `ruleColour`: lib/graph-style.js).
import { LABEL_COLOURS, LABEL_SHAPES, graphStyleFor } from '../lib/graph-style.js';

export const SIZE_BY = ['degree', 'regionsServed'];
export const COLOUR_BY = ['origin', 'verification'];
/** The colour of each value of a property the scene is coloured by (Okabe-Ito), in the graph and the legend. */
export const VALUE_COLOURS = {
  origin: { public: '#0072B2', illustrative: '#E69F00', user: '#CC79A7' },
  verification: { verified: '#009E73', derived: '#56B4E9', unverified: '#D55E00' },
};
/** Nodes without a value for the property (a source has no verification status). */
export const NO_VALUE_COLOUR = '#BBBBBB';
const GROUP = 'Group';

export function defaultRules() {
  return { kinds: {}, sizeBy: null, colourBy: null };
}

/** The rules as stored: empty parts left out, unknown choices dropped. */
function tidyRules(rules) {
  const kinds = {};
  Object.entries(rules?.kinds || {}).forEach(([label, rule]) => {
    const kept = Object.fromEntries(['colour', 'size', 'shape', 'caption']
      .filter((key) => rule?.[key] !== undefined && rule?.[key] !== null && rule?.[key] !== '')
      .map((key) => [key, rule[key]]));
    if (Object.keys(kept).length) kinds[label] = kept;
  });
  return { kinds, sizeBy: SIZE_BY.includes(rules?.sizeBy) ? rules.sizeBy : null,
    colourBy: COLOUR_BY.includes(rules?.colourBy) ? rules.colourBy : null };
}

/** The look of each kind under the rules: colour, shape, and a size where a rule sets one. */
export function lookOf(rules) {
  const colours = { ...LABEL_COLOURS };
  const shapes = { ...LABEL_SHAPES };
  const sizes = {};
  Object.entries(rules.kinds).forEach(([label, rule]) => {
    if (rule.colour) colours[label] = rule.colour;
    if (rule.shape) shapes[label] = rule.shape;
    if (rule.size) sizes[label] = Number(rule.size);
  });
  return { colours, shapes, sizes };
}

/** The regions a partner serves, as far as the scene shows them. */
function regionsServed(node) {
  return node.outgoers('edge[type = "SERVES"]').targets().length;
}

function measureOf(sizeBy) {
  if (sizeBy === 'degree') return (node) => node.degree(false);
  if (sizeBy === 'regionsServed') return regionsServed;
  return null;
}

function valueColour(colourBy, value) {
  return VALUE_COLOURS[colourBy]?.[value] || NO_VALUE_COLOUR;
}

function captionOf(node, property) {
  const value = property === 'id' ? node.id() : node.data('props')?.[property];
  const text = Array.isArray(value) ? value.join(', ') : value;
  return text === undefined || text === null || text === '' ? node.data('name') : String(text);
}

function put(node, key, value) {
  if (value === undefined) {
    if (node.data(key) !== undefined) node.removeData(key);
  } else if (node.data(key) !== value) {
    node.data(key, value);
  }
}

/** The data the rules put on nodes: their caption, their weight (0 to 1) for the size, their colour by a value. */
function markNodes(cy, rules) {
  const nodes = cy.nodes().filter((node) => node.data('label') !== GROUP);
  const measure = measureOf(rules.sizeBy);
  const most = measure ? Math.max(1, ...nodes.map(measure)) : 1;
  cy.batch(() => nodes.forEach((node) => {
    const caption = rules.kinds[node.data('label')]?.caption;
    put(node, 'caption', caption && caption !== 'name' ? captionOf(node, caption) : undefined);
    put(node, 'ruleWeight', measure ? measure(node) / most : undefined);
    put(node, 'ruleColour', rules.colourBy ? valueColour(rules.colourBy, node.data('props')?.[rules.colourBy])
      : undefined);
  }));
}

/** The rules of one scene: `set` applies new ones, `refresh` brings nodes added since up to date. */
export function styleRules(cy) {
  let rules = defaultRules();
  let sheet = JSON.stringify(lookOf(rules));
  const listeners = [];
  return {
    get current() { return rules; },
    set(next) {
      rules = tidyRules(next);
      const look = lookOf(rules);
      if (JSON.stringify(look) !== sheet) {
        cy.style().fromJson(graphStyleFor(look)).update();
        sheet = JSON.stringify(look);
      }
      markNodes(cy, rules);
      listeners.forEach((listener) => listener(rules));
    },
    refresh() { markNodes(cy, rules); },
    reset() { this.set(defaultRules()); },
    onChange(listener) { listeners.push(listener); },
  };
}
