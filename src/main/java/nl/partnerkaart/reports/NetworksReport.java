package nl.partnerkaart.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** The networks per sector, their members, and whether each has concrete improvement actions. */
@Component
class NetworksReport implements ReportBuilder {

    private final ReportCypher cypher;
    private final ReportProperties properties;

    NetworksReport(ReportCypher cypher, ReportProperties properties) {
        this.cypher = cypher;
        this.properties = properties;
    }

    @Override
    public String id() {
        return "networks";
    }

    @Override
    public Report build(ReportRequest request, ReportTexts texts) {
        CompletableFuture<DataOrigin> origin = cypher.startOrigin(Set.of("Network", "ActionItem"));
        List<Map<String, Object>> networks = cypher.rows("networks", request.cypher("months", properties.networkMonths(),
                        "details", request.details()))
                .stream().map(row -> ActionItemsReport.withLabel(texts.named(row, "sectorName"), "concrete", texts)).toList();
        List<Map<String, Object>> chartRows = networks.stream().map(row -> Map.<String, Object>of(
                "bar", row.get("networkName") + " · " + row.get("sectorName"),
                "openActions", row.get("openActions"), "recentlyDone", row.get("recentlyDone"))).toList();
        return report(request, texts, ReportThreads.join(origin), List.of("networks"),
                List.of(Bars.of("actions", texts.get("networks.chart", properties.networkMonths()), chartRows, "bar",
                        List.of("openActions", "recentlyDone"), texts, "col")),
                List.of(new Report.Table("networks", texts.get("networks.table"), columns(request, texts), networks,
                        texts.get("networks.none"))),
                null);
    }

    /** An overview names the member regions and counts the partners; the report itself names every member. */
    private static List<Report.Column> columns(ReportRequest request, ReportTexts texts) {
        List<Report.Column> members = request.details()
                ? List.of(texts.list("hosts"), texts.list("regions"), texts.list("partners"))
                : List.of(texts.list("regions"), texts.number("partnerCount"));
        List<Report.Column> columns = new ArrayList<>(List.of(texts.text("sectorName"), texts.text("networkName")));
        columns.addAll(members);
        columns.addAll(List.of(texts.number("openActions"), texts.number("recentlyDone"), texts.text("concrete")));
        return columns;
    }
}
