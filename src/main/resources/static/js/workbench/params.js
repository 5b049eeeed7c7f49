// Parameters: every $name in the query gets a typed field (text, number, date, list, yes/no); a saved query's
// header fills in type and example. Values go to the server as POST /api/cypher's `params` take them.
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

const TYPES = ['string', 'number', 'date', 'list', 'boolean'];
/** The types a saved query's header names (docs/cypher-workbench.md), as the field types above. */
const HEADER_TYPES = { string: 'string', integer: 'number', float: 'number', boolean: 'boolean', date: 'date',
  'list<string>': 'list' };

export class ParameterError extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

/** The parameter names a query uses, in order; comments, strings and `quoted names` do not count. */
export function parameterNames(query) {
  const code = query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, ' ');
  return [...new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))];
}

/** The field type and text of a value as a request's `params` hold it (a user's saved query). */
function fromRequestValue(value) {
  if (value && typeof value === 'object' && value.type === 'date') return { type: 'date', text: value.value };
  if (Array.isArray(value)) return { type: 'list', text: value.join(', ') };
  if (typeof value === 'number') return { type: 'number', text: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', text: String(value) };
  return { type: 'string', text: value == null ? '' : String(value) };
}

function toRequestValue(name, { type, text }) {
  switch (type) {
    case 'number': {
      const number = Number(text.trim().replace(',', '.'));
      if (text.trim() === '' || !Number.isFinite(number)) throw new ParameterError(name, t('workbench.badNumber', { name }));
      return number;
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new ParameterError(name, t('workbench.badDate', { name }));
      return { type: 'date', value: text };
    case 'list': return text.split(',').map((item) => item.trim()).filter((item) => item !== '');
    case 'boolean': return text === 'true';
    default: return text;
  }
}

/** The panel of fields; it keeps what the user typed while the query changes. */
export function parameterPanel() {
  const state = new Map();
  const panel = element('fieldset', { className: 'workbench-params', id: 'workbench-params', hidden: true });
  let names = [];

  const valueInput = (name, entry) => {
    const id = `param-${name}`;
    const update = (event) => { entry.text = event.target.type === 'checkbox' ? String(event.target.checked) : event.target.value; };
    if (entry.type === 'boolean') {
      return element('input', { id, type: 'checkbox', checked: entry.text === 'true', onChange: update });
    }
    const types = { number: 'text', date: 'date', list: 'text', string: 'text' };
    return element('input', { id, type: types[entry.type], value: entry.text, onInput: update,
      inputmode: entry.type === 'number' ? 'decimal' : undefined,
      placeholder: entry.type === 'list' ? t('workbench.listHint') : undefined });
  };

  const render = () => {
    panel.hidden = names.length === 0;
    panel.replaceChildren(element('legend', {}, t('workbench.parameters')), ...names.map((name) => {
      const entry = state.get(name);
      const typeSelect = element('select', { 'aria-label': t('workbench.parameterType', { name }),
        onChange: (event) => { entry.type = event.target.value; render(); } },
      TYPES.map((type) => element('option', { value: type, selected: type === entry.type }, t(`workbench.type.${type}`))));
      return element('div', { className: 'param' },
        element('label', { for: `param-${name}` }, `$${name}`), typeSelect, valueInput(name, entry));
    }));
  };

  return {
    element: panel,
    /** Shows a field for every parameter of `query`, keeping earlier values. */
    follow(query) {
      const next = parameterNames(query);
      next.forEach((name) => { if (!state.has(name)) state.set(name, { type: 'string', text: '' }); });
      if (next.join() !== names.join()) { names = next; render(); }
    },
    /** Types and examples from a saved query's header (`[{name, type, example}]`). */
    declare(parameters) {
      parameters.forEach((p) => state.set(p.name, { type: HEADER_TYPES[p.type] || 'string', text: p.example ?? '' }));
      names = [];
    },
    /** Values from a user's saved query, as `params` hold them. */
    fill(params) {
      Object.entries(params || {}).forEach(([name, value]) => state.set(name, fromRequestValue(value)));
      names = [];
    },
    /** `params` for the request; throws a ParameterError naming the field that does not parse. */
    values() {
      return Object.fromEntries(names.map((name) => [name, toRequestValue(name, state.get(name))]));
    },
  };
}
