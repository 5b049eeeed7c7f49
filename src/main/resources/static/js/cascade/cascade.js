// Failure simulation: pick what fails, watch the cascade unfold hour by hour on the graph, the map and a timeline;
// the briefing of one region for an incident type; and the brokers whose failure hurts most.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { api } from '../shell/api.js';
import { element, statusLine, table } from '../lib/dom.js';
import { graphElements, graphStyle } from '../lib/graph-style.js';
import { formatNumber, language, t } from '../lib/i18n.js';
import { regionMap } from '../lib/region-map.js';
import { searchBox } from '../explore/search-box.js';

const STARTABLE = ['VitalProcess', 'Asset'];
const DEFAULT_HOURS = 24;
const PLAY_STEP_MS = 700;
// From the first hour (dark) to the last (light): how long a region has had to prepare.
const HOUR_COLOURS = ['#8e1b14', '#b3261e', '#d9534f', '#e8877f', '#f3b9b3'];

const cascadeStyle = [
  ...graphStyle,
  { selector: 'node.pending', style: { opacity: 0.25 } },
  { selector: 'node.hit', style: { 'border-color': '#b3261e', 'border-width': 3, 'border-style': 'solid' } },
  { selector: 'node.start', style: { 'border-color': '#1c2733', 'border-width': 5 } },
  { selector: 'edge', style: { label: '' } },
  { selector: 'edge[hours]', style: { label: 'data(hours)' } },
  { selector: 'edge.pending', style: { opacity: 0.2 } },
];

/** Parameters after `#/cascade?` so a simulation or briefing can be linked to and reopened. */
function hashParameters() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query);
}

function rememberInHash(parameters) {
  window.history.replaceState(null, '', `#/cascade?${parameters}`);
}

function hourText(hour) {
  return t('cascade.hour', { hour: formatNumber(hour) });
}

function hourColour(hour, horizon) {
  const step = Math.min(HOUR_COLOURS.length - 1, Math.floor((hour / Math.max(horizon, 1)) * HOUR_COLOURS.length));
  return HOUR_COLOURS[step];
}

function illustrativeMark(item) {
  return item.origin === 'illustrative' ? element('abbr', { className: 'illustrative-mark', title: t('cascade.illustrative') }, '*') : '';
}

function chips(items, onRemove, removeLabel) {
  return items.map((item) => element('span', { className: 'chip', 'data-id': item.id }, item.name,
    element('button', { type: 'button', className: 'link', 'aria-label': t(removeLabel, { name: item.name }),
      onClick: () => onRemove(item) }, '×')));
}

const EVENT_ORDER = ['process', 'localProcess', 'asset', 'region'];

/** Everything the cascade reached, one entry per element and place, ordered by the hour it is hit. */
function events(answer) {
  return [
    ...answer.processes.map((p) => ({ ...p, kind: p.local ? 'localProcess' : 'process' })),
    ...answer.assets.map((a) => ({ ...a, kind: 'asset' })),
    ...answer.regions.map((r) => ({ ...r, kind: 'region' })),
  ].sort((a, b) => a.hour - b.hour || EVENT_ORDER.indexOf(a.kind) - EVENT_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name));
}

function regionPartners(region) {
  if (!region) return element('p', { className: 'hint' }, t('cascade.pickRegion'));
  const missing = region.partners.filter((p) => !p.activeCovenant).length;
  return element('div', { id: 'cascade-region' },
    element('h3', {}, `${region.name} · ${hourText(region.hour)}`),
    element('p', {}, t('cascade.regionSummary', { partners: region.partners.length, missing })),
    table([t('cascade.partner'), t('cascade.covenant'), t('cascade.accountHolder')], region.partners.map((p) =>
      element('tr', { className: p.activeCovenant ? '' : 'gap' },
        element('td', {}, p.name),
        element('td', {}, p.activeCovenant ? p.covenants.map((c) => c.name).join('; ') : t('cascade.noCovenant')),
        element('td', {}, p.accountHolders.map((h) => h.name).join(', ') || '—')))),
    element('p', {}, element('a', { href: `#/cascade?tab=briefing&region=${encodeURIComponent(region.id)}` },
      t('cascade.openBriefing'))));
}

