package nl.partnerkaart.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * Per sector how many networks have concrete improvement actions and which do not; with the details, every network
 * with its members and its open and recently done actions.
 */
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
        Map<String, Object> parameters = request.cypher("months", properties.networkMonths());
        ReportCypher.Pending sectorRows = cypher.start("networks-sectors", parameters);
        // Every network (an export) is read beside the sectors; a page's first rows need the sectors first.
        ReportCypher.Pending allNetworks = request.details() && request.firstRows() == 0
                ? cypher.start("networks", withSectors(parameters, null)) : null;
        List<Map<String, Object>> sectors = sectorRows.rows().stream().map(row -> texts.named(row, "sectorName")).toList();
        List<Report.Table> tables = new ArrayList<>(List.of(sectorTable(sectors, texts)));
        if (request.details()) {
            tables.add(networkTable(allNetworks != null ? allNetworks.rows() : cypher.rows("networks",
                    withSectors(parameters, sectorsOfFirstRows(sectors, request.firstRows())), request.firstRows()),
                    sectors, texts));
        }
        return report(request, texts, ReportThreads.join(origin), request.details()
                        ? List.of("networks-sectors", "networks") : List.of("networks-sectors"),
                List.of(Bars.of("sectors", texts.get("networks.sectorsChart", properties.networkMonths()), sectors,
                        "sectorName", List.of("withActions", "withoutActions"), texts, "col")),
                tables, null);
    }

    private static Report.Table sectorTable(List<Map<String, Object>> sectors, ReportTexts texts) {
        return new Report.Table("sectors", texts.get("networks.sectors"), List.of(texts.text("sectorName"),
                texts.number("networks"), texts.number("withActions"), texts.number("withoutActions"),
                texts.list("networksWithoutActions")), sectors, texts.get("networks.none"));
    }

    /** The networks with their members; a page's first rows count every network of the sectors as their total. */
    private static Report.Table networkTable(List<Map<String, Object>> networks, List<Map<String, Object>> sectors,
                                             ReportTexts texts) {
        return new Report.Table("networks", texts.get("networks.table"), List.of(texts.text("sectorName"),
                texts.text("networkName"), texts.list("hosts"), texts.list("regions"), texts.list("partners"),
                texts.number("openActions"), texts.number("recentlyDone"), texts.text("concrete")),
                networks.stream().map(row -> ActionItemsReport.withLabel(texts.named(row, "sectorName"), "concrete",
                        texts)).toList(),
                texts.get("networks.none"), sectors.stream().mapToLong(row -> (Long) row.get("networks")).sum());
    }

    /** {@code networks.cypher} for these sector ids, or for every sector (null). */
    private static Map<String, Object> withSectors(Map<String, Object> parameters, List<String> sectors) {
        Map<String, Object> with = new HashMap<>(parameters);
        with.put("sectors", sectors);
        return with;
    }

    /**
     * The ids of the first sectors that together hold at least {@code rows} networks (all sectors if fewer): a page
     * or PDF shows only the first rows, and both files list the sectors in the same order.
     */
    static List<String> sectorsOfFirstRows(List<Map<String, Object>> sectors, int rows) {
        List<String> first = new ArrayList<>();
        long networks = 0;
        for (Map<String, Object> sector : sectors) {
            if (networks >= rows) {
                break;
            }
            first.add((String) sector.get("sector"));
            networks += (Long) sector.get("networks");
        }
        return first;
    }
}
