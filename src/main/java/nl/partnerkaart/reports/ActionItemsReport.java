package nl.partnerkaart.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** Open, overdue and done action items per group and theme, the overdue items oldest first, and the trend per year. */
@Component
class ActionItemsReport implements ReportBuilder {

    static final List<String> GROUPINGS = List.of("region", "network", "covenant");
    private static final List<String> COUNTS = List.of("open", "overdue", "done");

    private final ReportCypher cypher;

    ActionItemsReport(ReportCypher cypher) {
        this.cypher = cypher;
    }

    @Override
    public String id() {
        return "action-items";
    }

    @Override
    public Report build(ReportRequest request, ReportTexts texts) {
        CompletableFuture<DataOrigin> origin = cypher.startOrigin(Set.of("ActionItem"));
        ReportCypher.Pending groupRows = request.details()
                ? cypher.start("action-items", request.cypher("by", request.by())) : ReportCypher.Pending.none();
        ReportCypher.Pending overdueRows = cypher.start("action-items-overdue", request.cypher(), request.firstRows());
        ReportCypher.Pending trendRows = cypher.start("action-items-trend", request.cypher());
        ReportCypher.Pending themeRows = cypher.start("action-items-themes", request.cypher());
        List<Map<String, Object>> groups = groupRows.rows().stream().map(row -> withLabel(row, "theme", texts)).toList();
        List<Map<String, Object>> overdue = overdueRows.rows().stream()
                .map(row -> withLabel(row, "theme", texts)).map(row -> withLabel(row, "status", texts)).toList();
        List<Map<String, Object>> trend = trendRows.rows();
        List<Map<String, Object>> perTheme = themeRows.rows().stream().map(row -> withLabel(row, "theme", texts)).toList();
        List<Map<String, Object>> themeTable = new ArrayList<>(perTheme);
        Map<String, Object> total = new LinkedHashMap<>(Map.of("theme", texts.get("total")));
        // Both count the overdue items once per covenant in view: a cut list of overdue items has its total here.
        COUNTS.forEach(c -> total.put(c, perTheme.stream().mapToLong(row -> (Long) row.get(c)).sum()));
        themeTable.add(total);

        Report.Column group = new Report.Column("groupName", texts.get("col.group." + request.by()), "text");
        return report(request, texts, ReportThreads.join(origin),
                List.of("action-items", "action-items-themes", "action-items-overdue", "action-items-trend"),
                List.of(Bars.of("themes", texts.get("action-items.chart"), perTheme, "theme", COUNTS, texts, "count")),
                List.of(new Report.Table("themes", texts.get("action-items.themes"), List.of(texts.text("theme"),
                                texts.number("open"), texts.number("overdue"), texts.number("done")), themeTable, texts.get("empty")),
                        new Report.Table("groups", texts.get("action-items.groups"), List.of(group, texts.text("theme"),
                                texts.number("open"), texts.number("overdue"), texts.number("done"),
                                texts.column("oldestOverdue", "date")), groups, texts.get("empty")),
                        new Report.Table("overdue", texts.get("action-items.overdue"), List.of(texts.column("dueOn", "date"),
                                texts.number("daysOverdue"), texts.text("name"), texts.text("theme"), texts.text("status"),
                                texts.text("covenant"), texts.list("regions"), texts.list("assignedTo")), overdue,
                                texts.get("action-items.noOverdue"), (Long) total.get("overdue")),
                        new Report.Table("trend", texts.get("action-items.trend"), List.of(texts.number("year"),
                                texts.number("due"), texts.number("done"), texts.number("doneOnTime"),
                                texts.number("stillOpen")), trend, texts.get("empty"))),
                null);
    }

    static Map<String, Object> withLabel(Map<String, Object> row, String key, ReportTexts texts) {
        Map<String, Object> labelled = new LinkedHashMap<>(row);
        labelled.put(key, texts.label(key, row.get(key)));
        return labelled;
    }
}
