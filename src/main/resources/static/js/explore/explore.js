// The explorer screen: wires the search box, the scene, the landing map and the side panels together.
// Each part lives in its own module beside this one; `render` puts them together in named steps that share one
// `explorer` object (the scene, the page's parts and what the user chose).
import { api } from '../shell/api.js';
import { element, statusLine } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { sizeByBrokers } from './brokers.js';
import { clearIfGone, nodeDetails, showDetails, showRelationship } from './details.js';
import { expand, expandOrAsk, openMenu, relationshipName } from './expand.js';
import { exportCsv, exportCypher } from './export.js';
import { exportPng, exportSvg } from './export-image.js';
import { applyFilters, emptyFilters, renderFilters } from './filters.js';
import { isGroup, showGroup } from './groups.js';
import { graphKeyboard } from './keyboard.js';
import { renderLanding } from './landing.js';
import { LAYOUTS, fitView, graphByKind, layoutReady, runLayout, togglePin } from './layouts.js';
import { renderLegend } from './legend.js';
import { mapLayer } from './map.js';
import { detailsButtons, expandNode, menuOf } from './node-actions.js';
import { createScene, isLarge } from './scene.js';
import { sceneTable } from './scene-table.js';
import { openScene, scenesPanel, snapshot } from './scenes.js';
import { searchBox } from './search-box.js';
import { renderStylePanel } from './style-panel.js';
import { defaultRules, styleRules } from './style-rules.js';
import { viewsPanel } from './views.js';
import { itemActions } from '../editing/edit-form.js';

function section(id, title, open, ...body) {
  return element('details', { className: 'side-section', id, open }, element('summary', {}, title), ...body);
}

function hashParams() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query);
}

const nextFrame = () => new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve)); });

/** The parts of the page, put in `main` before Cytoscape starts: it measures its container. */
function buildPage(main, status) {
  const ui = {
    layoutSelect: element('select', { id: 'layout', 'aria-label': t('explore.layout') },
      LAYOUTS.map((name) => element('option', { value: name }, t(`layout.${name}`)))),
    hops: element('select', { id: 'path-hops', 'aria-label': t('explore.maxHops') },
      [2, 3, 4, 5, 6, 8].map((n) => element('option', { value: n }, t('explore.hops', { n })))),
    canvas: element('div', { id: 'graph', className: 'graph-canvas', tabindex: '0', role: 'img', 'aria-label': t('explore.title') }),
    landingHost: element('div', { className: 'landing', id: 'landing' }),
    details: element('div', { id: 'details', className: 'details-panel' },
      element('p', { className: 'hint' }, t('explore.empty'))),
    filterHost: element('div', { id: 'filters' }),
    legendHost: element('div', { id: 'legend' }),
    styleHost: element('div', { id: 'style-rules' }),
    scenesHost: element('div', { id: 'scenes' }),
    viewsHost: element('div', { id: 'views' }),
    top: element('div', { className: 'explore-top' }),
    tableHost: element('section', { id: 'scene-table', className: 'scene-table', hidden: true,
      'aria-label': t('explore.view.table') }),
  };
  ui.hops.value = '4';
  ui.graphWrap = element('div', { className: 'graph-wrap', id: 'graph-wrap' }, ui.canvas);
  main.classList.add('explore');
  main.append(ui.top, status,
    element('div', { className: 'explore-body' }, ui.graphWrap, ui.tableHost, ui.landingHost,
      element('aside', { className: 'side-panel' },
        section('side-details', t('explore.details.title'), true, ui.details),
        section('side-views', t('views.title'), false, ui.viewsHost),
        section('side-filters', t('explore.filters'), false, ui.filterHost),
        section('side-legend', t('explore.legend'), false, ui.legendHost),
        section('side-style', t('style.title'), false, ui.styleHost),
        section('side-scenes', t('explore.scenes'), false, ui.scenesHost))),
    element('p', { className: 'hint' }, t('explore.keyboard')));
  return ui;
}

