package nl.partnerkaart.reports;

import static nl.partnerkaart.reports.ReportKnownAnswerTests.counts;
import static nl.partnerkaart.reports.ReportKnownAnswerTests.part;
import static nl.partnerkaart.reports.ReportKnownAnswerTests.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The reports on the shipped data, checked against independent Cypher and the gaps dataset/README.md lists. */
class ReportApiTests extends ApplicationTest {

    private static final String AS_OF = "asOf=2026-11-23";

    @Test
    void coverageShowsWhichRegionsLackAnActiveDrinkingWaterOrEnergyCovenant() {
        JsonNode report = get("/api/reports/coverage?sectors=drinking-water,energy&" + AS_OF);

        assertThat(regionsWhere(report, "drinking-water", "in-preparation", "expired", "none"))
                .containsExactly("VR08", "VR12", "VR23", "VR24");
        assertThat(regionsWhere(report, "energy", "in-preparation", "expired", "none"))
                .containsExactly("VR02", "VR06", "VR19");
        // the public covenants (VR01 2010 and 2012, VR18 2009 and 2012) are signed, their status is not known
        assertThat(regionsWhere(report, "drinking-water", "unknown")).containsExactly("VR01", "VR18");
        assertThat(regionsWhere(report, "energy", "unknown")).containsExactly("VR01", "VR18");
        for (String sector : List.of("drinking-water", "energy")) {
            long inForce = longOf("""
                    MATCH (r:SafetyRegion) WHERE EXISTS {
                      MATCH (r)-[:PARTY_TO]->(c:Covenant {status: 'active'})-[:COVERS]->(s:Sector {id: $sector})
                      WHERE c.validUntil IS NULL OR c.validUntil >= date('2026-11-23') }
                    RETURN count(r)""", Map.of("sector", sector));
            assertThat(regionsWhere(report, sector, "active", "expiring")).hasSize((int) inForce);
        }
        assertThat(regionsWhere(report, "drinking-water", "expiring")).containsExactly("VR03", "VR16", "VR20", "VR21", "VR22");
        JsonNode kennemerland = report.at("/data/regions/11");
        assertThat(kennemerland.get("region").asString()).isEqualTo("VR12");
        assertThat(kennemerland.at("/cells/0/covenants").findValuesAsString("id"))
                .containsExactly("COV-VR12-DRINKWATER", "COV-VR12-DRINKWATER-2012");
        for (JsonNode total : table(report, "totals").get("rows")) {
            assertThat(counts(total, "active", "expiring", "in-preparation", "unknown", "expired", "none").stream()
                    .mapToLong(Long::longValue).sum()).isEqualTo(25);
        }
        assertThat(report.at("/origin/illustrative").asLong()).isEqualTo(longOf(
                "MATCH (c:Covenant {origin: 'illustrative'}) RETURN count(c)", Map.of()));
        assertThat(report.get("queries").toString()).contains("cypher/reports/coverage.cypher");
    }

    @Test
    void coverageUsesTheConfiguredVitalSectorsByDefault() {
        JsonNode report = get("/api/reports/coverage?" + AS_OF);
        assertThat(report.at("/data/columns").findValuesAsString("id"))
                .containsExactly("drinking-water", "VP02", "VP04", "VP05", "telecom-ict");
        assertThat(regionsWhere(report, "telecom-ict", "in-preparation", "expired", "none"))
                .containsExactly("VR04", "VR09", "VR10", "VR11", "VR12", "VR14", "VR16", "VR18", "VR20", "VR25");
    }

