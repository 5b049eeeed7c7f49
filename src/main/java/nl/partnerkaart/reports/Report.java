package nl.partnerkaart.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One report, ready for JSON and every export: tables and charts with labels in the requested language.
 *
 * @param queries the Cypher files in {@code cypher/reports/} the figures come from
 * @param data    the report's own structure for the web page (the coverage matrix), or null
 * @param parts   other reports this one brings together, each rendered as a section after this one's tables
 */
public record Report(String id, String title, String description, LocalDate asOf, Map<String, Object> parameters,
                     DataOrigin origin, List<String> queries, List<Chart> charts, List<Table> tables, Object data,
                     List<Report> parts) {

    /** A column of a table; type is text, number or list (lists are joined with commas in exports). */
    public record Column(String key, String label, String type) {
    }

    /**
     * Rows are maps by column key; a row with {@code origin = illustrative} is sample data and is marked in
     * every rendering. {@code total} counts the rows there are; fewer are shown when a rendering cut the table.
     */
    public record Table(String id, String title, List<Column> columns, List<Map<String, Object>> rows, String empty,
                        long total) {

        public Table(String id, String title, List<Column> columns, List<Map<String, Object>> rows, String empty) {
            this(id, title, columns, rows, empty, rows.size());
        }

        Table firstRows(int limit) {
            return rows.size() <= limit ? this : new Table(id, title, columns, rows.subList(0, limit), empty, total);
        }
    }

    /** Horizontal stacked bars: one bar per category, one segment per series. */
    public record Chart(String id, String title, List<String> categories, List<Series> series) {
    }

    public record Series(String key, String label, String color, List<Long> values) {
    }

    /**
     * This report with at most {@code limit} rows in each table, its parts too, for a page or a PDF that a
     * person reads; every cut table keeps its total, so the rendering can say so and point to CSV or XLSX.
     */
    Report firstRows(int limit) {
        return new Report(id, title, description, asOf, parameters, origin, queries, charts,
                tables.stream().map(t -> t.firstRows(limit)).toList(), data,
                parts.stream().map(p -> p.firstRows(limit)).toList());
    }

    /** This report followed by its parts: the sections of a rendering. */
    List<Report> sections() {
        List<Report> sections = new ArrayList<>(List.of(this));
        sections.addAll(parts);
        return sections;
    }

    /**
     * This report with others as its parts (for the overviews), leaving out the parts' detail tables named.
     * The data origin stays this report's: it should count every label the parts read.
     */
    Report including(List<Report> others, Set<String> leftOut) {
        List<Report> shortened = others.stream().map(o -> new Report(o.id, o.title, o.description, o.asOf, o.parameters,
                o.origin, o.queries, o.charts, o.tables.stream().filter(t -> !leftOut.contains(t.id())).toList(), o.data,
                o.parts)).toList();
        List<String> allQueries = new ArrayList<>(queries);
        others.forEach(o -> o.queries.stream().filter(q -> !allQueries.contains(q)).forEach(allQueries::add));
        return new Report(id, title, description, asOf, parameters, origin, allQueries, charts, tables, data, shortened);
    }
}