function showLanding(x, on) {
  x.ui.landingHost.hidden = !on;
  // Off the landing, the graph or its table (the switch "Grafiek / Tabel").
  x.ui.graphWrap.hidden = on || x.table.shown();
  x.ui.tableHost.hidden = on || !x.table.shown();
  if (on) x.landing?.show(); else { x.cy.resize(); x.map.redraw(); }
}

function refreshPanels(x) {
  const hidden = applyFilters(x.cy, x.filters);
  renderFilters(x.ui.filterHost, x.cy, x.filters, hidden, (next) => { x.filters = next; refreshPanels(x); });
  renderLegend(x.ui.legendHost, x.cy, x.rules.current);
  renderStylePanel(x.ui.styleHost, x.cy, x.rules, x.styleState);
  x.table.refresh();
  x.ui.undoButton.disabled = !x.scene.canUndo();
  x.ui.redoButton.disabled = !x.scene.canRedo();
}

/** Runs the chosen layout and fits the view; `placed`: the nodes came with their places, only fit. */
async function layout(x, { placed = false, ...options } = {}) {
  const { cy, status } = x;
  const name = x.ui.layoutSelect.value;
  const large = isLarge(cy.nodes().length);
  await x.map.show(name === 'geographic');
  // fCoSE on a big scene takes seconds and holds the page: say so first, and let the message be drawn.
  const slow = large && name === 'fcose';
  const started = performance.now();
  if (slow) {
    status.show(t('explore.layingOut', { count: formatNumber(cy.nodes().length) }));
    await nextFrame();
  }
  const unplaced = placed ? 0 : await runLayout(cy, name, options);
  fitView(cy, large);
  if (unplaced) status.show(t('explore.unplaced', { count: formatNumber(unplaced) }));
  if (slow) status.show(t('explore.laidOut', { seconds: formatNumber(Math.round((performance.now() - started) / 100) / 10) }));
}

/**
 * Puts an answer in the scene as the whole scene (views, regions). `anchors` (id -> position) hold nodes in
 * place during the layout, e.g. two regions apart with what they share in between.
 */
async function showGraph(x, graph, message, anchors = {}) {
  const { cy, ui } = x;
  showLanding(x, false);
  // A big answer stands at once by kind; the force layout is one choice away (and says how long it takes).
  const large = isLarge(graph.nodes.length);
  ui.layoutSelect.value = large ? 'kinds' : 'fcose';
  await layoutReady(ui.layoutSelect.value);
  // Places by kind come with the answer: setting thousands of positions after adding costs a pass of its own.
  const placed = large && Object.keys(anchors).length === 0;
  x.scene.replace(graph, placed ? graphByKind(graph) : undefined);
  const held = cy.collection(Object.entries(anchors).map(([id, at]) => cy.getElementById(id).position(at)));
  held.lock();
  await layout(x, { placed });
  held.unlock();
  const hint = large ? ` ${t('explore.largeScene')}` : '';
  x.status.show(graph.truncated ? `${message}${hint} ${t('explore.capped')}` : `${message}${hint}`);
}

/** What the details panel offers: expanding one relationship type, and the buttons of a node. */
function detailsContext(x) {
  const { scene, status, cy, ui } = x;
  const context = {
    scene, status,
    expandType: (id, degree) => {
      const node = cy.getElementById(id);
      if (node.nonempty()) openMenu({ scene, node, host: ui.graphWrap, status }).catch(x.fail);
      else expand(scene, id, { type: degree.type, direction: degree.direction, total: degree.count }, status).catch(x.fail);
    },
    baseActions: (node) => [
      element('button', { type: 'button', id: 'find-path', onClick: () => {
        x.pathFrom = { id: node.id, name: node.name };
        status.show(t('explore.pickTarget', { name: node.name, hops: ui.hops.value }));
        x.search.input.focus();
      } }, t('explore.findPath')),
      ['VitalProcess', 'Asset'].includes(node.labels[0])
        ? element('a', { id: 'simulate-failure', className: 'button-link',
          href: `#/cascade?start=${encodeURIComponent(node.id)}&hours=24` }, t('explore.simulateFailure'))
        : null,
      ...detailsButtons(x.actions, node.id),
      itemActions(node, () => showDetails(ui.details, node.id, context).catch(x.fail)),
    ],
  };
  return context;
}