    @Test
    void actionItemsMatchIndependentCounts() {
        JsonNode report = get("/api/reports/action-items?" + AS_OF);

        JsonNode themes = table(report, "themes").get("rows");
        JsonNode total = themes.get(themes.size() - 1);
        long overdue = 0;
        for (int i = 0; i < themes.size() - 1; i++) {
            overdue += themes.get(i).get("overdue").asLong();
        }
        assertThat(total.get("overdue").asLong()).isEqualTo(overdue);
        long done = total.get("done").asLong();
        assertThat(overdue).isEqualTo(127); // dataset/README.md
        assertThat(done).isEqualTo(longOf("MATCH (i:ActionItem {status: 'done'})-[:PART_OF]->(:Covenant) RETURN count(i)", Map.of()));
        JsonNode items = table(report, "overdue").get("rows");
        assertThat(items).hasSize(127);
        List<String> due = items.findValuesAsString("dueOn");
        assertThat(due).isSorted();
        assertThat(table(report, "groups").get("rows").get(0).get("oldestOverdue").asString()).isEqualTo(due.get(0));

        JsonNode region = get("/api/reports/action-items?region=VR16&" + AS_OF);
        long vr16 = longOf("""
                MATCH (i:ActionItem)-[:PART_OF]->(c:Covenant)<-[:PARTY_TO]-(:SafetyRegion {id: 'VR16'})
                WHERE i.status IN ['open', 'in-progress'] AND i.dueOn < date('2026-11-23')
                RETURN count(DISTINCT i)""", Map.of());
        assertThat(table(region, "overdue").get("rows")).hasSize((int) vr16);
    }

    @Test
    void exercisesMatchIndependentCounts() {
        JsonNode report = get("/api/reports/exercises?" + AS_OF);

        JsonNode partnerships = table(report, "partnerships").get("rows");
        assertThat(partnerships).hasSize((int) longOf("""
                MATCH (r:SafetyRegion)<-[:SERVES]-(p:Partner) WHERE (p)-[:PROVIDES]->(:VitalProcess)
                RETURN count(DISTINCT [r, p])""", Map.of()));
        long recent = longOf("""
                MATCH (r:SafetyRegion)<-[:SERVES]-(p:Partner) WHERE (p)-[:PROVIDES]->(:VitalProcess)
                  AND EXISTS { (r)-[:PARTICIPATED_IN]->(e:Exercise)<-[:PARTICIPATED_IN]-(p)
                               WHERE date('2024-11-23') <= e.heldOn <= date('2026-11-23') }
                RETURN count(DISTINCT [r, p])""", Map.of());
        assertThat(partnerships.size() - table(report, "notExercised").get("rows").size()).isEqualTo((int) recent);
        assertThat(report.at("/parameters/months").asInt()).isEqualTo(24);
    }

    @Test
    void networksAndDataQualityMatchIndependentCounts() {
        JsonNode networks = table(get("/api/reports/networks?" + AS_OF), "networks").get("rows");
        assertThat(networks).hasSize((int) longOf(
                "MATCH (n:Network)-[:FOCUSES_ON]->(s:Sector) WHERE (n)<-[:MEMBER_OF]-() RETURN count(*)", Map.of()));
        assertThat(networks.findValuesAsString("network")).contains("NW-CVDS", "NW-LIMBURG");

        JsonNode quality = get("/api/reports/data-quality?region=VR16&" + AS_OF);
        JsonNode vr16 = table(quality, "regions").get("rows").get(0);
        assertThat(vr16.get("covenantsWithoutEndDate").asLong()).isEqualTo(longOf("""
                MATCH (:SafetyRegion {id: 'VR16'})-[:PARTY_TO]->(c:Covenant)
                WHERE c.status IN ['active', 'draft'] AND c.validUntil IS NULL RETURN count(c)""", Map.of()));
        assertThat(vr16.get("partnersWithoutAccountHolder").asLong()).isEqualTo(longOf("""
                MATCH (r:SafetyRegion {id: 'VR16'})<-[:SERVES]-(p:Partner)
                OPTIONAL MATCH (p)<-[:ACCOUNT_HOLDER_FOR]-(h:Person)-[:WORKS_FOR]->(r)
                WITH p, count(h) AS holders WHERE holders = 0 RETURN count(p)""", Map.of()));
        assertThat(vr16.get("unverified").asLong()).isEqualTo(longOf("""
                MATCH (r:SafetyRegion {id: 'VR16'}), (n)
                WHERE (n = r OR (EXISTS { (r)--(n) } AND NOT n:Source))
                  AND n.origin = 'public' AND coalesce(n.verification, 'unverified') = 'unverified'
                RETURN count(n)""", Map.of()));
        assertThat(table(quality, "issues").get("rows")).hasSize((int) (vr16.get("covenantsWithoutEndDate").asLong()
                + vr16.get("partnersWithoutAccountHolder").asLong() + vr16.get("itemsWithoutDueDate").asLong()
                + vr16.get("unverified").asLong()));
    }

