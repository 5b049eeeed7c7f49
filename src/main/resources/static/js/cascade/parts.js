// What the three views of the outage screen share: the hour in words, the mark of illustrative data, the link that
// reopens a view.
import { element } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';

export const DEFAULT_HOURS = 24;

/** Parameters after `#/cascade?` so a simulation or briefing can be linked to and reopened. */
export function hashParameters() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query);
}

export function rememberInHash(parameters) {
  window.history.replaceState(null, '', `#/cascade?${parameters}`);
}

export function hourText(hour) {
  return t('cascade.hour', { hour: formatNumber(hour) });
}

export function illustrativeMark(item) {
  return item.origin === 'illustrative' ? element('abbr', { className: 'illustrative-mark', title: t('cascade.illustrative') }, '*') : '';
}
