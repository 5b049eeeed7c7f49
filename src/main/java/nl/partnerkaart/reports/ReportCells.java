package nl.partnerkaart.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How a table's values read in every export: lists joined, illustrative rows marked with a *. */
final class ReportCells {

    static final String MARK = " *";

    private ReportCells() {
    }

    static boolean illustrative(Map<String, Object> row) {
        return "illustrative".equals(row.get("origin"));
    }

    /** The row's cells in column order; the first cell of an illustrative row carries the mark. */
    static List<Object> values(Report.Table table, Map<String, Object> row) {
        List<Object> values = new ArrayList<>();
        for (Report.Column column : table.columns()) {
            Object value = row.get(column.key());
            values.add(value instanceof Number ? value : text(value));
        }
        if (illustrative(row) && !values.isEmpty()) {
            values.set(0, text(values.get(0)) + MARK);
        }
        return values;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(ReportCells::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** The lines printed at the top of every export: title, date, region, data origin and how sure the public data is. */
    static List<String> preamble(Report report, ReportTexts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("asOf", report.asOf()) + (report.parameters().containsKey("region")
                ? " · " + texts.get("region", report.parameters().get("region")) : ""));
        DataOrigin origin = report.origin();
        lines.add(texts.get("origin", origin.publicFacts(), origin.illustrative(), origin.user()));
        if (origin.containsIllustrativeData()) {
            lines.add(texts.get("illustrative"));
        }
        if (origin.publicFacts() > 0) {
            lines.add(texts.get("verification", origin.verified(), origin.derived(), origin.unverified()));
        }
        return lines;
    }
}