    /** The networks' improvement actions against the plain definition: each member's covenants in the sector's scope. */
    @Test
    void networksCountTheCovenantsOfAllTheirMembersOnce() {
        List<String> report = new ArrayList<>();
        table(get("/api/reports/networks?" + AS_OF), "networks").get("rows").forEach(row -> report.add(
                row.get("sector").asString() + " " + row.get("network").asString() + " "
                        + row.get("openActions").asLong() + " " + row.get("recentlyDone").asLong()));
        List<String> expected;
        try (var session = driver.session()) {
            expected = session.executeRead(tx -> tx.run("""
                    MATCH (n:Network)-[:FOCUSES_ON]->(s:Sector) WHERE EXISTS { (n)<-[:MEMBER_OF]-() }
                    CALL (n, s) {
                      OPTIONAL MATCH (n)<-[:MEMBER_OF]-()-[:PARTY_TO]->(c:Covenant)-[:COVERS]->(x)
                      WHERE x = s OR (x:VitalProcess AND (x)-[:IN_SECTOR]->(s))
                      WITH DISTINCT c
                      OPTIONAL MATCH (c)<-[:PART_OF]-(i:ActionItem)
                      RETURN count(CASE WHEN i.status IN ['open', 'in-progress'] THEN 1 END) AS open,
                             count(CASE WHEN i.status = 'done' AND date('2026-11-23') - duration({months: 12}) <= i.doneOn
                                        AND i.doneOn <= date('2026-11-23') THEN 1 END) AS done
                    }
                    RETURN s.id + ' ' + n.id + ' ' + open + ' ' + done AS line ORDER BY s.name, n.name""")
                    .list(r -> r.get("line").asString()));
        }
        assertThat(report).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.stream().filter(line -> !line.endsWith(" 0 0"))).isNotEmpty();
    }

    @Test
    void partnerProfilesAndRegionProfileOfHollandsMidden() {
        JsonNode profiles = get("/api/reports/partner-profiles?region=VR16&" + AS_OF);
        assertThat(table(profiles, "profiles").get("rows")).hasSize(398); // dataset/README.md

        JsonNode region = get("/api/reports/region-profile?region=VR16&" + AS_OF);
        JsonNode haaglanden = table(region, "ties").get("rows").get(0);
        assertThat(haaglanden.get("region").asString()).isEqualTo("VR15");
        assertThat(haaglanden.get("jointCovenants").toString()).contains("Haaglanden en Hollands Midden");
        assertThat(ids(region.get("parts")))
                .containsExactly("coverage", "action-items", "exercises", "data-quality");
    }

    @Test
    void theNationalReportBringsTheReportsTogether() {
        JsonNode report = get("/api/reports/state-of-vital-partnerships?" + AS_OF);
        assertThat(ids(report.get("parts")))
                .containsExactly("coverage", "action-items", "exercises", "networks", "data-quality");
        assertThat(report.at("/origin/illustrative").asLong()).isPositive();
        JsonNode catalogue = api().get("/api/reports?lang=en").json();
        assertThat(ids(catalogue)).containsExactly("coverage", "action-items", "exercises", "networks", "partner-profiles",
                "region-profile", "data-quality", "state-of-vital-partnerships");
    }

    /** The overview computes its summaries more cheaply than the reports themselves, with the same figures. */
    @Test
    void theNationalReportsSummariesAreTheReportsFigures() {
        JsonNode overview = get("/api/reports/state-of-vital-partnerships?" + AS_OF).get("parts");
        JsonNode coverage = get("/api/reports/coverage?" + AS_OF);
        assertThat(table(part(overview, "coverage"), "matrix")).isEqualTo(table(coverage, "matrix"));
        assertThat(part(overview, "coverage").at("/data/regions/11/cells/0/covenants").findValuesAsString("id"))
                .containsExactly("COV-VR12-DRINKWATER", "COV-VR12-DRINKWATER-2012");
        assertThat(part(overview, "coverage").at("/data/regions/11/cells/0/covenants/0").hasNonNull("partners")).isFalse();
        assertThat(table(part(overview, "action-items"), "themes"))
                .isEqualTo(table(get("/api/reports/action-items?" + AS_OF), "themes"));
        assertThat(table(part(overview, "exercises"), "regions"))
                .isEqualTo(table(get("/api/reports/exercises?" + AS_OF), "regions"));

        // per sector: the networks, those with concrete improvement actions, and the names of those without
        Map<String, List<String>> networksPerSector = new TreeMap<>();
        Map<String, List<String>> withoutPerSector = new TreeMap<>();
        for (JsonNode network : table(get("/api/reports/networks?" + AS_OF), "networks").get("rows")) {
            String sector = network.get("sectorName").asString();
            networksPerSector.computeIfAbsent(sector, s -> new ArrayList<>()).add(network.get("networkName").asString());
            withoutPerSector.computeIfAbsent(sector, s -> new ArrayList<>());
            if (network.get("concrete").asString().equals("nee")) {
                withoutPerSector.get(sector).add(network.get("networkName").asString());
            }
        }
        JsonNode sectors = table(part(overview, "networks"), "sectors").get("rows");
        assertThat(table(part(overview, "networks"), "sectors")).isEqualTo(table(get("/api/reports/networks?" + AS_OF), "sectors"));
        assertThat(sectors.findValuesAsString("sectorName")).containsExactlyElementsOf(networksPerSector.keySet());
        assertThat(withoutPerSector.values()).anySatisfy(without -> assertThat(without).isNotEmpty());
        for (JsonNode sector : sectors) {
            String name = sector.get("sectorName").asString();
            assertThat(sector.get("networks").asLong()).as(name).isEqualTo(networksPerSector.get(name).size());
            assertThat(sector.get("withoutActions").asLong()).as(name).isEqualTo(withoutPerSector.get(name).size());
            assertThat(sector.get("withActions").asLong()).as(name)
                    .isEqualTo(networksPerSector.get(name).size() - withoutPerSector.get(name).size());
            assertThat(sector.get("networksWithoutActions").valueStream().map(JsonNode::asString))
                    .as(name).containsExactlyElementsOf(withoutPerSector.get(name));
        }
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        assertProblem("/api/reports/coverage?region=VR99", 400, "region");
        assertProblem("/api/reports/coverage?sectors=drinking-water,spaceflight", 400, "sectors");
        assertProblem("/api/reports/coverage?asOf=2026-13-45", 400, "asOf");
        assertProblem("/api/reports/coverage?format=docx", 400, "format");
        assertProblem("/api/reports/coverage?lang=fr", 400, "lang");
        assertProblem("/api/reports/action-items?by=weather", 400, "by");
        assertProblem("/api/reports/exercises?months=0", 400, "months");
        assertProblem("/api/reports/partner-profiles", 400, "region");
        assertThat(api().get("/api/reports/horoscope").status()).isEqualTo(404);
    }

    private void assertProblem(String path, int status, String field) {
        Api.Response response = api().get(path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(status);
        assertThat(response.json().get("field").asString()).as(path).isEqualTo(field);
    }

    private JsonNode get(String path) {
        Api.Response response = api().get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private long longOf(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, parameters).single().get(0).asLong());
        }
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    /** The regions whose cell in the column has one of the states, in region order. */
    private static List<String> regionsWhere(JsonNode report, String column, String... states) {
        List<String> regions = new ArrayList<>();
        for (JsonNode region : report.at("/data/regions")) {
            for (JsonNode cell : region.get("cells")) {
                if (cell.get("column").asString().equals(column) && List.of(states).contains(cell.get("status").asString())) {
                    regions.add(region.get("region").asString());
                }
            }
        }
        return regions;
    }
}
