// The answers of an outage scenario as lists: the partners hit per hour, whom the region must call, and the partners
// hit that have no active covenant with the region.
import { element, table } from '../lib/dom.js';
import { formatNumber, language, t } from '../lib/i18n.js';
import { hourText, illustrativeMark } from './parts.js';

function people(list) {
  return list.map((p) => (p.function ? `${p.name} (${p.function})` : p.name)).join(', ') || '—';
}

function partnersPerHour(answer) {
  const names = new Map(answer.partners.map((p) => [p.id, p]));
  const hours = answer.scenario.timeline.filter((step) => step.partners.length > 0);
  if (hours.length === 0) return element('p', { className: 'hint' }, t('cascade.noPartnersHit'));
  return element('ol', { id: 'scenario-partners', className: 'timeline' }, hours.map((step) => element('li',
    { 'data-hour': String(step.hour) },
    element('span', { className: 'event-hour' }, hourText(step.hour)),
    element('span', {}, step.partners.map((id) => names.get(id)?.name || id).join(', ')))));
}

function callTable(calls, regionNames) {
  if (calls.length === 0) return element('p', { className: 'hint', id: 'scenario-calls' }, t('cascade.noCalls'));
  return element('div', { id: 'scenario-calls' }, table([t('cascade.region'), t('cascade.partner'), t('cascade.hitAt'),
    t('cascade.covenant'), t('cascade.accountHolder'), t('cascade.contacts')], calls.map((c) => element('tr',
    { className: c.activeCovenant ? '' : 'gap', 'data-partner': c.partner },
    element('td', {}, regionNames.get(c.region) || c.region),
    element('td', {}, c.name, illustrativeMark(c)),
    element('td', {}, hourText(c.hour)),
    element('td', {}, c.activeCovenant ? c.covenants.map((v) => v.name).join('; ') : t('cascade.noCovenant')),
    element('td', {}, people(c.accountHolders)),
    element('td', {}, people(c.contacts))))));
}

function withoutCovenant(calls, regionNames) {
  if (calls.length === 0) return element('p', { className: 'hint', id: 'scenario-no-covenant' }, t('cascade.allCovenants'));
  return element('ul', { id: 'scenario-no-covenant', className: 'gap-list' }, calls.map((c) => element('li',
    { 'data-partner': c.partner }, c.name, illustrativeMark(c),
    ` · ${regionNames.get(c.region) || c.region} · ${hourText(c.hour)}`)));
}

/** The sentence that repeats the question as understood: where, how long, and what is assumed when it ends. */
function scenarioSummary(answer, regionNames) {
  const s = answer.scenario;
  const where = s.area.length ? s.area.map((p) => p.name).join(', ') : t('cascade.whereStarts');
  const howLong = s.duration == null ? t('cascade.lastsBeyond') : t('cascade.hours', { hours: formatNumber(s.duration) });
  const home = s.homeRegions.map((id) => regionNames.get(id) || id).join(', ');
  return element('p', { id: 'scenario-summary' }, t('cascade.scenarioSummary', { where, howLong }),
    home ? ` ${t('cascade.homeRegions', { regions: home })}` : '',
    s.recoveredAt != null ? ` ${t('cascade.recoveryAssumption', { hour: formatNumber(s.recoveredAt) })}` : '');
}

/** The briefing PDF of the same scenario, for one region (or municipalities); null when it cannot be one briefing. */
function pdfLink(answer, question) {
  const s = answer.scenario;
  const regions = s.area.filter((p) => p.kind === 'region');
  const municipalities = s.area.filter((p) => p.kind === 'municipality');
  const region = regions.length === 1 && municipalities.length === 0 ? regions[0].id
    : (regions.length === 0 && municipalities.length > 0 ? municipalities[0].region : null);
  if (!s.incidentType || !region) return element('p', { className: 'hint' }, t('cascade.pdfNeedsOneRegion'));
  const parameters = new URLSearchParams({ region, incidentType: s.incidentType, hours: String(answer.hours),
    format: 'pdf', lang: language() });
  if (regions.length) parameters.set('scope', 'region');
  municipalities.forEach((m) => parameters.append('municipality', m.id));
  if (s.duration != null) parameters.set('duration', String(s.duration));
  if (question.asOf) parameters.set('asOf', question.asOf);
  return element('a', { id: 'scenario-pdf', className: 'button-link', href: `/api/analysis/briefing?${parameters}` },
    t('cascade.scenarioPdf', { region: regionNamesOf(answer).get(region) || region }));
}

function regionNamesOf(answer) {
  const names = new Map(answer.regions.map((r) => [r.id, r.name]));
  answer.scenario.area.filter((p) => p.kind === 'region').forEach((p) => names.set(p.id, p.name));
  return names;
}

/** The scenario's answers, section by section. */
export function scenarioSections(answer, question = {}) {
  const regionNames = regionNamesOf(answer);
  const s = answer.scenario;
  return [
    scenarioSummary(answer, regionNames),
    pdfLink(answer, question),
    element('section', { 'aria-labelledby': 'scenario-partners-title' },
      element('h3', { id: 'scenario-partners-title' }, t('cascade.partnersPerHour')), partnersPerHour(answer)),
    element('section', { 'aria-labelledby': 'scenario-calls-title' },
      element('h3', { id: 'scenario-calls-title' }, t('cascade.whomToCall', { count: s.calls.length })),
      callTable(s.calls, regionNames)),
    element('section', { 'aria-labelledby': 'scenario-no-covenant-title' },
      element('h3', { id: 'scenario-no-covenant-title' }, t('cascade.withoutCovenant', { count: s.withoutCovenant.length })),
      withoutCovenant(s.withoutCovenant, regionNames)),
  ];
}
