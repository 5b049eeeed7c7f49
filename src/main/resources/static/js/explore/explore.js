// The explorer screen: wires the search box, the scene, the landing map and the side panels together.
// Each part lives in its own module under ./explore/.
import { api } from '../shell/api.js';
import { element, statusLine } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { sizeByBrokers } from './brokers.js';
import { nodeDetails, showDetails } from './details.js';
import { expand, expandOrAsk, openMenu, relationshipName } from './expand.js';
import { exportCsv, exportCypher, exportPng } from './export.js';
import { applyFilters, emptyFilters, renderFilters } from './filters.js';
import { isGroup, openGroup, showGroup } from './groups.js';
import { renderLanding } from './landing.js';
import { LAYOUTS, fitView, graphByKind, layoutReady, runLayout, togglePin } from './layouts.js';
import { renderLegend } from './legend.js';
import { mapLayer } from './map.js';
import { createScene, isLarge } from './scene.js';
import { openScene, scenesPanel, snapshot } from './scenes.js';
import { searchBox } from './search-box.js';
import { viewsPanel } from './views.js';
import { itemActions } from '../editing/edit-form.js';

function section(id, title, open, ...body) {
  return element('details', { className: 'side-section', id, open }, element('summary', {}, title), ...body);
}

function hashParams() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query);
}