function simulationView(container, initial) {
  const state = { starts: [], ignored: [], hours: DEFAULT_HOURS, answer: null, hour: 0, region: null, timer: null };
  const status = statusLine('');
  status.show('');
  const startChips = element('div', { className: 'chips', id: 'cascade-starts' });
  const ignoredChips = element('div', { className: 'chips', id: 'cascade-ignored' });
  const hoursInput = element('input', { id: 'cascade-hours', type: 'number', min: '1', max: '720', step: '1',
    value: String(state.hours), 'aria-label': t('cascade.horizon') });
  const runButton = element('button', { type: 'submit', className: 'primary', id: 'cascade-run' }, t('cascade.run'));
  const slider = element('input', { id: 'cascade-slider', type: 'range', min: '0', max: String(state.hours), step: '1',
    value: '0', 'aria-label': t('cascade.timeSlider'), disabled: true });
  const hourLabel = element('output', { id: 'cascade-hour', for: 'cascade-slider' }, hourText(0));
  const playButton = element('button', { type: 'button', id: 'cascade-play', disabled: true }, t('cascade.play'));
  const summary = element('p', { id: 'cascade-summary', className: 'hint' });
  const timeline = element('ol', { id: 'cascade-timeline', className: 'timeline' });
  const regionPanel = element('div', { className: 'cascade-region-panel' }, regionPartners(null));
  const canvas = element('div', { id: 'cascade-graph', className: 'graph-canvas', tabindex: '0',
    'aria-label': t('cascade.graphLabel') });
  const mapHolder = element('div', { className: 'map-holder' });
  let map = null;
  let cy = null;

  const renderChips = () => {
    startChips.replaceChildren(...chips(state.starts, (item) => {
      state.starts = state.starts.filter((s) => s.id !== item.id);
      renderChips();
    }, 'cascade.removeStart'));
    ignoredChips.replaceChildren(...(state.ignored.length ? [element('span', { className: 'hint' }, t('cascade.backups'))] : []),
      ...chips(state.ignored.map((id) => ({ id, name: id.replace('|DEPENDS_ON|', ' → ') })), (item) => {
        state.ignored = state.ignored.filter((id) => id !== item.id);
        renderChips();
        run();
      }, 'cascade.removeBackup'));
    runButton.disabled = state.starts.length === 0;
  };

  const selectRegion = (id) => {
    state.region = id;
    map?.select(id);
    regionPanel.replaceChildren(regionPartners(state.answer?.regions.find((r) => r.id === id)
      || (id ? { id, name: map.names.get(id), hour: null, partners: [] } : null)));
    if (id && !state.answer?.regions.some((r) => r.id === id)) {
      regionPanel.replaceChildren(element('p', { className: 'hint' }, t('cascade.regionNotHit', { name: map.names.get(id) })));
    }
  };

  /** Shows the state of the cascade at one hour: what is hit is solid, what is still to come is faded. */
  const showHour = (hour) => {
    state.hour = hour;
    slider.value = String(hour);
    hourLabel.textContent = hourText(hour);
    const answer = state.answer;
    if (!answer) return;
    const hitAt = new Map([...answer.processes, ...answer.assets].map((e) => [e.id, e.hour]));
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const reached = hitAt.get(node.id()) <= hour;
        node.toggleClass('hit', reached);
        node.toggleClass('pending', !reached);
      });
      cy.edges().forEach((edge) => edge.toggleClass('pending', !(hitAt.get(edge.source().id()) <= hour)));
    });
    const regionsHit = answer.regions.filter((r) => r.hour <= hour);
    map?.names.forEach((name, id) => {
      const region = regionsHit.find((r) => r.id === id);
      map.paint(id, region ? hourColour(region.hour, answer.hours) : '', region ? hourText(region.hour) : t('cascade.notHit'));
    });
    timeline.querySelectorAll('li').forEach((item) => item.classList.toggle('future', Number(item.dataset.hour) > hour));
    summary.textContent = t('cascade.summary', {
      hour: formatNumber(hour),
      processes: answer.processes.filter((p) => p.hour <= hour).length,
      assets: answer.assets.filter((a) => a.hour <= hour).length,
      regions: regionsHit.length,
    });
  };

  const stop = () => {
    clearInterval(state.timer);
    state.timer = null;
    playButton.textContent = t('cascade.play');
  };

  const play = () => {
    if (state.timer) { stop(); return; }
    if (state.hour >= state.answer.hours) showHour(0);
    playButton.textContent = t('cascade.pause');
    state.timer = setInterval(() => {
      if (!document.body.contains(slider) || state.hour >= state.answer.hours) { stop(); return; }
      showHour(state.hour + 1);
    }, PLAY_STEP_MS);
  };

  const showAnswer = (answer) => {
    state.answer = answer;
    cy.elements().remove();
    cy.add(graphElements(answer.graph));
    answer.graph.edges.filter((e) => e.type === 'DEPENDS_ON').forEach((e) => cy.getElementById(e.id)
      .data('hours', `${formatNumber(e.properties.timeToImpactHours ?? 0)} u`));
    answer.starts.forEach((id) => cy.getElementById(id).addClass('start'));
    // Rings of time: what fails first sits in the middle, every later hour one ring further out.
    const hitAt = new Map([...answer.processes, ...answer.assets].map((e) => [e.id, e.hour]));
    cy.layout({ name: 'concentric', concentric: (node) => -(hitAt.get(node.id()) ?? 0), levelWidth: () => 1,
      minNodeSpacing: 6, animate: false }).run();
    timeline.replaceChildren(...events(answer).map((event) => element('li', { 'data-hour': String(event.hour),
      'data-id': event.id, className: `event ${event.kind}`,
      onClick: event.kind === 'region' ? () => selectRegion(event.id) : undefined },
      element('span', { className: 'event-hour' }, hourText(event.hour)),
      element('span', { className: 'event-kind' }, t(`cascade.kind.${event.kind}`)),
      element('span', {}, event.name, illustrativeMark(event)),
      event.chain && event.chain.length > 1 ? element('small', { className: 'chain' }, event.chain.join(' → ')) : '')));
    if (answer.processes.length + answer.assets.length === 0) {
      timeline.replaceChildren(element('li', { className: 'empty' }, t('cascade.nothingHit')));
    }
    slider.max = String(answer.hours);
    slider.disabled = false;
    playButton.disabled = false;
    status.show(answer.truncated ? t('cascade.truncated', { count: answer.processes.length + answer.assets.length })
      : t('cascade.done', { processes: answer.processes.length, assets: answer.assets.length,
        regions: answer.regions.length, partners: answer.partners.length }), answer.truncated);
    showHour(Math.min(state.hour, answer.hours));
    selectRegion(state.region);
  };

  async function run() {
    if (state.starts.length === 0) { status.show(t('cascade.noStarts'), true); return; }
    stop();
    const hours = Number(hoursInput.value);
    if (!Number.isFinite(hours) || hours < 1 || hours > 720) { status.show(t('cascade.badHours'), true); hoursInput.focus(); return; }
    state.hours = hours;
    const parameters = new URLSearchParams();
    state.starts.forEach((s) => parameters.append('start', s.id));
    parameters.set('hours', String(hours));
    state.ignored.forEach((id) => parameters.append('ignore', id));
    status.show(t('cascade.running'));
    runButton.disabled = true;
    try {
      showAnswer(await api.get(`/api/analysis/cascade?${parameters}`));
      rememberInHash(parameters);
    } catch (error) {
      status.show(error.message, true);
    } finally {
      runButton.disabled = false;
    }
  }

  // Only what can fail is offered: vital processes and assets.
  const picker = searchBox((hit) => {
    picker.close();
    if (!state.starts.some((s) => s.id === hit.id)) state.starts.push({ id: hit.id, name: hit.name });
    renderChips();
  }, { id: 'cascade', labels: STARTABLE,
    texts: { label: 'cascade.startLabel', placeholder: 'cascade.startPlaceholder', noHits: 'cascade.noStartHits' } });
  const form = element('form', { className: 'cascade-form', onSubmit: (event) => { event.preventDefault(); run(); } },
    element('label', { className: 'field' }, t('cascade.fails'), picker.box),
    startChips,
    element('label', { className: 'field narrow' }, t('cascade.horizon'), hoursInput),
    runButton);
  container.append(form, ignoredChips, status,
    element('div', { className: 'time-bar' }, playButton, slider, hourLabel, summary),
    element('div', { className: 'cascade-body' },
      canvas,
      element('div', { className: 'cascade-side' }, mapHolder, regionPanel),
      element('section', { className: 'cascade-list', 'aria-label': t('cascade.timelineLabel') },
        element('h2', {}, t('cascade.timeline')), timeline)),
    element('p', { className: 'hint' }, t('cascade.keyboard')));
  cy = cytoscape({ container: canvas, style: cascadeStyle, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 3 });
  // A dependency clicked is "backed up": the simulation runs again as if it were not there.
  cy.on('tap', 'edge[type = "DEPENDS_ON"]', (event) => {
    const id = event.target.id();
    if (!state.ignored.includes(id)) state.ignored.push(id);
    renderChips();
    run();
  });
  cy.on('tap', 'node', (event) => {
    const id = event.target.id();
    const item = timeline.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    if (item) item.scrollIntoView({ block: 'nearest' });
  });
  slider.addEventListener('input', () => { stop(); showHour(Number(slider.value)); });
  playButton.addEventListener('click', play);

  regionMap({ onSelect: selectRegion, label: t('cascade.mapLabel') }).then((built) => {
    map = built;
    mapHolder.append(map.element);
    if (state.answer) showHour(state.hour);
  }).catch((error) => mapHolder.append(element('p', { className: 'message error' }, error.message)));

  const startIds = initial.getAll('start');
  if (initial.get('hours')) hoursInput.value = initial.get('hours');
  state.ignored = initial.getAll('ignore');
  renderChips();
  if (startIds.length) {
    Promise.all(startIds.map((id) => api.get(`/api/graph/nodes/${encodeURIComponent(id)}`)
      .then((details) => ({ id, name: details.node.name })).catch(() => ({ id, name: id }))))
      .then((starts) => { state.starts = starts; renderChips(); run(); });
  } else {
    picker.input.focus();
  }
}

