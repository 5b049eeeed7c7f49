// Failure simulation and outage scenarios: pick what fails (an incident type, a process or an asset), where (regions,
// a municipality) and for how long, and watch the cascade unfold hour by hour on the graph, the map, the layers of
// time and a timeline, with whom to call and which covenant is missing. Clicking a dependency backs it up: the
// simulation runs again as if it were not there.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { api } from '../shell/api.js';
import { element, statusLine, table } from '../lib/dom.js';
import { graphElements, graphStyle } from '../lib/graph-style.js';
import { formatHours, formatNumber, t } from '../lib/i18n.js';
import { regionMap } from '../lib/region-map.js';
import { searchBox } from '../explore/search-box.js';
import { hourColour, hourLegend } from './hour-scale.js';
import { columnPositions, layersView } from './layers.js';
import { DEFAULT_HOURS, hourText, illustrativeMark, rememberInHash } from './parts.js';
import { scenarioForm } from './scenario-form.js';
import { scenarioSections } from './scenario-lists.js';

const STARTABLE = ['VitalProcess', 'Asset'];
const PLAY_STEP_MS = 700;

const cascadeStyle = [
  ...graphStyle,
  { selector: 'node.pending', style: { opacity: 0.25 } },
  { selector: 'node.hit', style: { 'border-color': '#b3261e', 'border-width': 3, 'border-style': 'solid' } },
  { selector: 'node.start', style: { 'border-color': '#1c2733', 'border-width': 5 } },
  { selector: 'edge', style: { label: '' } },
  { selector: 'edge[hours]', style: { label: 'data(hours)' } },
  { selector: 'edge.pending', style: { opacity: 0.2 } },
];

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

/** The controls and panels of the simulation, before they are put on the page. */
function controls(hours) {
  return {
    startChips: element('div', { className: 'chips', id: 'cascade-starts' }),
    ignoredChips: element('div', { className: 'chips', id: 'cascade-ignored' }),
    hoursInput: element('input', { id: 'cascade-hours', type: 'number', min: '1', max: '720', step: '1',
      value: String(hours), 'aria-label': t('cascade.horizon') }),
    runButton: element('button', { type: 'submit', className: 'primary', id: 'cascade-run' }, t('cascade.run')),
    slider: element('input', { id: 'cascade-slider', type: 'range', min: '0', max: String(hours), step: '1',
      value: '0', 'aria-label': t('cascade.timeSlider'), disabled: true }),
    hourLabel: element('output', { id: 'cascade-hour', for: 'cascade-slider' }, hourText(0)),
    playButton: element('button', { type: 'button', id: 'cascade-play', disabled: true }, t('cascade.play')),
    summary: element('p', { id: 'cascade-summary', className: 'hint' }),
    timeline: element('ol', { id: 'cascade-timeline', className: 'timeline' }),
    regionPanel: element('div', { className: 'cascade-region-panel' }, regionPartners(null)),
    canvas: element('div', { id: 'cascade-graph', className: 'graph-canvas', tabindex: '0', role: 'img',
      'aria-label': t('cascade.graphLabel') }),
    mapHolder: element('div', { className: 'map-holder' }),
    legendHolder: element('div', { className: 'legend-holder' }),
    layers: element('div', { id: 'cascade-layers' }, element('p', { className: 'hint' }, t('cascade.layersIntro'))),
    scenario: element('div', { id: 'cascade-scenario' }),
  };
}

function renderChips(view) {
  const { state, ui } = view;
  ui.startChips.replaceChildren(...chips(state.starts, (item) => {
    state.starts = state.starts.filter((s) => s.id !== item.id);
    renderChips(view);
  }, 'cascade.removeStart'));
  ui.ignoredChips.replaceChildren(...(state.ignored.length ? [element('span', { className: 'hint' }, t('cascade.backups'))] : []),
    ...chips(state.ignored.map((id) => ({ id, name: id.replace('|DEPENDS_ON|', ' → ') })), (item) => {
      state.ignored = state.ignored.filter((id) => id !== item.id);
      renderChips(view);
      run(view);
    }, 'cascade.removeBackup'));
  ui.runButton.disabled = state.starts.length === 0 && !view.scenario?.hasWhat();
}

function selectRegion(view, id) {
  const { state, ui, map } = view;
  state.region = id;
  map?.select(id);
  ui.regionPanel.replaceChildren(regionPartners(state.answer?.regions.find((r) => r.id === id)
    || (id ? { id, name: map.names.get(id), hour: null, partners: [] } : null)));
  if (id && !state.answer?.regions.some((r) => r.id === id)) {
    ui.regionPanel.replaceChildren(element('p', { className: 'hint' }, t('cascade.regionNotHit', { name: map.names.get(id) })));
  }
}

