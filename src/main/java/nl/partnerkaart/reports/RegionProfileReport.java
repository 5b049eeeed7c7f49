package nl.partnerkaart.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** One region brought together: coverage, action items, exercises, data quality and its ties to other regions. */
@Component
class RegionProfileReport implements ReportBuilder {

    private final ReportCypher cypher;
    private final ReportParts concurrently;
    private final List<ReportBuilder> parts;

    RegionProfileReport(ReportCypher cypher, ReportParts concurrently, CoverageReport coverage, ActionItemsReport actionItems,
                        ExercisesReport exercises, DataQualityReport dataQuality) {
        this.cypher = cypher;
        this.concurrently = concurrently;
        this.parts = List.of(coverage, actionItems, exercises, dataQuality);
    }

    @Override
    public String id() {
        return "region-profile";
    }

    @Override
    public boolean needsRegion() {
        return true;
    }

    @Override
    public Report build(ReportRequest request, ReportTexts texts) {
        CompletableFuture<DataOrigin> origin = cypher.startOrigin(Set.of("Covenant", "ActionItem", "Exercise", "Partner"));
        List<Map<String, Object>> ties = cypher.rows("region-ties", request.cypher());
        Report own = report(request, texts, ReportThreads.join(origin), List.of("region-ties"),
                List.of(Bars.of("ties", texts.get("region-profile.chart"), ties, "regionName",
                        List.of("sharedPartnerCount", "jointExercises"), texts, "col")),
                List.of(new Report.Table("ties", texts.get("region-profile.ties"), List.of(texts.text("regionName"),
                        texts.number("sharedPartnerCount"), texts.list("jointCovenants"), texts.list("sharedNetworks"),
                        texts.number("jointExercises")), ties, texts.get("region-profile.noTies"))),
                null);
        return own.including(concurrently.build(parts, request, texts), Set.of());
    }
}
