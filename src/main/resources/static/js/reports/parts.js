// Building blocks of the report pages: the origin banner, sortable tables, stacked bar charts (Chart.js), the
// coverage matrix.
import { element, scrollBox } from '../lib/dom.js';
import { formatNumber, t } from '../lib/i18n.js';
import { valueLabel } from '../lib/labels.js';

let chartLibrary = null;

/** Chart.js from its WebJar; the UMD build sets globalThis.Chart (an import map would need inline script). */
async function loadChart() {
  if (!chartLibrary) {
    chartLibrary = import('/webjars/chart.js/dist/chart.umd.js').then(() => globalThis.Chart);
  }
  return chartLibrary;
}

/** A cell as stored, for sorting: ISO dates sort as dates. */
const text = (value) => (Array.isArray(value) ? value.join(', ') : value ?? '');

/** A table whose column headers sort it (numbers as numbers); illustrative rows carry a mark. */
export function sortableTable(table) {
  if (table.rows.length === 0) return element('p', { className: 'message empty-state' }, table.empty);
  const body = element('tbody');
  let sortKey = null;
  let ascending = true;
  const headers = table.columns.map((column) => {
    const button = element('button', { type: 'button', className: 'sort' }, column.label);
    const th = element('th', { scope: 'col', className: column.type === 'number' ? 'number' : null }, button);
    button.addEventListener('click', () => {
      ascending = sortKey === column.key ? !ascending : true;
      sortKey = column.key;
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      fill(column.type === 'number');
    });
    return th;
  });
  const fill = (numeric) => {
    const rows = [...table.rows];
    if (sortKey) {
      rows.sort((a, b) => {
        const order = numeric ? (a[sortKey] ?? 0) - (b[sortKey] ?? 0)
          : String(text(a[sortKey])).localeCompare(String(text(b[sortKey])), undefined, { numeric: true });
        return ascending ? order : -order;
      });
    }
    body.replaceChildren(...rows.map((row) => element('tr', { className: row.origin === 'illustrative' ? 'illustrative' : null },
      table.columns.map((column, i) => element('td', { className: column.type === 'number' ? 'number' : null },
        // A number in a text column (a year) stays as it is; dates and codes in words of the language.
        column.type !== 'number' && typeof row[column.key] === 'number' ? String(row[column.key])
          : valueLabel(column.key, row[column.key]),
        i === 0 && row.origin === 'illustrative' ? element('span', { className: 'mark', title: t('reports.illustrativeRow') }, ' *') : null)))));
  };
  fill(false);
  const scroll = scrollBox(element('table', { className: 'data-table report-table', 'data-table': table.id },
    element('thead', {}, element('tr', {}, headers)), body), table.title, 'table-scroll');
  if (table.rows.length >= table.total) return scroll;
  // A national graph has tens of thousands of detail rows: the page shows the first, the downloads carry all.
  return element('div', {}, element('p', { className: 'message truncated', 'data-truncated': table.id },
    t('reports.firstRows', { shown: formatNumber(table.rows.length), total: formatNumber(table.total) })), scroll);
}

/**
 * Where the report's data comes from and, for the public part, how sure it is: verified by its source, derived from
 * verified facts, or not yet verified. Marked when illustrative data is among it.
 */
export function originBanner(origin) {
  const illustrative = origin.illustrative > 0;
  return element('p', { className: illustrative ? 'message illustrative-note origin-banner' : 'hint origin-banner' },
    t('reports.origin', { public: formatNumber(origin.publicFacts), illustrative: formatNumber(origin.illustrative),
      user: formatNumber(origin.user) }),
    origin.publicFacts > 0 ? ` ${t('reports.verification', { verified: formatNumber(origin.verified),
      derived: formatNumber(origin.derived), unverified: formatNumber(origin.unverified) })}` : '',
    illustrative ? ` ${t('reports.illustrative')}` : '');
}

/** Horizontal stacked bars, one per category; the canvas is sized to the number of bars. */
export async function barChart(chart) {
  if (chart.categories.length === 0) return element('p', { className: 'message empty-state' }, t('reports.noChart'));
  const canvas = element('canvas', { role: 'img', 'aria-label': chart.title });
  const box = element('div', { className: 'chart-box' }, canvas);
  box.style.height = `${60 + chart.categories.length * 22}px`;
  const Chart = await loadChart();
  // Created once the box is in the page, so Chart.js can measure it.
  requestAnimationFrame(() => new Chart(canvas, {
    type: 'bar',
    data: {
      labels: chart.categories,
      // A dark outline: light segments (amber, grey) stand out from the white at 3:1 or more (WCAG 1.4.11).
      datasets: chart.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color,
        borderColor: '#1c2733', borderWidth: 1 })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } },
      plugins: { legend: { position: 'top' } },
    },
  }));
  return box;
}

/** The regions x sectors matrix; a cell is a button that shows the covenants behind it. */
export function coverageMatrix(report, onCell) {
  const labels = report.tables.find((table) => table.id === 'matrix');
  const head = element('tr', {}, element('th', { scope: 'col' }, t('reports.region')),
    report.data.columns.map((column) => element('th', { scope: 'col' }, column.name)));
  const rows = report.data.regions.map((region, r) => element('tr', {},
    element('th', { scope: 'row' }, region.regionName),
    region.cells.map((cell, c) => element('td', {}, element('button', {
      type: 'button',
      className: `cell state-${cell.status}`,
      'data-region': region.region,
      'data-column': cell.column,
      'aria-label': `${region.regionName} · ${report.data.columns[c].name}: ${labels.rows[r][cell.column]}`,
      onclick: () => onCell(region, report.data.columns[c], cell),
    }, labels.rows[r][cell.column])))));
  return scrollBox(element('table', { className: 'data-table coverage-matrix' }, element('thead', {}, head),
    element('tbody', {}, rows)), labels.title);
}

/** Per column, the regions without an active (or expiring) covenant: the gaps at a glance. */
export function coverageGaps(report) {
  const list = element('ul', { className: 'coverage-gaps' });
  report.data.columns.forEach((column, c) => {
    const missing = report.data.regions
      .filter((region) => !['active', 'expiring'].includes(region.cells[c].status))
      .map((region) => region.regionName);
    list.append(element('li', {}, element('strong', {}, `${column.name}: `),
      missing.length ? t('reports.gaps', { count: missing.length, regions: missing.join(', ') }) : t('reports.noGaps')));
  });
  return list;
}
