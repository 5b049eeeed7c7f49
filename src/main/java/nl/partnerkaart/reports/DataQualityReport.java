package nl.partnerkaart.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Per region what is missing and how sure its public facts are, the items behind the counts (unverified facts among
 * them), and probable duplicate partners.
 */
@Component
class DataQualityReport implements ReportBuilder {

    private static final List<String> COUNTS = List.of("covenantsWithoutEndDate", "partnersWithoutAccountHolder",
            "itemsWithoutDueDate");
    private static final List<String> VERIFICATION = List.of("verified", "derived", "unverified");

    private final ReportCypher cypher;

    DataQualityReport(ReportCypher cypher) {
        this.cypher = cypher;
    }

    @Override
    public String id() {
        return "data-quality";
    }

    @Override
    public Report build(ReportRequest request, ReportTexts texts) {
        CompletableFuture<DataOrigin> origin = cypher.startOrigin(Set.of("Covenant", "Partner", "ActionItem"));
        ReportCypher.Pending regionRows = cypher.start("data-quality", request.cypher());
        ReportCypher.Pending issueRows = request.details()
                ? cypher.start("data-quality-issues", request.cypher(), request.firstRows()) : ReportCypher.Pending.none();
        ReportCypher.Pending duplicateRows = cypher.start("data-quality-duplicates", request.cypher());
        List<Map<String, Object>> perRegion = regionRows.rows();
        List<Map<String, Object>> issues = issueRows.rows().stream()
                .map(row -> ActionItemsReport.withLabel(row, "issue", texts)).toList();
        // The counts per region are the issue rows (see the two files), so a cut issue list has its total at hand.
        long issueCount = perRegion.stream().mapToLong(row -> Stream.concat(COUNTS.stream(), Stream.of("unverified"))
                .mapToLong(c -> (Long) row.get(c)).sum()).sum();
        List<Map<String, Object>> duplicates = duplicateRows.rows();
        return report(request, texts, ReportThreads.join(origin),
                List.of("data-quality", "data-quality-issues", "data-quality-duplicates"),
                List.of(Bars.of("regions", texts.get("data-quality.chart"), perRegion, "regionName", COUNTS, texts, "col")),
                List.of(new Report.Table("regions", texts.get("data-quality.regions"), List.of(texts.text("regionName"),
                                texts.number("covenantsWithoutEndDate"), texts.number("partnersWithoutAccountHolder"),
                                texts.number("itemsWithoutDueDate")), perRegion, texts.get("empty")),
                        new Report.Table("verification", texts.get("data-quality.verification"), Stream.concat(
                                Stream.of(texts.text("regionName")), VERIFICATION.stream().map(texts::number)).toList(),
                                perRegion, texts.get("empty")),
                        new Report.Table("duplicates", texts.get("data-quality.duplicates"), List.of(texts.text("key"),
                                texts.list("ids"), texts.list("names")), duplicates, texts.get("data-quality.noDuplicates")),
                        new Report.Table("issues", texts.get("data-quality.issues"), List.of(texts.text("regionName"),
                                texts.text("issue"), texts.text("id"), texts.text("name")), issues,
                                texts.get("data-quality.noIssues"), issueCount)),
                null);
    }
}