async function findPath(x, from, to) {
  const { cy, status, ui } = x;
  const graph = await api.get(`/api/graph/path?from=${encodeURIComponent(from.id)}&to=${encodeURIComponent(to.id)}`
    + `&maxHops=${ui.hops.value}`);
  if (graph.nodes.length === 0) {
    status.show(t('explore.noPath', { from: from.name, to: to.name, hops: ui.hops.value }), true);
    return;
  }
  showLanding(x, false);
  x.scene.add(graph);
  cy.elements().removeClass('on-path');
  [...graph.nodes, ...graph.edges].forEach((el) => cy.getElementById(el.id).addClass('on-path'));
  await layout(x, { incremental: true });
  const paths = graph.edges.filter((e) => e.source === from.id || e.target === from.id).length;
  status.show(t('explore.pathsFound', { count: Math.max(paths, 1), from: from.name, to: to.name })
    + (graph.truncated ? ` ${t('explore.pathsCapped')}` : ''));
}

/** Adds one node beside the scene and selects it; its details, asked for once, also fill the panel. */
async function addNode(x, id) {
  const { cy } = x;
  showLanding(x, false);
  x.picked = await nodeDetails(id);
  const added = x.scene.add({ nodes: [x.picked.node], edges: [] });
  if (added.nonempty()) {
    const extent = cy.nodes().not(added).boundingBox();
    added.position(cy.nodes().length > 1 ? { x: extent.x2 + 60, y: (extent.y1 + extent.y2) / 2 } : { x: 0, y: 0 });
  }
  cy.$(':selected').unselect();
  cy.getElementById(id).select();
  cy.center(cy.getElementById(id));
}

/** A pick from the search box ends a path being looked for, or adds the node. */
function explorerSearch(x) {
  const search = searchBox(async (hit) => {
    search.close();
    if (x.pathFrom) {
      const from = x.pathFrom;
      x.pathFrom = null;
      await findPath(x, from, hit).catch(x.fail);
      return;
    }
    await addNode(x, hit.id).catch(x.fail);
  });
  return search;
}

async function openRegion(x, id) {
  const graph = await api.get(`/api/graph/neighbourhood?id=${encodeURIComponent(id)}&limit=200`);
  await showGraph(x, graph, t('explore.regionOpened', { count: graph.nodes.length - 1 }));
  x.cy.getElementById(id).select();
}

function exportChoice(x) {
  const exportSelect = element('select', { id: 'export', 'aria-label': t('explore.export') },
    element('option', { value: '' }, t('explore.export')),
    ['png', 'pngView', 'svg', 'svgView', 'csv', 'cypher'].map((kind) => element('option', { value: kind },
      t(`explore.export.${kind}`))));
  exportSelect.addEventListener('change', () => {
    const exporter = { png: exportPng, csv: exportCsv, cypher: exportCypher, svg: exportSvg,
      pngView: (cy) => exportPng(cy, { full: false }), svgView: (cy) => exportSvg(cy, { full: false }),
    }[exportSelect.value];
    // The CSV is written by the server: a refusal or a lost connection is told, not lost in a rejected promise.
    if (exporter) Promise.resolve().then(() => exporter(x.cy)).catch(x.fail);
    exportSelect.value = '';
  });
  return exportSelect;
}

