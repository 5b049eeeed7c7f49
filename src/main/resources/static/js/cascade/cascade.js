// The outage screen: failure simulation, the briefing of one region for an incident type, and the brokers whose
// failure hurts most, one tab each.
import { element } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { briefingView } from './briefing.js';
import { brokersView } from './brokers.js';
import { hashParameters } from './parts.js';
import { simulationView } from './simulation.js';

const TABS = { simulation: simulationView, briefing: briefingView, brokers: brokersView };

export async function render(main) {
  const initial = hashParameters();
  const current = TABS[initial.get('tab')] ? initial.get('tab') : 'simulation';
  main.classList.add('cascade');
  const panel = element('div', { className: 'tab-panel', role: 'tabpanel', id: 'cascade-panel' });
  main.append(element('h1', {}, t('cascade.title')),
    element('div', { className: 'tabs', role: 'tablist' }, Object.keys(TABS).map((tab) => element('a', {
      role: 'tab', href: `#/cascade?tab=${tab}`, 'aria-selected': String(tab === current), id: `tab-${tab}` },
    t(`cascade.tab.${tab}`)))),
    panel);
  TABS[current](panel, initial);
}
