// The brokers: the infrastructure and the partners whose failure hurts most (betweenness), with a link that simulates
// an item's failure.
import { api } from '../shell/api.js';
import { element, scrollBox, statusLine, table } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { DEFAULT_HOURS, illustrativeMark } from './parts.js';

function infrastructureTable(list) {
  return table(['#', t('cascade.name'), t('cascade.dependents'), t('cascade.regionsReached'), t('cascade.betweenness'), ''],
    list.map((b) => element('tr', {}, element('td', {}, b.rank),
      element('td', {}, b.name, illustrativeMark(b), element('small', {}, ` ${b.id}`)),
      element('td', {}, formatNumber(b.dependents)), element('td', {}, formatNumber(b.regionsReached)),
      element('td', {}, formatNumber(b.betweenness)),
      element('td', {}, element('a', { href: `#/cascade?start=${encodeURIComponent(b.id)}&hours=${DEFAULT_HOURS}` },
        t('cascade.simulate'))))));
}

function partnerTable(list) {
  return table(['#', t('cascade.name'), t('cascade.regionsServed'), t('cascade.betweenness')], list.map((b) => element('tr', {},
    element('td', {}, b.rank), element('td', {}, b.name, illustrativeMark(b)),
    element('td', {}, formatNumber(b.regionsServed)), element('td', {}, formatNumber(b.betweenness)))));
}

export function brokersView(container) {
  const status = statusLine(t('cascade.loading'));
  container.append(status);
  api.get('/api/analysis/brokers?limit=25').then((brokers) => {
    status.show('');
    const section = (id, title, content) => element('section', { id }, element('h2', {}, t(title)),
      scrollBox(content, t(title)));
    container.append(
      element('p', { className: 'intro' }, t('cascade.brokersIntro')),
      element('div', { className: 'brokers' },
        section('brokers-infrastructure', 'cascade.brokerInfrastructure', infrastructureTable(brokers.infrastructure)),
        section('brokers-partners', 'cascade.brokerPartners', partnerTable(brokers.partners)),
        section('brokers-infrastructure-chains', 'cascade.brokerInfrastructureChains',
          infrastructureTable(brokers.infrastructureOnChains)),
        section('brokers-partners-chains', 'cascade.brokerPartnersChains', partnerTable(brokers.partnersOnChains))),
      element('p', { className: 'hint' }, t('cascade.betweennessHint')));
  }).catch((error) => status.show(error.message, true));
}
