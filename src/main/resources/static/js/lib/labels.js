// Words for the codes of the graph model, from the message files: coded values (value.<field>.<code>), field names,
// relationship types, node kinds and import kinds. Every screen that shows a code asks here, so none shows it raw;
// LabelsTests checks that both message files have a label for every code the model knows.
import { formatDate, formatNumber } from './format.js';
import { t } from './i18n.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The text of a key, or the fallback when the message files have none. */
function text(key, fallback) {
  const found = t(key);
  return found === key ? fallback : found;
}

/**
 * A value in words: coded values from the message files ("preparation" → "preparatie"), numbers and ISO dates in the
 * format of the language, lists joined, yes/no for booleans, maps as "field: value" pairs.
 */
export function valueLabel(field, value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => valueLabel(field, v)).join(', ');
  if (typeof value === 'boolean') return value ? t('explore.yes') : t('explore.no');
  // Coordinates keep their precision: six decimals are 0.1 m.
  if (typeof value === 'number') return formatNumber(value, { maximumFractionDigits: 6 });
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${fieldLabel(k)}: ${valueLabel(k, v)}`)
    .join(', ');
  if (ISO_DATE.test(value)) return formatDate(value);
  return text(`value.${field}.${value}`, String(value));
}

/** The label of a field or property ("validUntil" → "Geldig tot en met"). */
export function fieldLabel(name) {
  return text(`field.${name}`, text(`prop.${name}`, name));
}

/** The label of a property as the details panel shows it ("source" → "Bron"). */
export function propertyLabel(name) {
  return text(`prop.${name}`, text(`field.${name}`, name));
}

/** A relationship type in words ("SERVES" → "bedient"). */
export function relationshipLabel(type) {
  return text(`rel.${type}`, type);
}

/** One node of a label ("Covenant" → "Convenant"). */
export function kindLabel(label) {
  return text(`kind.${label}`, label);
}

/** All nodes of a label ("Covenant" → "Convenanten"). */
export function labelPlural(label) {
  return text(`label.${label}`, label);
}

/** A kind of the import layout ("covenant-parties" → "Partijen bij convenanten"). */
export function importKindLabel(kind) {
  return text(`importKind.${kind}`, kind);
}

/** Options for a select of coded values: the code as value, its label as text. */
export function valueOptions(field, codes) {
  return codes.map((code) => ({ value: code, text: valueLabel(field, code) }));
}
