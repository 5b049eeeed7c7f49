package nl.partnerkaart.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** The last joint exercise of every region and vital partner; partnerships not exercised within the period. */
@Component
class ExercisesReport implements ReportBuilder {

    static final List<String> STATES = List.of("recent", "stale", "never");

    private final ReportCypher cypher;

    ExercisesReport(ReportCypher cypher) {
        this.cypher = cypher;
    }

    @Override
    public String id() {
        return "exercises";
    }

    @Override
    public Report build(ReportRequest request, ReportTexts texts) {
        CompletableFuture<DataOrigin> origin = cypher.startOrigin(Set.of("Exercise"));
        Map<String, Object> parameters = request.cypher("months", request.months());
        // An overview shows the counts per region only: counted in the database, not read partnership by partnership.
        List<Map<String, Object>> partnerships = request.details() ? cypher.rows("exercises", parameters) : List.of();
        List<Map<String, Object>> perRegion = request.details()
                ? Bars.count(partnerships, "regionName", "state", STATES)
                : Bars.sumCounts(cypher.counted("exercises", parameters, List.of("region", "regionName", "state")),
                        "regionName", "state", STATES);
        List<Map<String, Object>> shown = partnerships.stream()
                .map(row -> ActionItemsReport.withLabel(row, "state", texts)).toList();
        List<Map<String, Object>> notExercised = partnerships.stream().filter(row -> !"recent".equals(row.get("state")))
                .map(row -> ActionItemsReport.withLabel(row, "state", texts)).toList();
        List<Report.Column> columns = List.of(texts.text("regionName"), texts.text("partnerName"),
                texts.text("exercise"), texts.column("heldOn", "date"), texts.text("state"));
        List<Report.Column> regionColumns = new ArrayList<>(List.of(texts.text("regionName")));
        STATES.forEach(s -> regionColumns.add(new Report.Column(s, texts.label("state", s), "number")));
        Report report = report(request, texts, ReportThreads.join(origin), List.of("exercises"),
                List.of(Bars.of("regions", texts.get("exercises.chart", request.months()), perRegion, "regionName",
                        STATES, texts, "state")),
                List.of(new Report.Table("regions", texts.get("exercises.regions"), regionColumns, perRegion, texts.get("empty")),
                        new Report.Table("notExercised", texts.get("exercises.notExercised", request.months()), columns,
                                notExercised, texts.get("exercises.allExercised")),
                        new Report.Table("partnerships", texts.get("exercises.partnerships"), columns, shown,
                                texts.get("exercises.noPartnerships"))),
                null);
        report.parameters().put("months", request.months());
        return report;
    }
}
