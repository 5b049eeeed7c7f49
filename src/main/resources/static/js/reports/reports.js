// The report pages: the coverage matrix first, the other reports as tabs; every report downloads as PDF, CSV, XLSX.
// Administrators also get a tab with the scheduled reports. `#/reports?report=<id>&region=<VRnn>` opens one report
// for one region (links from other screens).
import { api } from '../shell/api.js';
import { today } from '../lib/clock.js';
import { element, statusLine } from '../lib/dom.js';
import { formatNumber, language, t } from '../lib/i18n.js';
import { barChart, coverageGaps, coverageMatrix, originBanner, sortableTable } from './parts.js';
import { scheduleSection } from './schedules.js';

const SCHEDULES = 'schedules';

// What the user chose stays while they move between tabs.
const state = { asOf: today(), region: '', by: 'region', months: 24 };
let regions = null;

function reportUrl(id, format) {
  const params = new URLSearchParams({ asOf: state.asOf, lang: language() });
  if (state.region) params.set('region', state.region);
  if (id === 'action-items') params.set('by', state.by);
  if (id === 'exercises') params.set('months', String(state.months));
  if (format) params.set('format', format);
  return `/api/reports/${id}?${params}`;
}

function field(label, control) {
  return element('label', { className: 'field' }, element('span', {}, label), control);
}

/**
 * The report as PDF, XLSX or CSV, each a download that leaves the application where it is; a report about one region
 * is offered once a region is chosen (without one the server would only answer with an error).
 */
function downloads(report) {
  const box = element('span', { className: 'downloads' }, t('reports.download'));
  if (report.needsRegion && !state.region) {
    box.append(' ', element('span', { id: 'downloads-need-region' }, t('reports.downloadNeedsRegion')));
    return box;
  }
  ['pdf', 'xlsx', 'csv'].forEach((format) => box.append(' ', element('a', {
    href: reportUrl(report.id, format), 'data-format': format, download: '',
  }, format.toUpperCase())));
  return box;
}

function controls(report, reload) {
  const asOf = element('input', { type: 'date', name: 'asOf', value: state.asOf, required: true });
  const region = element('select', { name: 'region' }, element('option', { value: '' }, t('reports.allRegions')),
    regions.map((r) => element('option', { value: r.region, selected: r.region === state.region }, r.regionName)));
  const form = element('form', { className: 'inline-form report-controls' }, field(t('reports.asOf'), asOf),
    field(t('reports.region'), region));
  let by = null;
  let months = null;
  if (report.id === 'action-items') {
    by = element('select', { name: 'by' }, ['region', 'network', 'covenant'].map((value) =>
      element('option', { value, selected: value === state.by }, t(`reports.by.${value}`))));
    form.append(field(t('reports.groupBy'), by));
  }
  if (report.id === 'exercises') {
    months = element('input', { type: 'number', name: 'months', min: 1, max: 240, value: state.months });
    form.append(field(t('reports.months'), months));
  }
  form.append(element('button', { type: 'submit', className: 'primary' }, t('reports.show')));
  form.append(downloads(report));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    Object.assign(state, { asOf: asOf.value, region: region.value });
    if (by) state.by = by.value;
    if (months) state.months = Number(months.value);
    reload();
  });
  return form;
}

function cellDetails(panel, region, column, cell) {
  panel.hidden = false;
  const covenants = cell.covenants.map((c) => element('li', {},
    element('strong', {}, c.name), c.origin === 'illustrative' ? element('span', { className: 'mark' }, ' *') : null,
    element('span', { className: `badge state-${c.state}` }, t(`reports.state.${c.state}`)),
    element('div', { className: 'hint' }, t('reports.validUntil', { date: c.validUntil || t('reports.open') })),
    // The national overview leaves the partners to the coverage report.
    c.partners ? element('div', {}, t('reports.partners', { partners: c.partners.join(', ') || '–' })) : null));
  // replaceChildren writes a null as the text "null": the parts that do not apply are left out first.
  panel.replaceChildren(...[
    element('h3', {}, `${region.regionName} · ${column.name}`),
    element('p', {}, element('span', { className: `badge state-${cell.status}` }, t(`reports.state.${cell.status}`))),
    covenants.length ? element('ul', { className: 'covenant-list' }, covenants)
      : element('p', { className: 'message empty-state' }, t('reports.noCovenantsInCell')),
    cell.covenants.some((c) => !c.partners) ? element('p', { className: 'hint' }, t('reports.partnersInCoverage')) : null,
    cell.covenantCount > covenants.length ? element('p', { className: 'message truncated' },
      t('reports.firstCovenants', { shown: formatNumber(covenants.length), total: formatNumber(cell.covenantCount) })) : null,
    element('button', { type: 'button', onclick: () => { panel.hidden = true; } }, t('reports.close')),
  ].filter(Boolean));
  panel.focus();
}