function toolbar(x) {
  const { scene, cy, ui, map } = x;
  ui.undoButton = element('button', { type: 'button', id: 'undo', title: 'Ctrl+Z', onClick: () => scene.undo() },
    t('explore.undo'));
  ui.redoButton = element('button', { type: 'button', id: 'redo', title: 'Ctrl+Shift+Z', onClick: () => scene.redo() },
    t('explore.redo'));
  ui.layoutSelect.addEventListener('change', () => layout(x).catch(x.fail));
  ui.brokersButton = element('button', { type: 'button', id: 'size-brokers', 'aria-pressed': 'false',
    title: t('explore.brokersHint'), onClick: () => {
      const on = ui.brokersButton.getAttribute('aria-pressed') !== 'true';
      ui.brokersButton.setAttribute('aria-pressed', String(on));
      sizeByBrokers(cy, on).catch(x.fail);
    } }, t('explore.brokers'));
  return element('div', { className: 'toolbar' }, ui.undoButton, ui.redoButton,
    element('button', { type: 'button', id: 'fit', title: 'F', onClick: () => fitView(cy, isLarge(cy.nodes().length)) },
      t('explore.fit')),
    ui.layoutSelect,
    element('button', { type: 'button', id: 'pin', onClick: () => togglePin(cy.nodes(':selected')) }, t('explore.pin')),
    element('button', { type: 'button', id: 'toggle-map', onClick: () => map.show(!map.visible) }, t('explore.mapToggle')),
    ui.brokersButton,
    ui.hops, exportChoice(x),
    element('button', { type: 'button', id: 'show-landing', onClick: () => showLanding(x, true) }, t('explore.landing')),
    element('button', { type: 'button', id: 'clear', onClick: () => scene.remove(cy.elements()) }, t('explore.clear')));
}

function scenesOf(x) {
  const { scene, status, cy, ui, map } = x;
  x.sceneOptions = { scene, status,
    setFilters: (saved) => { x.filters = { ...emptyFilters(), ...saved }; refreshPanels(x); },
    setLayout: (name) => { ui.layoutSelect.value = name; map.show(name === 'geographic'); },
    setStyle: (style) => x.rules.set(style || defaultRules()) };
  return scenesPanel(ui.scenesHost, { status,
    snapshot: (name) => snapshot(cy, name, x.filters, ui.layoutSelect.value, x.rules.current),
    open: (id) => openScene(id, x.sceneOptions) });
}

function wireGraph(x) {
  const { scene, status, cy, ui } = x;
  scene.onChange(() => {
    x.rules.refresh();
    refreshPanels(x);
    clearIfGone(ui.details, cy);
    if (ui.brokersButton.getAttribute('aria-pressed') === 'true') sizeByBrokers(cy, true).catch(x.fail);
  });
  // A group opens with a double-click or its menu; other nodes expand or show their menu.
  cy.on('dbltap', 'node', (event) => expandNode(x.actions, event.target));
  cy.on('cxttap', 'node', (event) => menuOf(x.actions, event.target));
  graphKeyboard(ui.canvas, x.actions);
  cy.on('tap', (event) => { if (event.target === cy) ui.graphWrap.querySelectorAll('.context-menu').forEach((m) => m.remove()); });
  cy.on('select', 'edge', (event) => showRelationship(ui.details, event.target));
  cy.on('select', 'node', (event) => {
    if (isGroup(event.target)) {
      showGroup(ui.details, event.target, { scene, status,
        relation: (type, direction) => (type ? relationshipName(type, direction) : t('explore.allNeighbours')) });
    } else {
      showDetails(ui.details, event.target.id(), x.context, x.picked).catch(x.fail);
      x.picked = null;
    }
  });
}

function keyHandler(x) {
  const { scene, cy } = x;
  return (event) => {
    if (event.target.matches('input, select, textarea')) return;
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === '/') { event.preventDefault(); x.search.input.focus(); }
    else if (mod && (event.key === 'y' || (event.shiftKey && event.key.toLowerCase() === 'z'))) {
      event.preventDefault(); scene.redo();
    } else if (mod && event.key === 'z') { event.preventDefault(); scene.undo(); }
    else if (event.key === 'f' && !mod) fitView(cy, isLarge(cy.nodes().length));
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      const selected = cy.elements(':selected');
      if (selected.nonempty()) scene.remove(selected);
    }
  };
}

