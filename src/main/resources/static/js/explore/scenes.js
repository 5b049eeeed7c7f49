// Saved scenes: the nodes with their positions and pins, the filters, the layout and the style rules, stored per
// user. A scene's link (#/explore?scene=<id>) opens it for anyone signed in who has the link; only its owner changes it.
import { api } from '../shell/api.js';
import { element } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { dataNodes, restoreGroups, savedGroups } from './groups.js';
import { fitView } from './layouts.js';
import { isLarge } from './scene.js';

export function sceneLink(id) {
  return `${window.location.origin}/#/explore?scene=${encodeURIComponent(id)}`;
}

/**
 * What is stored: every node with its place and pin, the filters, the layout, the viewport, the groups and the
 * style rules.
 */
export function snapshot(cy, name, filters, layout, style) {
  return {
    name,
    nodes: dataNodes(cy).map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y'), pinned: n.locked() })),
    filters,
    view: { layout, zoom: cy.zoom(), pan: cy.pan(), groups: savedGroups(cy) },
    style,
  };
}

/** Opens a scene by id into the explorer; says what no longer exists and what a cap left out. */
export async function openScene(id, { scene, status, setFilters, setLayout, setStyle }) {
  const saved = await api.get(`/api/scenes/${encodeURIComponent(id)}`);
  const graph = await api.get(`/api/scenes/${encodeURIComponent(id)}/graph`);
  const { cy } = scene;
  const groups = await restoreGroups(saved.view?.groups, graph);
  scene.replace(graph, new Map(saved.nodes.map((n) => [n.id, { x: n.x, y: n.y }])), groups);
  cy.collection(saved.nodes.filter((n) => n.pinned).map((n) => cy.getElementById(n.id)).filter((n) => n.nonempty()))
    .lock();
  setFilters({ ...saved.filters });
  setLayout(saved.view?.layout || 'fcose');
  setStyle(saved.style);
  if (saved.view?.zoom) cy.viewport({ zoom: saved.view.zoom, pan: saved.view.pan });
  else fitView(cy, isLarge(graph.nodes.length));
  const missing = saved.nodes.length - graph.nodes.length;
  const parts = [t(saved.mine ? 'explore.scene.opened' : 'explore.scene.openedShared',
    { name: saved.name, owner: saved.owner, count: formatNumber(graph.nodes.length) })];
  if (missing > 0) parts.push(t('explore.scene.missing', { count: formatNumber(missing) }));
  if (graph.truncated) parts.push(t('explore.scene.edgesCapped'));
  status.show(parts.join(' '));
  return saved;
}

/** The scenes panel: save (new or over the open one), open, rename, delete, copy the link. */
export function scenesPanel(host, context) {
  let current = null;
  const list = element('select', { id: 'scene-list', 'aria-label': t('explore.scene.mine') });
  const name = element('input', { id: 'scene-name', type: 'text', maxlength: '200',
    placeholder: t('explore.scene.namePlaceholder'), 'aria-label': t('explore.scene.name') });
  const link = element('input', { id: 'scene-link', type: 'text', readonly: true, 'aria-label': t('explore.scene.link') });
  const fail = (error) => context.status.show(error.message, true);

  const refresh = async () => {
    const scenes = await api.get('/api/scenes');
    list.replaceChildren(element('option', { value: '' }, scenes.length ? t('explore.scene.pick') : t('explore.scene.none')),
      ...scenes.map((s) => element('option', { value: s.id }, `${s.name} (${formatNumber(s.nodeCount)})`)));
    if (current?.mine) list.value = current.id;
  };
  const show = (saved) => {
    current = saved;
    name.value = saved ? saved.name : '';
    link.value = saved ? sceneLink(saved.id) : '';
    if (saved) window.history.replaceState(null, '', `#/explore?scene=${encodeURIComponent(saved.id)}`);
  };
  const save = async (asNew) => {
    const body = context.snapshot(name.value.trim());
    const saved = current?.mine && !asNew ? await api.put(`/api/scenes/${current.id}`, body)
      : await api.post('/api/scenes', body);
    show(saved);
    await refresh();
    context.status.show(t('explore.scene.saved', { name: saved.name }));
  };

  host.replaceChildren(
    element('label', {}, t('explore.scene.name'), name),
    element('div', { className: 'panel-actions' },
      element('button', { type: 'button', id: 'scene-save', onClick: () => save(false).catch(fail) }, t('explore.scene.save')),
      element('button', { type: 'button', id: 'scene-save-new', onClick: () => save(true).catch(fail) },
        t('explore.scene.saveAsNew'))),
    element('label', {}, t('explore.scene.mine'), list),
    element('div', { className: 'panel-actions' },
      element('button', { type: 'button', id: 'scene-open', onClick: async () => {
        if (list.value) show(await context.open(list.value).catch(fail));
      } }, t('explore.scene.open')),
      element('button', { type: 'button', id: 'scene-delete', onClick: async () => {
        if (!list.value || !window.confirm(t('explore.scene.confirmDelete'))) return;
        await api.delete(`/api/scenes/${list.value}`).catch(fail);
        if (current?.id === list.value) show(null);
        await refresh();
      } }, t('explore.scene.delete'))),
    element('label', {}, t('explore.scene.link'), link),
    element('p', { className: 'hint' }, t('explore.scene.sharing')));
  refresh().catch(fail);
  return { show, refresh, get current() { return current; } };
}
