package nl.partnerkaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.partnerkaart.Api;
import nl.partnerkaart.OwnApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

/**
 * Every report on a small graph built here, whose answers are worked out by hand. It runs in an application
 * of its own with an empty database, so the shipped data does not blur the numbers and these nodes do not
 * disturb other test classes. Reference date 2026-01-01.
 */
class ReportKnownAnswerTests {

    private static final String GRAPH = """
            CREATE (r1:SafetyRegion {id: 'T-REP-R1', name: 'Alfa', origin: 'illustrative'}),
                   (r2:SafetyRegion {id: 'T-REP-R2', name: 'Beta', origin: 'illustrative'}),
                   (r3:SafetyRegion {id: 'T-REP-R3', name: 'Gamma', origin: 'illustrative'}),
                   (water:Sector {id: 'T-REP-WATER', name: 'Water', origin: 'public'}),
                   (power:Sector {id: 'T-REP-POWER', name: 'Power', origin: 'public'}),
                   (vpw:VitalProcess {id: 'T-REP-VPW', name: 'Water supply', origin: 'public'})-[:IN_SECTOR]->(water),
                   (vpp:VitalProcess {id: 'T-REP-VPP', name: 'Power supply', origin: 'public'})-[:IN_SECTOR]->(power),
                   (c1:Covenant {id: 'T-REP-C1', name: 'C1', status: 'active', validUntil: date('2030-01-01'), origin: 'illustrative'}),
                   (c2:Covenant {id: 'T-REP-C2', name: 'C2', status: 'active', validUntil: date('2026-03-01'), origin: 'illustrative'}),
                   (c3:Covenant {id: 'T-REP-C3', name: 'C3', status: 'draft', origin: 'illustrative'}),
                   (c4:Covenant {id: 'T-REP-C4', name: 'C4', status: 'expired', validUntil: date('2024-01-01'), origin: 'illustrative'}),
                   (c5:Covenant {id: 'T-REP-C5', name: 'C5', status: 'active', validUntil: date('2025-06-01'), origin: 'illustrative'}),
                   (c6:Covenant {id: 'T-REP-C6', name: 'C6', status: 'active', origin: 'public'}),
                   (c7:Covenant {id: 'T-REP-C7', name: 'C7', status: 'unknown', origin: 'public'}),
                   (c8:Covenant {id: 'T-REP-C8', name: 'C8', status: 'unknown', validUntil: date('2020-01-01'), origin: 'public'}),
                   (r1)-[:PARTY_TO]->(c1)-[:COVERS]->(vpw), (r2)-[:PARTY_TO]->(c2)-[:COVERS]->(water),
                   (r2)-[:PARTY_TO]->(c3)-[:COVERS]->(power), (r3)-[:PARTY_TO]->(c4)-[:COVERS]->(power),
                   (r1)-[:PARTY_TO]->(c5)-[:COVERS]->(power), (r1)-[:PARTY_TO]->(c6)-[:COVERS]->(power),
                   (r3)-[:PARTY_TO]->(c7)-[:COVERS]->(water), (r3)-[:PARTY_TO]->(c8)-[:COVERS]->(power),
                   (p1:Partner {id: 'T-REP-P1', name: 'Waterco', scope: 'regional', origin: 'illustrative'}),
                   (p2:Partner {id: 'T-REP-P2', name: 'Gridco', scope: 'regional', origin: 'illustrative'}),
                   (p3:Partner {id: 'T-REP-P3', name: 'School', scope: 'local', origin: 'illustrative'}),
                   (p4:Partner {id: 'T-REP-P4', name: 'Alfa Water (fictief)', scope: 'local', origin: 'illustrative'}),
                   (p5:Partner {id: 'T-REP-P5', name: 'alfa-water', scope: 'local', origin: 'illustrative'}),
                   (p1)-[:PARTY_TO]->(c1), (p1)-[:PROVIDES]->(vpw), (p2)-[:PROVIDES]->(vpp),
                   (p1)-[:SERVES]->(r1), (p1)-[:SERVES]->(r2), (p2)-[:SERVES]->(r1), (p3)-[:SERVES]->(r1),
                   (p4)-[:SERVES]->(r3), (p5)-[:SERVES]->(r3),
                   (h:Person {id: 'T-REP-H1', name: 'Holder', origin: 'illustrative'})-[:WORKS_FOR]->(r1),
                   (h)-[:ACCOUNT_HOLDER_FOR]->(p2),
                   (i1:ActionItem {id: 'T-REP-I1', name: 'I1', theme: 'risk-management', status: 'open', dueOn: date('2025-06-01'), origin: 'illustrative'})-[:PART_OF]->(c1),
                   (i2:ActionItem {id: 'T-REP-I2', name: 'I2', theme: 'risk-management', status: 'in-progress', dueOn: date('2025-01-01'), origin: 'illustrative'})-[:PART_OF]->(c1),
                   (:ActionItem {id: 'T-REP-I3', name: 'I3', theme: 'information', status: 'open', dueOn: date('2026-06-01'), origin: 'illustrative'})-[:PART_OF]->(c1),
                   (:ActionItem {id: 'T-REP-I4', name: 'I4', theme: 'information', status: 'done', dueOn: date('2025-03-01'), doneOn: date('2025-02-01'), origin: 'illustrative'})-[:PART_OF]->(c1),
                   (:ActionItem {id: 'T-REP-I5', name: 'I5', theme: 'risk-management', status: 'cancelled', dueOn: date('2024-01-01'), origin: 'illustrative'})-[:PART_OF]->(c2),
                   (:ActionItem {id: 'T-REP-I6', name: 'I6', theme: 'information', status: 'done', dueOn: date('2025-05-01'), doneOn: date('2025-07-01'), origin: 'illustrative'})-[:PART_OF]->(c2),
                   (:ActionItem {id: 'T-REP-I7', name: 'I7', theme: 'information', status: 'open', origin: 'illustrative'})-[:PART_OF]->(c2),
                   (e1:Exercise {id: 'T-REP-E1', name: 'E1', heldOn: date('2025-05-01'), origin: 'illustrative'}),
                   (e2:Exercise {id: 'T-REP-E2', name: 'E2', heldOn: date('2022-01-01'), origin: 'illustrative'}),
                   (r1)-[:PARTICIPATED_IN]->(e1), (p1)-[:PARTICIPATED_IN]->(e1),
                   (r2)-[:PARTICIPATED_IN]->(e2), (p1)-[:PARTICIPATED_IN]->(e2),
                   (n1:Network {id: 'T-REP-N1', name: 'N1', origin: 'illustrative'})-[:FOCUSES_ON]->(water),
                   (n2:Network {id: 'T-REP-N2', name: 'N2', origin: 'illustrative'})-[:FOCUSES_ON]->(power),
                   (:Network {id: 'T-REP-N3', name: 'N3', origin: 'illustrative'})-[:FOCUSES_ON]->(power),
                   (r1)-[:MEMBER_OF {host: true}]->(n1), (p1)-[:MEMBER_OF {host: false}]->(n1),
                   (r2)-[:MEMBER_OF {host: false}]->(n2),
                   (it:IncidentType {id: 'T-REP-IT1', name: 'Flood', origin: 'public'}),
                   (:PartnerProfile {id: 'T-REP-PP1', role: 'advisor', phases: ['preparation'], origin: 'illustrative'})-[:OF_PARTNER]->(p1),
                   (:PartnerProfile {id: 'T-REP-PP2', role: 'executor', origin: 'illustrative'})-[:OF_PARTNER]->(p2)
            WITH r1, it
            MATCH (pp:PartnerProfile) WHERE pp.id STARTS WITH 'T-REP-PP'
            CREATE (pp)-[:IN_REGION]->(r1), (pp)-[:FOR_INCIDENT_TYPE]->(it)
            """;
    private static final String AS_OF = "asOf=2026-01-01";