function briefingView(container, initial) {
  const status = statusLine(t('cascade.loading'));
  const regionSelect = element('select', { id: 'briefing-region', 'aria-label': t('cascade.region') });
  const incidentSelect = element('select', { id: 'briefing-incident', 'aria-label': t('cascade.incidentType') });
  const hoursInput = element('input', { id: 'briefing-hours', type: 'number', min: '1', max: '720', value: initial.get('hours') || '12',
    'aria-label': t('cascade.horizon') });
  const pdfLink = element('a', { id: 'briefing-pdf', className: 'button-link', hidden: true }, t('cascade.downloadPdf'));
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
    element('p', { className: 'hint' }, t('cascade.briefingAsOf', { date: briefing.asOf })),
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
      element('td', {}, people(p.contacts))))),
    element('h3', {}, t('cascade.applicableCovenants', { count: briefing.covenants.length })),
    table([t('cascade.covenant'), t('cascade.partners'), t('cascade.validUntil'), t('cascade.accountHolder')],
      briefing.covenants.map((c) => element('tr', {}, element('td', {}, c.name, illustrativeMark(c)),
        element('td', {}, c.partners.join(', ')), element('td', {}, c.validUntil || '—'), element('td', {}, people(c.accountHolders))))),
    element('h3', {}, t('cascade.gaps', { count: briefing.gaps.length })),
    briefing.gaps.length === 0 ? element('p', { className: 'hint' }, t('cascade.noGaps')) : '',
    element('ul', { id: 'briefing-gaps' }, briefing.gaps.map((g) => element('li', {}, g.name, ': ',
      g.missing.map((m) => t(`cascade.missing.${m}`)).join(', ')))),
  ];
}

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

function brokersView(container) {
  const status = statusLine(t('cascade.loading'));
  container.append(status);
  api.get('/api/analysis/brokers?limit=25').then((brokers) => {
    status.show('');
    const section = (id, title, content) => element('section', { id }, element('h2', {}, t(title)), content);
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
