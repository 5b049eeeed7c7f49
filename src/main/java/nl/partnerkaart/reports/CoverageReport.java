package nl.partnerkaart.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** Regions against vital sectors: the best covenant state of each cell, the covenants behind it, national totals. */
@Component
class CoverageReport implements ReportBuilder {

    static final List<String> STATES = List.of("active", "expiring", "in-preparation", "unknown", "expired", "none");
    /** A cell on a national graph can stand for hundreds of covenants: the page lists the first, the table has all. */
    private static final int CELL_COVENANTS = 50;

    /** The matrix for the web page: cells keep their state codes and covenants. */
    record Matrix(List<Map<String, Object>> columns, List<Map<String, Object>> regions) {
    }

    private final ReportCypher cypher;
    private final ReportProperties properties;

    CoverageReport(ReportCypher cypher, ReportProperties properties) {
        this.cypher = cypher;
        this.properties = properties;
    }

    @Override
    public String id() {
        return "coverage";
    }

    @Override
    public Report build(ReportRequest request, ReportTexts texts) {
        CompletableFuture<DataOrigin> origin = cypher.startOrigin(Set.of("Covenant"));
        List<Map<String, Object>> cells = cypher.rows("coverage", request.cypher("columns", request.columns(),
                "expiringMonths", properties.expiringMonths(), "details", request.details())).stream()
                .map(c -> texts.named(c, "columnName")).toList();
        if (request.region() != null) {
            cells = cells.stream().filter(c -> request.region().equals(c.get("region"))).toList();
        }
        Map<Object, Map<String, Object>> columns = new LinkedHashMap<>();
        Map<Object, Map<String, Object>> regions = new LinkedHashMap<>();
        List<Map<String, Object>> covenantRows = new ArrayList<>();
        for (Map<String, Object> cell : cells) {
            columns.computeIfAbsent(cell.get("column"), c -> Map.of("id", c, "name", cell.get("columnName")));
            Map<String, Object> region = regions.computeIfAbsent(cell.get("region"), r -> {
                Map<String, Object> fresh = new LinkedHashMap<>();
                fresh.put("region", r);
                fresh.put("regionName", cell.get("regionName"));
                fresh.put("cells", new ArrayList<Map<String, Object>>());
                return fresh;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> regionCells = (List<Map<String, Object>>) region.get("cells");
            List<?> covenants = (List<?>) cell.get("covenants");
            regionCells.add(Map.of("column", cell.get("column"), "status", cell.get("status"),
                    "covenants", covenants.subList(0, Math.min(CELL_COVENANTS, covenants.size())),
                    "covenantCount", covenants.size()));
            region.put(String.valueOf(cell.get("column")), texts.label("state", cell.get("status")));
            for (Object c : request.details() ? covenants : List.of()) {
                Map<?, ?> covenant = (Map<?, ?>) c;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("regionName", cell.get("regionName"));
                row.put("columnName", cell.get("columnName"));
                row.put("covenant", covenant.get("name"));
                row.put("state", texts.label("state", covenant.get("state")));
                row.put("validUntil", covenant.get("validUntil"));
                row.put("partners", covenant.get("partners"));
                row.put("origin", covenant.get("origin"));
                covenantRows.add(row);
            }
        }
        List<Map<String, Object>> totals = Bars.count(cells, "columnName", "status", STATES);

        List<Report.Column> matrixColumns = new ArrayList<>(List.of(texts.text("regionName")));
        columns.values().forEach(c -> matrixColumns.add(new Report.Column((String) c.get("id"), (String) c.get("name"), "text")));
        List<Report.Column> totalColumns = new ArrayList<>(List.of(texts.text("columnName")));
        STATES.forEach(s -> totalColumns.add(new Report.Column(s, texts.label("state", s), "number")));

        List<Map<String, Object>> matrixRows = regions.values().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>(r);
            row.remove("cells");
            return row;
        }).toList();
        return report(request, texts, ReportThreads.join(origin), List.of("coverage"),
                List.of(Bars.of("totals", texts.get("coverage.chart"), totals, "columnName", STATES, texts, "state")),
                List.of(new Report.Table("matrix", texts.get("coverage.matrix"), matrixColumns, matrixRows, texts.get("empty")),
                        new Report.Table("totals", texts.get("coverage.totals"), totalColumns, totals, texts.get("empty")),
                        new Report.Table("covenants", texts.get("coverage.covenants"), List.of(texts.text("regionName"),
                                texts.text("columnName"), texts.text("covenant"), texts.text("state"),
                                texts.column("validUntil", "date"), texts.list("partners")), covenantRows,
                                texts.get("coverage.noCovenants"))),
                new Matrix(List.copyOf(columns.values()), List.copyOf(regions.values())));
    }
}
