package nl.partnerkaart.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Builds a stacked bar chart from rows: one bar per row, one segment per numeric column. */
final class Bars {

    /** Colours shared by the PDF and the web page, so a state looks the same everywhere. */
    static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("active", "#2e7d32"), Map.entry("expiring", "#f9a825"), Map.entry("in-preparation", "#1f77b4"),
            Map.entry("unknown", "#6a3d9a"), Map.entry("expired", "#c62828"), Map.entry("none", "#9e9e9e"),
            Map.entry("open", "#1f77b4"), Map.entry("overdue", "#c62828"), Map.entry("done", "#2e7d32"),
            Map.entry("recent", "#2e7d32"), Map.entry("stale", "#f9a825"), Map.entry("never", "#c62828"),
            Map.entry("openActions", "#1f77b4"), Map.entry("recentlyDone", "#2e7d32"),
            Map.entry("withActions", "#2e7d32"), Map.entry("withoutActions", "#c62828"),
            Map.entry("crisis-team-member", "#1f4e79"), Map.entry("coordinator", "#6a1b9a"),
            Map.entry("advisor", "#00838f"), Map.entry("executor", "#2e7d32"), Map.entry("supplier", "#ef6c00"),
            Map.entry("informed", "#9e9e9e"), Map.entry("covenantsWithoutEndDate", "#f9a825"),
            Map.entry("partnersWithoutAccountHolder", "#c62828"), Map.entry("itemsWithoutDueDate", "#1f77b4"));

    private Bars() {
    }

    /** Each of {@code keys} is a series, labelled {@code <labelGroup>.<key>}, coloured by {@link #COLOURS}. */
    static Report.Chart of(String id, String title, List<Map<String, Object>> rows, String categoryKey,
                           List<String> keys, ReportTexts texts, String labelGroup) {
        List<String> categories = rows.stream().map(r -> String.valueOf(r.get(categoryKey))).toList();
        List<Report.Series> series = new ArrayList<>();
        for (String key : keys) {
            ToLongFunction<Map<String, Object>> value = r -> r.get(key) instanceof Number n ? n.longValue() : 0;
            series.add(new Report.Series(key, texts.label(labelGroup, key), COLOURS.getOrDefault(key, "#607d8b"),
                    rows.stream().mapToLong(value).boxed().toList()));
        }
        return new Report.Chart(id, title, categories, series);
    }

    /** Counts rows per (category, state): the rows for {@link #of}. */
    static List<Map<String, Object>> count(List<Map<String, Object>> rows, String categoryKey, String stateKey,
                                           List<String> states) {
        return sum(rows, categoryKey, stateKey, states, row -> 1L);
    }

    /** Adds up rows counted already ({@link ReportCypher#counted}) per (category, state). */
    static List<Map<String, Object>> sumCounts(List<Map<String, Object>> rows, String categoryKey, String stateKey,
                                               List<String> states) {
        return sum(rows, categoryKey, stateKey, states, row -> (Long) row.get("count"));
    }

    private static List<Map<String, Object>> sum(List<Map<String, Object>> rows, String categoryKey, String stateKey,
                                                 List<String> states, ToLongFunction<Map<String, Object>> weight) {
        Map<Object, Map<String, Object>> counted = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> bar = counted.computeIfAbsent(row.get(categoryKey), c -> {
                Map<String, Object> fresh = new LinkedHashMap<>();
                fresh.put(categoryKey, c);
                states.forEach(s -> fresh.put(s, 0L));
                return fresh;
            });
            bar.merge(String.valueOf(row.get(stateKey)), weight.applyAsLong(row), (a, b) -> (Long) a + (Long) b);
        }
        return new ArrayList<>(counted.values());
    }
}
