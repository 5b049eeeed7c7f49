// The briefing of one region for an incident type: the consequences hour by hour, the partners to alert, the
// covenants that apply and the gaps; also as PDF.
import { api } from '../shell/api.js';
import { element, statusLine, table } from '../lib/dom.js';
import { formatDate, formatNumber, language, t } from '../lib/i18n.js';
import { hourText, illustrativeMark, rememberInHash } from './parts.js';

export function briefingView(container, initial) {
  const status = statusLine(t('cascade.loading'));
  const regionSelect = element('select', { id: 'briefing-region', 'aria-label': t('cascade.region') });
  const incidentSelect = element('select', { id: 'briefing-incident', 'aria-label': t('cascade.incidentType') });
  const hoursInput = element('input', { id: 'briefing-hours', type: 'number', min: '1', max: '720', value: initial.get('hours') || '12',
    'aria-label': t('cascade.horizon') });
  const pdfLink = element('a', { id: 'briefing-pdf', className: 'button-link', download: '', hidden: true },
    t('cascade.downloadPdf'));
  const result = element('div', { id: 'briefing-result' });

  const show = async () => {
    const parameters = new URLSearchParams({ tab: 'briefing', region: regionSelect.value,
      incidentType: incidentSelect.value, hours: hoursInput.value });
    rememberInHash(parameters);
    parameters.delete('tab');
    status.show(t('cascade.loading'));
    try {
      const briefing = await api.get(`/api/analysis/briefing?${parameters}`);
      pdfLink.href = `/api/analysis/briefing?${parameters}&format=pdf&lang=${language()}`;
      pdfLink.hidden = false;
      status.show('');
      result.replaceChildren(...briefingSections(briefing));
    } catch (error) {
      status.show(error.message, true);
    }
  };

  container.append(element('form', { className: 'cascade-form', onSubmit: (event) => { event.preventDefault(); show(); } },
    element('label', { className: 'field' }, t('cascade.region'), regionSelect),
    element('label', { className: 'field' }, t('cascade.incidentType'), incidentSelect),
    element('label', { className: 'field narrow' }, t('cascade.horizon'), hoursInput),
    element('button', { type: 'submit', className: 'primary', id: 'briefing-show' }, t('cascade.showBriefing')),
    pdfLink), status, result);

  api.get('/api/analysis/briefing/options').then((options) => {
    regionSelect.replaceChildren(...options.regions.map((r) => element('option', { value: r.id }, `${r.name} (${r.id})`)));
    incidentSelect.replaceChildren(...options.incidentTypes.map((i) => element('option', { value: i.id }, `${i.name} (${i.id})`)));
    regionSelect.value = initial.get('region') || 'VR16';
    incidentSelect.value = initial.get('incidentType') || options.incidentTypes.find((i) => i.id === '4.1.30')?.id
      || options.incidentTypes[0]?.id || '';
    status.show('');
    if (initial.get('region')) show();
    else result.replaceChildren(element('p', { className: 'hint' }, t('cascade.briefingIntro')));
  }).catch((error) => status.show(error.message, true));
}

function briefingSections(briefing) {
  const people = (list) => list.map((p) => (p.function ? `${p.name} (${p.function})` : p.name)).join(', ') || '—';
  return [
    element('h2', {}, t('cascade.briefingTitle', { incident: briefing.incidentType.name, region: briefing.region.name,
      hours: formatNumber(briefing.hours) })),
    element('p', { className: 'hint' }, t('cascade.briefingAsOf', { date: formatDate(briefing.asOf) })),
    briefing.containsIllustrativeData ? element('p', { className: 'illustrative-note' }, t('cascade.illustrativeNote')) : '',
    briefing.truncated ? element('p', { className: 'message error' }, t('cascade.briefingTruncated')) : '',
    element('h3', {}, t('cascade.consequences')),
    briefing.timeline.length === 0 ? element('p', { className: 'hint' }, t('cascade.noConsequences')) : '',
    element('ol', { className: 'timeline' }, briefing.timeline.map((step) => element('li', {},
      element('span', { className: 'event-hour' }, hourText(step.hour)),
      element('ul', {}, step.consequences.map((c) => element('li', {}, c.name, illustrativeMark(c),
        c.chain.length > 1 ? element('small', { className: 'chain' }, ` ${c.chain.join(' → ')}`) : '')))))),
    element('h3', {}, t('cascade.partnersToAlert', { count: briefing.partners.length })),
    table([t('cascade.partner'), t('cascade.role'), t('cascade.involvement'), t('cascade.covenant'), t('cascade.accountHolder'),
      t('cascade.contacts')], briefing.partners.map((p) => element('tr', { className: p.activeCovenant ? '' : 'gap' },
      element('td', {}, p.name, illustrativeMark(p)),
      element('td', {}, p.role ? t(`cascade.roles.${p.role}`) : '—'),
      element('td', {}, p.involvement.map((i) => t(`cascade.involvements.${i}`)).join(', ') || '—'),
      element('td', {}, p.activeCovenant ? t('cascade.yes') : t('cascade.noCovenant')),
      element('td', {}, people(p.accountHolders)),
      element('td', {}, people(p.contacts)))), t('cascade.partnersToAlert', { count: briefing.partners.length })),
    element('h3', {}, t('cascade.applicableCovenants', { count: briefing.covenants.length })),
    table([t('cascade.covenant'), t('cascade.partners'), t('cascade.validUntil'), t('cascade.accountHolder')],
      briefing.covenants.map((c) => element('tr', {}, element('td', {}, c.name, illustrativeMark(c)),
        element('td', {}, c.partners.join(', ')), element('td', {}, c.validUntil ? formatDate(c.validUntil) : '—'), element('td', {}, people(c.accountHolders)))),
      t('cascade.applicableCovenants', { count: briefing.covenants.length })),
    element('h3', {}, t('cascade.gaps', { count: briefing.gaps.length })),
    briefing.gaps.length === 0 ? element('p', { className: 'hint' }, t('cascade.noGaps')) : '',
    element('ul', { id: 'briefing-gaps' }, briefing.gaps.map((g) => element('li', {}, g.name, ': ',
      g.missing.map((m) => t(`cascade.missing.${m}`)).join(', ')))),
  ];
}