/** Shows the state of the cascade at one hour: what is hit is solid, what is still to come is faded. */
function showHour(view, hour) {
  const { state, ui, cy, map } = view;
  state.hour = hour;
  ui.slider.value = String(hour);
  ui.hourLabel.textContent = hourText(hour);
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
    map.paint(id, region ? hourColour(region.hour) : '', region ? hourText(region.hour) : t('cascade.notHit'));
  });
  ui.timeline.querySelectorAll('li').forEach((item) => item.classList.toggle('future', Number(item.dataset.hour) > hour));
  ui.summary.textContent = t('cascade.summary', {
    hour: formatNumber(hour),
    processes: answer.processes.filter((p) => p.hour <= hour).length,
    assets: answer.assets.filter((a) => a.hour <= hour).length,
    regions: regionsHit.length,
  });
}

function stop(view) {
  clearInterval(view.state.timer);
  view.state.timer = null;
  view.ui.playButton.textContent = t('cascade.play');
}

function play(view) {
  const { state, ui } = view;
  if (state.timer) { stop(view); return; }
  if (state.hour >= state.answer.hours) showHour(view, 0);
  ui.playButton.textContent = t('cascade.pause');
  state.timer = setInterval(() => {
    if (!document.body.contains(ui.slider) || state.hour >= state.answer.hours) { stop(view); return; }
    showHour(view, state.hour + 1);
  }, PLAY_STEP_MS);
}

/** The timeline of what the cascade reached; a region in it selects that region. */
function timelineItems(view, answer) {
  if (answer.processes.length + answer.assets.length === 0) {
    return [element('li', { className: 'empty' }, t('cascade.nothingHit'))];
  }
  return events(answer).map((event) => element('li', { 'data-hour': String(event.hour),
    'data-id': event.id, className: `event ${event.kind}`,
    onClick: event.kind === 'region' ? () => selectRegion(view, event.id) : undefined },
    element('span', { className: 'event-hour' }, hourText(event.hour)),
    element('span', { className: 'event-kind' }, t(`cascade.kind.${event.kind}`)),
    element('span', {}, event.name, illustrativeMark(event)),
    event.chain && event.chain.length > 1 ? element('small', { className: 'chain' }, event.chain.join(' → ')) : ''));
}

/** The cascade in columns of time, left to right: a node sits in the column of the hour it is first hit. */
function drawCascade(cy, answer) {
  cy.elements().remove();
  cy.add(graphElements(answer.graph));
  answer.graph.edges.filter((e) => e.type === 'DEPENDS_ON').forEach((e) => cy.getElementById(e.id)
    .data('hours', formatHours(e.properties.timeToImpactHours ?? 0)));
  answer.starts.forEach((id) => cy.getElementById(id).addClass('start'));
  const positions = columnPositions(answer);
  cy.layout({ name: 'preset', positions: (node) => positions[node.id()] || { x: 0, y: 0 }, fit: true, padding: 20,
    animate: false }).run();
}

function showAnswer(view, answer) {
  const { state, ui, status } = view;
  state.answer = answer;
  drawCascade(view.cy, answer);
  ui.timeline.replaceChildren(...timelineItems(view, answer));
  ui.layers.replaceChildren(element('h2', {}, t('cascade.layers')), layersView(answer));
  ui.scenario.replaceChildren(element('h2', {}, t('cascade.scenarioAnswers')), ...scenarioSections(answer, state.question));
  ui.legendHolder.replaceChildren(hourLegend(answer.regions));
  ui.slider.max = String(answer.hours);
  ui.slider.disabled = false;
  ui.playButton.disabled = false;
  status.show(answer.truncated ? t('cascade.truncated', { count: answer.processes.length + answer.assets.length })
    : t('cascade.done', { processes: answer.processes.length, assets: answer.assets.length,
      regions: answer.regions.length, partners: answer.partners.length }), answer.truncated);
  showHour(view, Math.min(state.hour, answer.hours));
  selectRegion(view, state.region);
}

async function run(view) {
  const { state, ui, status } = view;
  const problem = view.scenario.problem(state.starts.length > 0);
  if (problem) { status.show(t(problem), true); return; }
  stop(view);
  const hours = Number(ui.hoursInput.value);
  if (!Number.isFinite(hours) || hours < 1 || hours > 720) { status.show(t('cascade.badHours'), true); ui.hoursInput.focus(); return; }
  state.hours = hours;
  const parameters = new URLSearchParams();
  state.starts.forEach((s) => parameters.append('start', s.id));
  view.scenario.append(parameters);
  parameters.set('hours', String(hours));
  state.ignored.forEach((id) => parameters.append('ignore', id));
  if (state.question.asOf) parameters.set('asOf', state.question.asOf);
  status.show(t('cascade.running'));
  ui.runButton.disabled = true;
  try {
    showAnswer(view, await api.get(`/api/analysis/cascade?${parameters}`));
    rememberInHash(parameters);
  } catch (error) {
    status.show(error.message, true);
  } finally {
    ui.runButton.disabled = false;
  }
}