async function section(report, target) {
  if (report.data?.regions) {
    const panel = element('aside', { className: 'cell-details', tabindex: '-1', hidden: true });
    target.append(element('h2', {}, t('reports.gapsTitle')), coverageGaps(report),
      element('p', { className: 'hint' }, t('reports.cellHint')),
      element('div', { className: 'matrix-with-details' },
        coverageMatrix(report, (region, column, cell) => cellDetails(panel, region, column, cell)), panel));
  }
  for (const chart of report.charts) {
    target.append(element('h2', {}, chart.title), await barChart(chart));
  }
  for (const table of report.tables.filter((tb) => !(report.data?.regions && tb.id === 'matrix'))) {
    target.append(element('h2', {}, table.title), sortableTable(table));
  }
}

async function show(report, content, status) {
  status.show(t('reports.loading'));
  const data = await api.get(reportUrl(report.id));
  if (!regions && !state.region && data.data?.regions) regions = data.data.regions;
  status.show('');
  content.replaceChildren(element('p', { className: 'hint' }, data.description), originBanner(data.origin),
    element('p', { className: 'hint queries' }, t('reports.queries', { files: data.queries.join(', ') })));
  await section(data, content);
  for (const part of data.parts) {
    const box = element('section', { className: 'report-part' }, element('h2', { className: 'part-title' }, part.title));
    content.append(box);
    await section(part, box);
  }
}

/** The report (region, date) the address asks for: `#/reports/<id>` or `#/reports?report=<id>&region=<VRnn>&asOf=<yyyy-mm-dd>`. */
function wantedReport() {
  const [path, query] = window.location.hash.split('?');
  const params = new URLSearchParams(query || '');
  if (params.get('region')) state.region = params.get('region');
  if (/^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') || '')) state.asOf = params.get('asOf');
  return path.split('/')[2] || params.get('report') || 'coverage';
}

async function regionList() {
  if (!regions) regions = (await api.get(`/api/reports/coverage?asOf=${state.asOf}`)).data.regions;
  return regions;
}

export async function render(main, { me } = {}) {
  main.classList.add('reports');
  const status = statusLine(t('reports.loading'));
  main.append(element('h1', {}, t('reports.title')), element('p', { className: 'intro' }, t('reports.intro')), status);
  try {
    const catalogue = await api.get(`/api/reports?lang=${language()}`);
    const wanted = wantedReport();
    const admin = me?.roles.includes('ADMIN');
    const report = catalogue.find((r) => r.id === wanted) || catalogue[0];
    const current = wanted === SCHEDULES ? SCHEDULES : report.id;
    const tabs = element('nav', { className: 'report-tabs', 'aria-label': t('reports.title') }, catalogue.map((r) =>
      element('a', { href: `#/reports/${r.id}`, 'aria-current': r.id === current ? 'page' : null }, r.title)),
    admin ? element('a', { href: `#/reports/${SCHEDULES}`, 'aria-current': wanted === SCHEDULES ? 'page' : null,
      className: 'schedules-tab' }, t('schedules.title')) : null);
    if (admin && wanted === SCHEDULES) {
      main.append(tabs, await scheduleSection(catalogue, await regionList()));
      status.show('');
      return;
    }
    const content = element('div', { className: 'report-content' });
    const reload = async () => {
      try {
        if (report.needsRegion && !state.region) {
          content.replaceChildren(element('p', { className: 'message empty-state' }, t('reports.pickRegion')));
          status.show('');
        } else {
          await show(report, content, status);
        }
        // The coverage report lists the regions anyway; other reports ask for them once.
        await regionList();
        main.querySelector('.report-controls').replaceWith(controls(report, reload));
      } catch (error) {
        status.show(t('reports.error', { detail: error.message }), true);
      }
    };
    main.append(tabs, element('form', { className: 'inline-form report-controls' }), content);
    await reload();
  } catch (error) {
    status.show(t('reports.error', { detail: error.message }), true);
  }
}