export async function render(main) {
  const status = statusLine('');
  status.show('');
  let pathFrom = null;
  let filters = emptyFilters();
  const layoutSelect = element('select', { id: 'layout', 'aria-label': t('explore.layout') },
    LAYOUTS.map((name) => element('option', { value: name }, t(`layout.${name}`))));
  const hops = element('select', { id: 'path-hops', 'aria-label': t('explore.maxHops') },
    [2, 3, 4, 5, 6, 8].map((n) => element('option', { value: n }, t('explore.hops', { n }))));
  hops.value = '4';

  const canvas = element('div', { id: 'graph', className: 'graph-canvas', tabindex: '0', 'aria-label': t('explore.title') });
  const graphWrap = element('div', { className: 'graph-wrap', id: 'graph-wrap' }, canvas);
  const landingHost = element('div', { className: 'landing', id: 'landing' });
  const details = element('div', { id: 'details', className: 'details-panel' },
    element('p', { className: 'hint' }, t('explore.empty')));
  const filterHost = element('div', { id: 'filters' });
  const legendHost = element('div', { id: 'legend' });
  const scenesHost = element('div', { id: 'scenes' });
  const viewsHost = element('div', { id: 'views' });

  const top = element('div', { className: 'explore-top' });
  main.classList.add('explore');
  // In the page before Cytoscape starts: it measures its container.
  main.append(top, status,
    element('div', { className: 'explore-body' }, graphWrap, landingHost,
      element('aside', { className: 'side-panel' },
        section('side-details', t('explore.details.title'), true, details),
        section('side-views', t('views.title'), false, viewsHost),
        section('side-filters', t('explore.filters'), false, filterHost),
        section('side-legend', t('explore.legend'), false, legendHost),
        section('side-scenes', t('explore.scenes'), false, scenesHost))),
    element('p', { className: 'hint' }, t('explore.keyboard')));
  const scene = createScene(canvas);
  const { cy } = scene;
  const map = mapLayer(graphWrap, cy);

  let landing = null;
  let views = null;
  const showLanding = (on) => {
    landingHost.hidden = !on;
    graphWrap.hidden = on;
    if (on) landing?.show(); else { cy.resize(); map.redraw(); }
  };
  const refreshPanels = () => {
    const hidden = applyFilters(cy, filters);
    renderFilters(filterHost, cy, filters, hidden, (next) => { filters = next; refreshPanels(); });
    renderLegend(legendHost, cy);
    undoButton.disabled = !scene.canUndo();
    redoButton.disabled = !scene.canRedo();
  };
  const nextFrame = () => new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve)); });
  /** Runs the chosen layout and fits the view; `placed`: the nodes came with their places, only fit. */
  const layout = async ({ placed = false, ...options } = {}) => {
    const name = layoutSelect.value;
    const large = isLarge(cy.nodes().length);
    await map.show(name === 'geographic');
    // fCoSE on a big scene takes seconds and holds the page: say so first, and let the message be drawn.
    const slow = large && name === 'fcose';
    const started = performance.now();
    if (slow) {
      status.show(t('explore.layingOut', { count: formatNumber(cy.nodes().length) }));
      await nextFrame();
    }
    const unplaced = placed ? 0 : await runLayout(cy, name, options);
    fitView(cy, large);
    // A few nodes would otherwise fill the screen.
    if (cy.zoom() > 1.2) cy.zoom({ level: 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    if (unplaced) status.show(t('explore.unplaced', { count: formatNumber(unplaced) }));
    if (slow) status.show(t('explore.laidOut', { seconds: formatNumber(Math.round((performance.now() - started) / 100) / 10) }));
  };
  /**
   * Puts an answer in the scene as the whole scene (views, regions). `anchors` (id -> position) hold nodes in
   * place during the layout, e.g. two regions apart with what they share in between.
   */
  const showGraph = async (graph, message, anchors = {}) => {
    showLanding(false);
    // A big answer stands at once by kind; the force layout is one choice away (and says how long it takes).
    const large = isLarge(graph.nodes.length);
    layoutSelect.value = large ? 'kinds' : 'fcose';
    await layoutReady(layoutSelect.value);
    // Places by kind come with the answer: setting thousands of positions after adding costs a pass of its own.
    const placed = large && Object.keys(anchors).length === 0;
    scene.replace(graph, placed ? graphByKind(graph) : undefined);
    const held = cy.collection(Object.entries(anchors).map(([id, at]) => cy.getElementById(id).position(at)));
    held.lock();
    await layout({ placed });
    held.unlock();
    const hint = large ? ` ${t('explore.largeScene')}` : '';
    status.show(graph.truncated ? `${message}${hint} ${t('explore.capped')}` : `${message}${hint}`);
  };
  const fail = (error) => status.show(error.message, true);
  const context = {
    scene, status,
    expandType: (id, degree) => {
      const node = cy.getElementById(id);
      if (node.nonempty()) openMenu({ scene, node, host: graphWrap, status }).catch(fail);
      else expand(scene, id, { type: degree.type, direction: degree.direction, total: degree.count }, status).catch(fail);
    },
    baseActions: (node) => [
      element('button', { type: 'button', id: 'find-path', onClick: () => {
        pathFrom = { id: node.id, name: node.name };
        status.show(t('explore.pickTarget', { name: node.name, hops: hops.value }));
        search.input.focus();
      } }, t('explore.findPath')),
      ['VitalProcess', 'Asset'].includes(node.labels[0])
        ? element('a', { id: 'simulate-failure', className: 'button-link',
          href: `#/cascade?start=${encodeURIComponent(node.id)}&hours=24` }, t('explore.simulateFailure'))
        : null,
      itemActions(node, () => showDetails(details, node.id, context).catch(fail)),
    ],
  };

  const findPath = async (from, to) => {
    const graph = await api.get(`/api/graph/path?from=${encodeURIComponent(from.id)}&to=${encodeURIComponent(to.id)}`
      + `&maxHops=${hops.value}`);
    if (graph.nodes.length === 0) {
      status.show(t('explore.noPath', { from: from.name, to: to.name, hops: hops.value }), true);
      return;
    }
    showLanding(false);
    scene.add(graph);
    cy.elements().removeClass('on-path');
    [...graph.nodes, ...graph.edges].forEach((el) => cy.getElementById(el.id).addClass('on-path'));
    await layout({ incremental: true });
    const paths = graph.edges.filter((e) => e.source === from.id || e.target === from.id).length;
    status.show(t('explore.pathsFound', { count: Math.max(paths, 1), from: from.name, to: to.name })
      + (graph.truncated ? ` ${t('explore.pathsCapped')}` : ''));
  };
  // The details of a node just added: selecting it shows them without asking for them again.
  let picked = null;
  const addNode = async (id) => {
    showLanding(false);
    picked = await nodeDetails(id);
    const added = scene.add({ nodes: [picked.node], edges: [] });
    if (added.nonempty()) {
      const extent = cy.nodes().not(added).boundingBox();
      added.position(cy.nodes().length > 1 ? { x: extent.x2 + 60, y: (extent.y1 + extent.y2) / 2 } : { x: 0, y: 0 });
    }
    cy.$(':selected').unselect();
    cy.getElementById(id).select();
    cy.center(cy.getElementById(id));
  };
  const search = searchBox(async (hit) => {
    search.close();
    if (pathFrom) {
      const from = pathFrom;
      pathFrom = null;
      await findPath(from, hit).catch(fail);
      return;
    }
    await addNode(hit.id).catch(fail);
  });
  const openRegion = async (id) => {
    const graph = await api.get(`/api/graph/neighbourhood?id=${encodeURIComponent(id)}&limit=200`);
    await showGraph(graph, t('explore.regionOpened', { count: graph.nodes.length - 1 }));
    cy.getElementById(id).select();
  };

  const undoButton = element('button', { type: 'button', id: 'undo', title: 'Ctrl+Z', onClick: () => scene.undo() },
    t('explore.undo'));
  const redoButton = element('button', { type: 'button', id: 'redo', title: 'Ctrl+Shift+Z', onClick: () => scene.redo() },
    t('explore.redo'));
  const exportSelect = element('select', { id: 'export', 'aria-label': t('explore.export') },
    element('option', { value: '' }, t('explore.export')),
    ['png', 'csv', 'cypher'].map((kind) => element('option', { value: kind }, t(`explore.export.${kind}`))));
  exportSelect.addEventListener('change', () => {
    const exporter = { png: exportPng, csv: exportCsv, cypher: exportCypher }[exportSelect.value];
    // The CSV is written by the server: a refusal or a lost connection is told, not lost in a rejected promise.
    if (exporter) Promise.resolve().then(() => exporter(cy)).catch(fail);
    exportSelect.value = '';
  });
  layoutSelect.addEventListener('change', () => layout().catch(fail));
  const brokersButton = element('button', { type: 'button', id: 'size-brokers', 'aria-pressed': 'false',
    title: t('explore.brokersHint'), onClick: () => {
      const on = brokersButton.getAttribute('aria-pressed') !== 'true';
      brokersButton.setAttribute('aria-pressed', String(on));
      sizeByBrokers(cy, on).catch(fail);
    } }, t('explore.brokers'));
  const toolbar = element('div', { className: 'toolbar' }, undoButton, redoButton,
    element('button', { type: 'button', id: 'fit', title: 'F', onClick: () => fitView(cy, isLarge(cy.nodes().length)) },
      t('explore.fit')),
    layoutSelect,
    element('button', { type: 'button', id: 'pin', onClick: () => togglePin(cy.nodes(':selected')) }, t('explore.pin')),
    element('button', { type: 'button', id: 'toggle-map', onClick: () => map.show(!map.visible) }, t('explore.mapToggle')),
    brokersButton,
    hops, exportSelect,
    element('button', { type: 'button', id: 'show-landing', onClick: () => showLanding(true) }, t('explore.landing')),
    element('button', { type: 'button', id: 'clear', onClick: () => scene.remove(cy.elements()) }, t('explore.clear')));

  top.append(search.box, toolbar);

  scene.onChange(() => {
    refreshPanels();
    if (brokersButton.getAttribute('aria-pressed') === 'true') sizeByBrokers(cy, true).catch(fail);
  });
  refreshPanels();
  const sceneOptions = { scene, status,
    setFilters: (saved) => { filters = { ...emptyFilters(), ...saved }; refreshPanels(); },
    setLayout: (name) => { layoutSelect.value = name; map.show(name === 'geographic'); } };
  const scenes = scenesPanel(scenesHost, { status,
    snapshot: (name) => snapshot(cy, name, filters, layoutSelect.value),
    open: (id) => openScene(id, sceneOptions) });

  // A group opens with a double-click or its menu; other nodes expand or show their menu.
  cy.on('dbltap cxttap', 'node', (event) => {
    const node = event.target;
    if (isGroup(node)) openGroup(scene, node, status);
    else if (event.type === 'dbltap') expandOrAsk({ scene, node, host: graphWrap, status }).catch(fail);
    else openMenu({ scene, node, host: graphWrap, status }).catch(fail);
  });
  cy.on('tap', (event) => { if (event.target === cy) graphWrap.querySelectorAll('.context-menu').forEach((m) => m.remove()); });
  cy.on('select', 'node', (event) => {
    if (isGroup(event.target)) {
      showGroup(details, event.target, { scene, status,
        relation: (type, direction) => (type ? relationshipName(type, direction) : t('explore.allNeighbours')) });
    } else {
      showDetails(details, event.target.id(), context, picked).catch(fail);
      picked = null;
    }
  });

  const onKey = (event) => {
    if (event.target.matches('input, select, textarea')) return;
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === '/') { event.preventDefault(); search.input.focus(); }
    else if (mod && (event.key === 'y' || (event.shiftKey && event.key.toLowerCase() === 'z'))) {
      event.preventDefault(); scene.redo();
    } else if (mod && event.key === 'z') { event.preventDefault(); scene.undo(); }
    else if (event.key === 'f' && !mod) fitView(cy, isLarge(cy.nodes().length));
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      const selected = cy.elements(':selected');
      if (selected.nonempty()) scene.remove(selected);
    }
  };
  document.addEventListener('keydown', onKey);

  // A link (a scene, a node, a hand-off) does not wait for the landing's data: both load at the same time.
  const landingLoaded = renderLanding(landingHost, { status,
    onRegion: (id) => openRegion(id).catch(fail),
    onTie: (a, b) => views.sharedOf(a, b) }).catch((error) => { fail(error); return null; }).then((handle) => {
    landing = handle;
    views = viewsPanel(viewsHost, landing ? landing.regions() : [], {
      status, show: (graph, message, anchors) => showGraph(graph, message, anchors).catch(fail) });
  });

  const params = hashParams();
  if (params.get('scene')) {
    showLanding(false);
    scenes.show(await openScene(params.get('scene'), sceneOptions).catch((error) => { fail(error); return null; }));
  } else if (params.get('node')) {
    await addNode(params.get('node')).catch(fail);
  } else if (params.get('nodes')) {
    // The workbench hands over the nodes of a result: `#/explore?nodes=<id>,<id>,...`.
    const graph = await api.get(`/api/graph/among?ids=${encodeURIComponent(params.get('nodes'))}`).catch((error) => {
      fail(error);
      return null;
    });
    if (graph) await showGraph(graph, t('explore.handedOver', { count: formatNumber(graph.nodes.length) }));
  } else {
    showLanding(true);
    if (params.get('q')) search.type(params.get('q'));
  }
  search.input.focus();
  await landingLoaded;
  // Left for another screen: free the graphs and their drawing loops.
  return () => {
    document.removeEventListener('keydown', onKey);
    cy.destroy();
    landing?.cy.destroy();
  };
}