    private static OwnApplication app;
    private static Api api;

    @BeforeAll
    static void start() {
        app = OwnApplication.withGraph(GRAPH);
        api = app.admin();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void coverageTakesTheBestStatePerCellAndCountsPerSector() {
        JsonNode report = get("/api/reports/coverage?sectors=T-REP-WATER,T-REP-POWER,T-REP-VPP&" + AS_OF);

        // a covenant whose status no source gives still covers, below what is known to be in force
        assertThat(statuses(report, "T-REP-WATER")).containsExactly("active", "expiring", "unknown");
        assertThat(statuses(report, "T-REP-POWER")).containsExactly("active", "in-preparation", "expired");
        // a covenant on the power sector does not name the power-supply process
        assertThat(statuses(report, "T-REP-VPP")).containsExactly("none", "none", "none");
        JsonNode totals = table(report, "totals").get("rows");
        assertThat(counts(totals.get(0), "active", "expiring", "in-preparation", "unknown", "expired", "none"))
                .containsExactly(1L, 1L, 0L, 1L, 0L, 0L);
        assertThat(counts(totals.get(1), "active", "expiring", "in-preparation", "unknown", "expired", "none"))
                .containsExactly(1L, 0L, 1L, 0L, 1L, 0L);
        // past its end date it has expired, whatever its status
        assertThat(report.at("/data/regions/2/cells/1/covenants").findValuesAsString("state"))
                .containsExactly("expired", "expired");
        JsonNode alfaPower = report.at("/data/regions/0/cells/1/covenants");
        assertThat(alfaPower.findValuesAsString("id")).containsExactly("T-REP-C5", "T-REP-C6");
        assertThat(alfaPower.findValuesAsString("state")).containsExactly("expired", "active");
        assertThat(report.at("/data/regions/0/cells/0/covenants/0/partners").toString()).contains("Waterco");
    }

    @Test
    void actionItemsCountOpenOverdueAndDoneWithTheOldestOverdueFirst() {
        JsonNode report = get("/api/reports/action-items?lang=en&" + AS_OF);

        JsonNode groups = table(report, "groups").get("rows");
        assertThat(groups.get(0).get("groupName").asString()).isEqualTo("Alfa");
        assertThat(groups.get(0).get("theme").asString()).isEqualTo("risk management");
        assertThat(counts(groups.get(0), "open", "overdue", "done")).containsExactly(0L, 2L, 0L);
        assertThat(groups.get(0).get("oldestOverdue").asString()).isEqualTo("2025-01-01");
        assertThat(groups).hasSize(3); // Alfa x 2 themes, Beta x information (its cancelled item is left out)
        JsonNode themes = table(report, "themes").get("rows");
        assertThat(counts(themes.get(0), "open", "overdue", "done")).containsExactly(2L, 0L, 2L); // information
        assertThat(counts(themes.get(1), "open", "overdue", "done")).containsExactly(0L, 2L, 0L); // risk management
        assertThat(table(report, "overdue").get("rows").findValuesAsString("id")).containsExactly("T-REP-I2", "T-REP-I1");
        JsonNode trend = table(report, "trend").get("rows").get(0);
        assertThat(counts(trend, "year", "due", "done", "doneOnTime", "stillOpen")).containsExactly(2025L, 4L, 2L, 1L, 2L);

        JsonNode byCovenant = get("/api/reports/action-items?by=covenant&" + AS_OF);
        assertThat(table(byCovenant, "groups").get("rows").findValuesAsString("groupId")).containsOnly("T-REP-C1", "T-REP-C2");
        JsonNode byNetwork = get("/api/reports/action-items?by=network&" + AS_OF);
        assertThat(table(byNetwork, "groups").get("rows").findValuesAsString("groupId")).containsOnly("T-REP-N1", "T-REP-N2");
        // per network and theme: N1 through Alfa's C1 (two overdue, one open, one done), N2 through Beta's C2
        assertThat(table(byNetwork, "groups").get("rows")).extracting(row -> row.get("groupId").asString() + " "
                + row.get("theme").asString() + " " + counts(row, "open", "overdue", "done")).containsExactly(
                "T-REP-N1 risicobeheersing [0, 2, 0]", "T-REP-N1 informatievoorziening [1, 0, 1]",
                "T-REP-N2 informatievoorziening [1, 0, 1]");
    }

    @Test
    void exercisesFindTheLastJointExercisePerRegionAndVitalPartner() {
        JsonNode report = get("/api/reports/exercises?" + AS_OF);

        JsonNode partnerships = table(report, "partnerships").get("rows");
        assertThat(partnerships).hasSize(3); // the school provides no vital process
        assertThat(partnerships.findValuesAsString("partner")).containsExactly("T-REP-P1", "T-REP-P2", "T-REP-P1");
        assertThat(partnerships.get(0).get("exercise").asString()).isEqualTo("E1");
        assertThat(partnerships.get(1).get("exercise").isNull()).isTrue();
        assertThat(partnerships.get(2).get("exercise").asString()).isEqualTo("E2");
        assertThat(table(report, "notExercised").get("rows")).hasSize(2);
        assertThat(table(get("/api/reports/exercises?months=60&" + AS_OF), "notExercised").get("rows")).hasSize(1);
    }

    @Test
    void networksShowTheirMembersAndWhetherTheyHaveConcreteImprovementActions() {
        JsonNode rows = table(get("/api/reports/networks?lang=en&" + AS_OF), "networks").get("rows");

        assertThat(rows.findValuesAsString("network")).containsExactly("T-REP-N2", "T-REP-N1"); // N3 has no members
        JsonNode n1 = rows.get(1);
        assertThat(n1.get("regions").toString()).contains("Alfa");
        assertThat(n1.get("partners").toString()).contains("Waterco");
        assertThat(n1.get("hosts").toString()).contains("Alfa");
        assertThat(counts(n1, "openActions", "recentlyDone")).containsExactly(3L, 1L);
        assertThat(n1.get("concrete").asString()).isEqualTo("yes");
        assertThat(rows.get(0).get("concrete").asString()).isEqualTo("no");

        // the national overview: per sector, the networks with members, with and without improvement actions
        JsonNode overview = get("/api/reports/state-of-vital-partnerships?lang=en&" + AS_OF).get("parts");
        JsonNode sectors = table(part(overview, "networks"), "sectors").get("rows");
        assertThat(sectors).extracting(row -> row.get("sector").asString() + " " + counts(row, "networks", "withActions",
                "withoutActions") + " " + row.get("networksWithoutActions")).containsExactly(
                "T-REP-POWER [1, 0, 1] [\"N2\"]", "T-REP-WATER [1, 1, 0] []");
    }

    /**
     * The cases the networks query handles apart: a covenant counted once whether two member regions, a member
     * region and a member partner, or two member partners are party to it, or it covers both the sector and one
     * of its processes; covenants of another sector or of a region that is not a member left out. Its own nodes,
     * removed afterwards, so the other tests' numbers stay as they are.
     */
    @Test
    void networksCountEachCovenantOnceHoweverManyMembersArePartyToIt() {
        try (var session = app.bean(Driver.class).session()) {
            session.run("""
                    MATCH (water:Sector {id: 'T-REP-WATER'})
                    CREATE (s:Sector {id: 'T-REP-X-S', name: 'Xylo', origin: 'public'}),
                           (vp:VitalProcess {id: 'T-REP-X-VP', name: 'Xylo supply', origin: 'public'})-[:IN_SECTOR]->(s),
                           (r1:SafetyRegion {id: 'T-REP-X-R1', name: 'Xray', origin: 'illustrative'}),
                           (r2:SafetyRegion {id: 'T-REP-X-R2', name: 'Yankee', origin: 'illustrative'}),
                           (r3:SafetyRegion {id: 'T-REP-X-R3', name: 'Zulu', origin: 'illustrative'}),
                           (p1:Partner {id: 'T-REP-X-P1', name: 'Xp one', origin: 'illustrative'}),
                           (p2:Partner {id: 'T-REP-X-P2', name: 'Xp two', origin: 'illustrative'}),
                           (n1:Network {id: 'T-REP-X-N1', name: 'X1', origin: 'illustrative'})-[:FOCUSES_ON]->(s),
                           (n2:Network {id: 'T-REP-X-N2', name: 'X2', origin: 'illustrative'})-[:FOCUSES_ON]->(s),
                           (r1)-[:MEMBER_OF {host: true}]->(n1), (r2)-[:MEMBER_OF {host: false}]->(n1),
                           (p1)-[:MEMBER_OF {host: false}]->(n1), (p2)-[:MEMBER_OF {host: false}]->(n1),
                           (p2)-[:MEMBER_OF {host: true}]->(n2),
                           (c1:Covenant {id: 'T-REP-X-C1', name: 'XC1', status: 'active', origin: 'illustrative'})-[:COVERS]->(s),
                           (c2:Covenant {id: 'T-REP-X-C2', name: 'XC2', status: 'active', origin: 'illustrative'})-[:COVERS]->(vp),
                           (c3:Covenant {id: 'T-REP-X-C3', name: 'XC3', status: 'active', origin: 'illustrative'})-[:COVERS]->(s),
                           (c4:Covenant {id: 'T-REP-X-C4', name: 'XC4', status: 'active', origin: 'illustrative'})-[:COVERS]->(s),
                           (c4)-[:COVERS]->(vp),
                           (c5:Covenant {id: 'T-REP-X-C5', name: 'XC5', status: 'active', origin: 'illustrative'})-[:COVERS]->(water),
                           (c6:Covenant {id: 'T-REP-X-C6', name: 'XC6', status: 'active', origin: 'illustrative'})-[:COVERS]->(s),
                           (r1)-[:PARTY_TO]->(c1), (r2)-[:PARTY_TO]->(c1),
                           (r1)-[:PARTY_TO]->(c2), (p1)-[:PARTY_TO]->(c2),
                           (p1)-[:PARTY_TO]->(c3), (p2)-[:PARTY_TO]->(c3),
                           (p2)-[:PARTY_TO]->(c4), (p1)-[:PARTY_TO]->(c5), (r3)-[:PARTY_TO]->(c6)
                    WITH c1, c2, c3, c4, c5, c6
                    UNWIND [[c1, 'open', null], [c2, 'in-progress', null], [c2, 'done', date('2025-06-01')],
                            [c3, 'open', null], [c3, 'done', date('2024-06-01')], [c3, 'cancelled', null],
                            [c4, 'open', null], [c5, 'open', null], [c6, 'open', null]] AS item
                    WITH item[0] AS c, item[1] AS status, item[2] AS doneOn
                    CREATE (:ActionItem {id: 'T-REP-X-I' + c.id + status, name: 'X', theme: 'information', status: status,
                                         doneOn: doneOn, origin: 'illustrative'})-[:PART_OF]->(c)""").consume();
        }
        try {
            JsonNode rows = table(get("/api/reports/networks?lang=en&" + AS_OF), "networks").get("rows");
            List<JsonNode> x = new ArrayList<>();
            rows.forEach(row -> {
                if (row.get("network").asString().startsWith("T-REP-X-")) {
                    x.add(row);
                }
            });
            assertThat(x).hasSize(2);
            // X1: C1 (two member regions), C2 (a member region and a member partner), C3 (two member partners;
            // its item done in 2024 is too old, the cancelled one never counts), C4 (sector and process)
            assertThat(x.get(0).get("network").asString()).isEqualTo("T-REP-X-N1");
            assertThat(x.get(0).get("regions").toString()).contains("Xray", "Yankee");
            assertThat(counts(x.get(0), "openActions", "recentlyDone")).containsExactly(4L, 1L);
            // X2: only its partner's C3 and C4
            assertThat(counts(x.get(1), "openActions", "recentlyDone")).containsExactly(2L, 0L);
            assertThat(x.get(1).get("concrete").asString()).isEqualTo("yes");
            JsonNode overview = get("/api/reports/state-of-vital-partnerships?lang=en&" + AS_OF).get("parts");
            assertThat(overview.toString()).contains("{\"sector\":\"T-REP-X-S\",\"sectorName\":\"Xylo\",\"networks\":2,"
                    + "\"withActions\":2,\"withoutActions\":0,\"networksWithoutActions\":[]}");
        } finally {
            try (var session = app.bean(Driver.class).session()) {
                session.run("MATCH (n) WHERE n.id STARTS WITH 'T-REP-X-' DETACH DELETE n").consume();
            }
        }
    }

    @Test
    void partnerProfilesRegionProfileAndDataQuality() {
        JsonNode profiles = table(get("/api/reports/partner-profiles?region=T-REP-R1&lang=en&" + AS_OF), "profiles").get("rows");
        assertThat(profiles.findValuesAsString("role")).containsExactly("executor", "advisor"); // Gridco, Waterco

        JsonNode ties = table(get("/api/reports/region-profile?region=T-REP-R1&" + AS_OF), "ties").get("rows");
        assertThat(ties).hasSize(1);
        assertThat(ties.get(0).get("regionName").asString()).isEqualTo("Beta");
        assertThat(ties.get(0).get("sharedPartnerCount").asLong()).isEqualTo(1);

        JsonNode quality = get("/api/reports/data-quality?" + AS_OF);
        JsonNode regions = table(quality, "regions").get("rows");
        assertThat(counts(regions.get(0), "covenantsWithoutEndDate", "partnersWithoutAccountHolder", "itemsWithoutDueDate"))
                .containsExactly(1L, 2L, 0L);
        assertThat(counts(regions.get(1), "covenantsWithoutEndDate", "partnersWithoutAccountHolder", "itemsWithoutDueDate"))
                .containsExactly(1L, 1L, 1L);
        assertThat(counts(regions.get(2), "covenantsWithoutEndDate", "partnersWithoutAccountHolder", "itemsWithoutDueDate"))
                .containsExactly(0L, 2L, 0L);
        assertThat(table(quality, "duplicates").get("rows").get(0).get("ids").toString()).contains("T-REP-P4", "T-REP-P5");
    }

    @Test
    void reportsWithoutDataShowTheirEmptyText() {
        JsonNode profiles = get("/api/reports/partner-profiles?region=T-REP-R3&lang=en&" + AS_OF);
        assertThat(table(profiles, "profiles").get("rows")).isEmpty();
        assertThat(table(profiles, "profiles").get("empty").asString()).isEqualTo("This region has no partner profiles.");
    }

    private static JsonNode get(String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode table(JsonNode report, String id) {
        return withId(report.get("tables"), id);
    }

    /** One report of the national overview's {@code parts}. */
    static JsonNode part(JsonNode parts, String id) {
        return withId(parts, id);
    }

    private static JsonNode withId(JsonNode elements, String id) {
        for (JsonNode element : elements) {
            if (element.get("id").asString().equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no " + id + " in " + elements);
    }

    private static List<String> statuses(JsonNode report, String column) {
        List<String> statuses = new ArrayList<>();
        for (JsonNode region : report.at("/data/regions")) {
            for (JsonNode cell : region.get("cells")) {
                if (cell.get("column").asString().equals(column)) {
                    statuses.add(cell.get("status").asString());
                }
            }
        }
        return statuses;
    }

    static List<Long> counts(JsonNode row, String... keys) {
        List<Long> counts = new ArrayList<>();
        for (String key : keys) {
            counts.add(row.get(key).asLong());
        }
        return counts;
    }
}