function cascadeGraph(view) {
  const cy = cytoscape({ container: view.ui.canvas, style: cascadeStyle, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 3 });
  // A dependency clicked is "backed up": the simulation runs again as if it were not there.
  cy.on('tap', 'edge[type = "DEPENDS_ON"]', (event) => {
    const id = event.target.id();
    if (!view.state.ignored.includes(id)) view.state.ignored.push(id);
    renderChips(view);
    run(view);
  });
  cy.on('tap', 'node', (event) => {
    const id = event.target.id();
    const item = view.ui.timeline.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    if (item) item.scrollIntoView({ block: 'nearest' });
  });
  return cy;
}

/** Only what can fail is offered: vital processes and assets. */
function startPicker(view) {
  const picker = searchBox((hit) => {
    picker.close();
    if (!view.state.starts.some((s) => s.id === hit.id)) view.state.starts.push({ id: hit.id, name: hit.name });
    renderChips(view);
  }, { id: 'cascade', labels: STARTABLE,
    texts: { label: 'cascade.startLabel', placeholder: 'cascade.startPlaceholder', noHits: 'cascade.noStartHits' } });
  return picker;
}

function layOut(container, view, picker) {
  const { ui } = view;
  const form = element('form', { className: 'cascade-form', onSubmit: (event) => { event.preventDefault(); run(view); } },
    view.scenario.elements[0],
    element('label', { className: 'field' }, t('cascade.fails'), picker.box),
    ui.startChips,
    ...view.scenario.elements.slice(1),
    element('label', { className: 'field narrow' }, t('cascade.horizon'), ui.hoursInput),
    ui.runButton);
  container.append(form, ui.ignoredChips, view.status,
    element('div', { className: 'time-bar' }, ui.playButton, ui.slider, ui.hourLabel, ui.summary),
    element('div', { className: 'cascade-body' },
      ui.canvas,
      element('div', { className: 'cascade-side' }, ui.mapHolder, ui.legendHolder, ui.regionPanel),
      element('section', { className: 'cascade-list', 'aria-label': t('cascade.timelineLabel') },
        element('h2', {}, t('cascade.timeline')), ui.timeline)),
    element('section', { className: 'cascade-layers', 'aria-label': t('cascade.layersLabel') }, ui.layers),
    element('section', { className: 'cascade-scenario', 'aria-label': t('cascade.scenarioAnswers') }, ui.scenario),
    element('p', { className: 'hint' }, t('cascade.keyboard')));
}

/**
 * A linked simulation or scenario (`start`, `incidentType`, `region`, `municipality`, `duration`, `hours`, `ignore`)
 * runs at once, once the choices of the form are loaded; otherwise the form waits for input.
 */
function restore(view, initial, picker) {
  const startIds = initial.getAll('start');
  if (initial.get('hours')) view.ui.hoursInput.value = initial.get('hours');
  view.state.ignored = initial.getAll('ignore');
  view.state.question = { asOf: initial.get('asOf') };
  renderChips(view);
  const starts = Promise.all(startIds.map((id) => api.get(`/api/graph/nodes/${encodeURIComponent(id)}`)
    .then((details) => ({ id, name: details.node.name })).catch(() => ({ id, name: id }))));
  Promise.all([starts, view.scenario.ready]).then(([found]) => {
    view.state.starts = found;
    renderChips(view);
    if (found.length || initial.get('incidentType')) run(view);
    else picker.input.focus();
  }).catch((error) => view.status.show(error.message, true));
}

export function simulationView(container, initial) {
  const view = {
    state: { starts: [], ignored: [], hours: DEFAULT_HOURS, answer: null, hour: 0, region: null, timer: null, question: {} },
    ui: controls(DEFAULT_HOURS), status: statusLine(''), map: null, cy: null, scenario: scenarioForm(initial),
  };
  view.status.show('');
  view.scenario.onChange(() => renderChips(view));
  const picker = startPicker(view);
  layOut(container, view, picker);
  view.cy = cascadeGraph(view);
  view.ui.slider.addEventListener('input', () => { stop(view); showHour(view, Number(view.ui.slider.value)); });
  view.ui.playButton.addEventListener('click', () => play(view));

  regionMap({ onSelect: (id) => selectRegion(view, id), label: t('cascade.mapLabel') }).then((built) => {
    view.map = built;
    view.ui.mapHolder.append(built.element);
    if (view.state.answer) showHour(view, view.state.hour);
  }).catch((error) => view.ui.mapHolder.append(element('p', { className: 'message error' }, error.message)));
  restore(view, initial, picker);
}
