// The scenario part of the simulation form: what fails (an incident type), where (regions or a municipality; an
// asset or process is picked with the search box) and how long (the outage length, apart from the look-ahead).
import { api } from '../shell/api.js';
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

function options(items, label) {
  return items.map((item) => element('option', { value: item.id }, label(item)));
}

function fields() {
  return {
    incident: element('select', { id: 'cascade-incident' }, element('option', { value: '' }, t('cascade.noIncident'))),
    regions: element('select', { id: 'cascade-regions', multiple: true, size: '4' }),
    municipality: element('select', { id: 'cascade-municipality' }, element('option', { value: '' }, t('cascade.noMunicipality'))),
    duration: element('input', { id: 'cascade-duration', type: 'number', min: '0', max: '720', step: 'any',
      placeholder: t('cascade.durationPlaceholder') }),
  };
}

/** Fills the choices from the server, then applies the values of a linked scenario. */
async function load(f, initial) {
  const choices = await api.get('/api/analysis/briefing/options');
  const regionName = new Map(choices.regions.map((r) => [r.id, r.name]));
  f.incident.append(...options(choices.incidentTypes, (i) => `${i.name} (${i.id})`));
  f.regions.append(...options(choices.regions, (r) => `${r.name} (${r.id})`));
  f.municipality.append(...options(choices.municipalities, (m) => `${m.name} (${regionName.get(m.region) || '—'})`));
  f.incident.value = initial.get('incidentType') || '';
  const regions = new Set(initial.getAll('region'));
  [...f.regions.options].forEach((option) => { option.selected = regions.has(option.value); });
  f.municipality.value = initial.get('municipality') || '';
  f.duration.value = initial.get('duration') || '';
}

/**
 * The fields with their labels, `ready` (a promise: the choices are loaded), `append(parameters)` to put the
 * scenario into a query, `problem(hasStarts)` (a message key, or null when the scenario can be asked), `hasWhat()`
 * (an incident type is chosen) and `onChange(listener)`.
 */
export function scenarioForm(initial) {
  const f = fields();
  const selectedRegions = () => [...f.regions.selectedOptions].map((o) => o.value);
  return {
    elements: [
      element('label', { className: 'field' }, t('cascade.incident'), f.incident),
      element('label', { className: 'field' }, t('cascade.whereRegions'), f.regions),
      element('label', { className: 'field' }, t('cascade.whereMunicipality'), f.municipality),
      element('label', { className: 'field narrow' }, t('cascade.duration'), f.duration),
    ],
    ready: load(f, initial),
    hasWhat: () => f.incident.value !== '',
    problem(hasStarts) {
      const duration = f.duration.value === '' ? null : Number(f.duration.value);
      if (duration !== null && !(duration > 0 && duration <= 720)) { f.duration.focus(); return 'cascade.badDuration'; }
      if (!hasStarts && !f.incident.value) return 'cascade.noStarts';
      return null;
    },
    onChange(listener) { f.incident.addEventListener('change', listener); },
    append(parameters) {
      if (f.incident.value) parameters.set('incidentType', f.incident.value);
      selectedRegions().forEach((id) => parameters.append('region', id));
      if (f.municipality.value) parameters.append('municipality', f.municipality.value);
      if (f.duration.value !== '') parameters.set('duration', f.duration.value);
    },
  };
}