/** The landing map and, once it knows the regions, the views panel. */
function loadLanding(x) {
  const { status, ui } = x;
  return renderLanding(ui.landingHost, { status,
    onRegion: (id) => openRegion(x, id).catch(x.fail),
    onTie: (a, b) => x.views.sharedOf(a, b) }).catch((error) => { x.fail(error); return null; }).then((handle) => {
    x.landing = handle;
    x.views = viewsPanel(ui.viewsHost, x.landing ? x.landing.regions() : [], {
      status, show: (graph, message, anchors) => showGraph(x, graph, message, anchors).catch(x.fail) });
  });
}

/** What the link asks for: a saved scene, a node, the nodes a workbench result hands over, or the landing. */
async function openFromLink(x, params, scenes) {
  if (params.get('scene')) {
    showLanding(x, false);
    scenes.show(await openScene(params.get('scene'), x.sceneOptions).catch((error) => { x.fail(error); return null; }));
  } else if (params.get('node')) {
    await addNode(x, params.get('node')).catch(x.fail);
  } else if (params.get('nodes')) {
    // The workbench hands over the nodes of a result: `#/explore?nodes=<id>,<id>,...`.
    const graph = await api.get(`/api/graph/among?ids=${encodeURIComponent(params.get('nodes'))}`).catch((error) => {
      x.fail(error);
      return null;
    });
    if (graph) await showGraph(x, graph, t('explore.handedOver', { count: formatNumber(graph.nodes.length) }));
  } else {
    showLanding(x, true);
    if (params.get('q')) x.search.type(params.get('q'));
  }
}

/** The start page's task "find shared partners" (`#/explore?view=shared`): the views panel open at its first choice. */
function openSharedView(main) {
  const views = main.querySelector('#side-views');
  if (!views) return;
  views.open = true;
  main.querySelector('#view-region-a')?.focus();
}

export async function render(main) {
  const status = statusLine('');
  status.show('');
  const ui = buildPage(main, status);
  const scene = createScene(ui.canvas);
  const { cy } = scene;
  // `pathFrom`: the start of a path being looked for; `picked`: the details of a node just added.
  const x = { scene, cy, status, ui, map: mapLayer(ui.graphWrap, cy), filters: emptyFilters(), pathFrom: null,
    picked: null, landing: null, views: null, fail: (error) => status.show(error.message, true),
    rules: styleRules(cy), styleState: {} };
  x.rules.onChange(() => refreshPanels(x));
  // The actions menu opens over what is shown: the graph, or the table that stands in for it.
  x.actions = { scene, status, fail: x.fail, get host() { return x.table.shown() ? ui.tableHost : ui.graphWrap; } };
  x.context = detailsContext(x);
  x.search = explorerSearch(x);
  x.table = sceneTable(ui.tableHost, { cy, fail: x.fail, onView: () => showLanding(x, false),
    onSelect: (node) => { cy.$(':selected').unselect(); node.select(); } });
  ui.top.append(x.search.box, x.table.switcher, toolbar(x));
  wireGraph(x);
  refreshPanels(x);
  const scenes = scenesOf(x);
  const onKey = keyHandler(x);
  document.addEventListener('keydown', onKey);
  // A link (a scene, a node, a hand-off) does not wait for the landing's data: both load at the same time.
  const landingLoaded = loadLanding(x);
  await openFromLink(x, hashParams(), scenes);
  x.search.input.focus();
  await landingLoaded;
  if (hashParams().get('view') === 'shared') openSharedView(main);
  // Left for another screen: free the graphs and their drawing loops.
  return () => {
    document.removeEventListener('keydown', onKey);
    cy.destroy();
    x.landing?.cy.destroy();
  };
}
