package nl.partnerkaart.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** For one region: partners against incident types, with their roles. */
@Component
class PartnerProfilesReport implements ReportBuilder {

    static final List<String> ROLES = List.of("crisis-team-member", "coordinator", "advisor", "executor", "supplier",
            "informed");

    private final ReportCypher cypher;

    PartnerProfilesReport(ReportCypher cypher) {
        this.cypher = cypher;
    }

    @Override
    public String id() {
        return "partner-profiles";
    }

    @Override
    public boolean needsRegion() {
        return true;
    }

    @Override
    public Report build(ReportRequest request, ReportTexts texts) {
        CompletableFuture<DataOrigin> origin = cypher.startOrigin(Set.of("PartnerProfile"));
        List<Map<String, Object>> profiles = cypher.rows("partner-profiles", request.cypher());
        List<Map<String, Object>> perIncidentType = Bars.count(profiles.stream()
                .sorted((a, b) -> String.valueOf(a.get("incidentType")).compareTo(String.valueOf(b.get("incidentType"))))
                .toList(), "incidentTypeName", "role", ROLES);
        List<Map<String, Object>> shown = profiles.stream().map(row -> {
            Map<String, Object> labelled = ActionItemsReport.withLabel(row, "role", texts);
            labelled.put("phases", ((List<?>) row.get("phases")).stream().map(p -> texts.label("phase", p)).toList());
            return labelled;
        }).toList();
        List<Report.Column> roleColumns = new ArrayList<>(List.of(texts.text("incidentTypeName")));
        ROLES.forEach(r -> roleColumns.add(new Report.Column(r, texts.label("role", r), "number")));
        return report(request, texts, ReportThreads.join(origin), List.of("partner-profiles"),
                List.of(Bars.of("roles", texts.get("partner-profiles.chart"), perIncidentType, "incidentTypeName",
                        ROLES, texts, "role")),
                List.of(new Report.Table("incidentTypes", texts.get("partner-profiles.incidentTypes"), roleColumns,
                                perIncidentType, texts.get("partner-profiles.none")),
                        new Report.Table("profiles", texts.get("partner-profiles.table"), List.of(texts.text("partnerName"),
                                texts.text("incidentType"), texts.text("incidentTypeName"), texts.text("role"),
                                texts.list("phases")), shown, texts.get("partner-profiles.none"))),
                null);
    }
}
