package nl.partnerkaart.reports;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** The national "state of vital partnerships": the summaries of every national report in one document. */
@Component
class NationalReport implements ReportBuilder {

    /** Long detail tables stay in the separate reports. */
    private static final Set<String> DETAILS = Set.of("covenants", "groups", "notExercised", "partnerships", "issues");

    private final ReportCypher cypher;
    private final ReportParts concurrently;
    private final List<ReportBuilder> parts;
    /** The exercises take longest on a national graph: started first. */
    private final List<ReportBuilder> startOrder;

    NationalReport(ReportCypher cypher, ReportParts concurrently, CoverageReport coverage, ActionItemsReport actionItems, ExercisesReport exercises,
                   NetworksReport networks, DataQualityReport dataQuality) {
        this.cypher = cypher;
        this.concurrently = concurrently;
        this.parts = List.of(coverage, actionItems, exercises, networks, dataQuality);
        this.startOrder = List.of(exercises, dataQuality, actionItems, coverage, networks);
    }

    @Override
    public String id() {
        return "state-of-vital-partnerships";
    }

    @Override
    public Report build(ReportRequest request, ReportTexts texts) {
        ReportRequest national = request.forRegion(null).withoutDetails();
        CompletableFuture<DataOrigin> origin = cypher.startOrigin(Set.of("Covenant", "ActionItem", "Exercise", "Network", "Partner"));
        List<Report> built = concurrently.build(parts, startOrder, national, texts);
        Report own = report(national, texts, ReportThreads.join(origin), List.of(), List.of(), List.of(), null);
        return own.including(built, DETAILS);
    }
}
