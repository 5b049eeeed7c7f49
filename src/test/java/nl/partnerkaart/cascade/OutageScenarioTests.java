package nl.partnerkaart.cascade;

import static nl.partnerkaart.cascade.CascadeAnswers.hours;
import static nl.partnerkaart.cascade.CascadeAnswers.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;

import nl.partnerkaart.Api;
import nl.partnerkaart.OwnApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Outage scenarios (where + how long) on a small graph built here, whose answers are worked out by hand.
 * <p>
 * Region A (municipalities A1, A2) and region B (B1). The incident "power failure" disrupts POWER. Substations S1
 * (A1) and S3 (A2) and S2 (B1) support POWER. In A: AX (A1) depends on S1 with 0 h and supports X; AY (A2) on S1
 * with 2 h, supports Y; AZ (A2) on S1 with 24 h, supports Z; AQ (A1) on S1 with exactly 12 h; AV (A2) on S3 with
 * 1 h, supports V. In B: AW (B1) depends on AY with 1 h. Partners: GRID operates S1, S2, S3, serves A and B and has
 * an active covenant with A (account holder HOLDER works for A); PX operates AX, serves A, active covenant; PY
 * operates AY and AZ, serves A, only a draft covenant (contact CONTACT works for PY): the one without a covenant;
 * PW operates AW and serves only B.
 */
class OutageScenarioTests {

    private static final String GRAPH = """
            CREATE (a:SafetyRegion {id: 'T-RA', name: 'Regio A'}), (b:SafetyRegion {id: 'T-RB', name: 'Regio B'}),
                   (:SafetyRegion {id: 'T-RC', name: 'Regio C'}),
                   (a1:Municipality {id: 'T-A1', name: 'A-een'})-[:PART_OF]->(a),
                   (a2:Municipality {id: 'T-A2', name: 'A-twee'})-[:PART_OF]->(a),
                   (b1:Municipality {id: 'T-B1', name: 'B-een'})-[:PART_OF]->(b),
                   (power:VitalProcess {id: 'T-POWER', name: 'Stroom'}), (x:VitalProcess {id: 'T-X', name: 'X'}),
                   (y:VitalProcess {id: 'T-Y', name: 'Y'}), (z:VitalProcess {id: 'T-Z', name: 'Z'}),
                   (v:VitalProcess {id: 'T-V', name: 'V'}),
                   (:IncidentType {id: 'T-INC', name: 'Stroomuitval'})-[:DISRUPTS]->(power),
                   (:IncidentType {id: 'T-NOTHING', name: 'Niets'}),
                   (s1:Asset {id: 'T-S1', name: 'S1'})-[:LOCATED_IN]->(a1), (s1)-[:SUPPORTS]->(power),
                   (s2:Asset {id: 'T-S2', name: 'S2'})-[:LOCATED_IN]->(b1), (s2)-[:SUPPORTS]->(power),
                   (s3:Asset {id: 'T-S3', name: 'S3'})-[:LOCATED_IN]->(a2), (s3)-[:SUPPORTS]->(power),
                   (ax:Asset {id: 'T-AX', name: 'AX'})-[:LOCATED_IN]->(a1), (ax)-[:SUPPORTS]->(x),
                   (ay:Asset {id: 'T-AY', name: 'AY'})-[:LOCATED_IN]->(a2), (ay)-[:SUPPORTS]->(y),
                   (az:Asset {id: 'T-AZ', name: 'AZ'})-[:LOCATED_IN]->(a2), (az)-[:SUPPORTS]->(z),
                   (aq:Asset {id: 'T-AQ', name: 'AQ'})-[:LOCATED_IN]->(a1),
                   (av:Asset {id: 'T-AV', name: 'AV'})-[:LOCATED_IN]->(a2), (av)-[:SUPPORTS]->(v),
                   (aw:Asset {id: 'T-AW', name: 'AW'})-[:LOCATED_IN]->(b1),
                   (ax)-[:DEPENDS_ON {timeToImpactHours: 0.0}]->(s1), (ay)-[:DEPENDS_ON {timeToImpactHours: 2.0}]->(s1),
                   (az)-[:DEPENDS_ON {timeToImpactHours: 24.0}]->(s1), (aq)-[:DEPENDS_ON {timeToImpactHours: 12.0}]->(s1),
                   (av)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(s3), (aw)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(ay),
                   (grid:Partner {id: 'T-GRID', name: 'Netbeheerder'}), (px:Partner {id: 'T-PX', name: 'Partner X'}),
                   (py:Partner {id: 'T-PY', name: 'Partner Y'}), (pw:Partner {id: 'T-PW', name: 'Partner W'}),
                   (grid)-[:OPERATES]->(s1), (grid)-[:OPERATES]->(s2), (grid)-[:OPERATES]->(s3),
                   (px)-[:OPERATES]->(ax), (py)-[:OPERATES]->(ay), (py)-[:OPERATES]->(az), (pw)-[:OPERATES]->(aw),
                   (grid)-[:SERVES]->(a), (grid)-[:SERVES]->(b), (px)-[:SERVES]->(a), (py)-[:SERVES]->(a),
                   (pw)-[:SERVES]->(b),
                   (cg:Covenant {id: 'T-COV-GRID', name: 'Convenant stroom', status: 'active'}),
                   (cx:Covenant {id: 'T-COV-X', name: 'Convenant X', status: 'active'}),
                   (cy:Covenant {id: 'T-COV-Y', name: 'Convenant Y (concept)', status: 'draft'}),
                   (a)-[:PARTY_TO]->(cg), (grid)-[:PARTY_TO]->(cg), (a)-[:PARTY_TO]->(cx), (px)-[:PARTY_TO]->(cx),
                   (a)-[:PARTY_TO]->(cy), (py)-[:PARTY_TO]->(cy),
                   (grid)<-[:ACCOUNT_HOLDER_FOR]-(:Person {id: 'T-HOLDER', name: 'Accounthouder'})-[:WORKS_FOR]->(a),
                   (:Person {id: 'T-CONTACT', name: 'Contact Y'})-[:WORKS_FOR]->(py)
            """;

    private static final String POWER_OUT_IN_A = "incidentType=T-INC&region=T-RA";

    private static OwnApplication app;
    private static Api api;

    @BeforeAll
    static void buildGraph() {
        app = OwnApplication.withGraph(GRAPH);
        api = app.admin();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void twelveHoursWithoutPowerInRegionA() {
        JsonNode answer = cascade(POWER_OUT_IN_A + "&duration=12&hours=24");

        // S1 and S3 are A's substations (S2 is in B); X at 0, Y at 2 through its asset, Z and AQ hold out (24 h, 12 h)
        assertThat(strings(answer.get("starts"))).containsExactly("T-S1", "T-S3");
        assertThat(hours(answer)).containsOnly(entry("T-POWER", 0.0), entry("T-X", 0.0), entry("T-V", 1.0),
                entry("T-Y", 2.0), entry("T-S1", 0.0), entry("T-S3", 0.0), entry("T-AX", 0.0), entry("T-AV", 1.0),
                entry("T-AY", 2.0), entry("T-AW", 3.0));
        assertThat(item(answer, "processes", "T-POWER").get("local").asBoolean()).isTrue();
        // beyond the area: AW in region B at 3 hours
        assertThat(CascadeAnswers.ids(answer.get("regions"))).containsExactly("T-RA", "T-RB");
        assertThat(item(answer, "regions", "T-RB").get("hour").asDouble()).isEqualTo(3.0);

        JsonNode scenario = answer.get("scenario");
        assertThat(scenario.get("duration").asDouble()).isEqualTo(12.0);
        assertThat(scenario.get("recoveredAt").asDouble()).isEqualTo(12.0);
        assertThat(strings(scenario.get("failing"))).containsExactly("T-POWER");
        assertThat(CascadeAnswers.ids(scenario.get("area"))).containsExactly("T-RA");
        assertThat(scenario.get("timeline").findValues("hour").stream().map(JsonNode::asDouble))
                .containsExactly(0.0, 1.0, 2.0, 3.0);
        JsonNode atTwo = scenario.get("timeline").get(2);
        assertThat(strings(atTwo.get("processes"))).containsExactly("T-Y");
        assertThat(strings(atTwo.get("partners"))).containsExactly("T-PY");
        assertThat(strings(scenario.get("timeline").get(3).get("regions"))).containsExactly("T-RB");

        // region A calls the partners hit that serve it; PW serves only B
        assertThat(strings(scenario.get("homeRegions"))).containsExactly("T-RA");
        assertThat(scenario.get("calls").findValuesAsString("partner")).containsExactly("T-GRID", "T-PX", "T-PY");
        JsonNode grid = scenario.get("calls").get(0);
        assertThat(grid.get("activeCovenant").asBoolean()).isTrue();
        assertThat(grid.at("/accountHolders/0/name").asString()).isEqualTo("Accounthouder");
        JsonNode partnerY = scenario.get("calls").get(2);
        assertThat(partnerY.get("hour").asDouble()).isEqualTo(2.0);
        assertThat(partnerY.at("/contacts/0/name").asString()).isEqualTo("Contact Y");
        assertThat(scenario.get("withoutCovenant").findValuesAsString("partner")).containsExactly("T-PY");
    }

    @Test
    void aLongerOutageReachesWhatHoldsOutLonger() {
        assertThat(hours(cascade(POWER_OUT_IN_A + "&duration=30&hours=72")))
                .containsEntry("T-AQ", 12.0).containsEntry("T-AZ", 24.0).containsEntry("T-Z", 24.0);
        // without a duration the outage lasts beyond the look-ahead: only the horizon cuts off
        JsonNode lasting = cascade(POWER_OUT_IN_A + "&hours=72");
        assertThat(hours(lasting)).containsEntry("T-AQ", 12.0).containsEntry("T-AZ", 24.0);
        assertThat(lasting.at("/scenario/duration").isNull()).isTrue();
        assertThat(lasting.at("/scenario/recoveredAt").isNull()).isTrue();
        // an outage that ends after the look-ahead does not recover within it
        assertThat(cascade(POWER_OUT_IN_A + "&duration=12&hours=6").at("/scenario/recoveredAt").isNull()).isTrue();
    }

    @Test
    void aMunicipalityOrAnAssetIsASmallerArea() {
        JsonNode a2 = cascade("incidentType=T-INC&municipality=T-A2&duration=12");
        assertThat(strings(a2.get("starts"))).containsExactly("T-S3");
        assertThat(hours(a2)).containsOnlyKeys("T-S3", "T-POWER", "T-AV", "T-V");
        assertThat(strings(a2.at("/scenario/homeRegions"))).containsExactly("T-RA");
        assertThat(item(a2.get("scenario"), "area", "T-A2").get("region").asString()).isEqualTo("T-RA");

        JsonNode asset = cascade("start=T-AY&duration=2");
        assertThat(hours(asset)).containsOnlyKeys("T-AY", "T-Y", "T-AW");
        assertThat(strings(asset.at("/scenario/homeRegions"))).containsExactly("T-RA");
        assertThat(asset.at("/scenario/calls").findValuesAsString("partner")).containsExactly("T-PY");
    }

    @Test
    void aProcessWithoutAnAreaFailsEverywhere() {
        JsonNode answer = cascade("start=T-POWER&duration=12");
        assertThat(item(answer, "processes", "T-POWER").get("local").asBoolean()).isFalse();
        assertThat(hours(answer)).containsKeys("T-S1", "T-S2", "T-S3");
        assertThat(answer.at("/scenario/area").size()).isZero();
    }

    @Test
    void badScenariosNameTheirField() {
        assertProblem("incidentType=T-INC&region=T-NOPE", "region", "No safety region has id 'T-NOPE'");
        assertProblem("incidentType=T-INC&region=T-A1", "region", "No safety region has id 'T-A1'");
        assertProblem("incidentType=T-INC&municipality=T-NOPE", "municipality", "No municipality has id 'T-NOPE'");
        assertProblem("incidentType=T-NOPE&region=T-RA", "incidentType", "No incident type has id 'T-NOPE'");
        assertProblem("incidentType=T-NOTHING&region=T-RA", "incidentType", "disrupts no vital process");
        assertProblem("incidentType=T-INC&region=T-RC", "region", "No asset in Regio C supports T-POWER");
        assertProblem(POWER_OUT_IN_A + "&duration=0", "duration", "more than 0");
        assertProblem(POWER_OUT_IN_A + "&duration=721", "duration", "at most 720");
        assertProblem(POWER_OUT_IN_A + "&duration=-4", "duration", "more than 0");
        assertProblem(POWER_OUT_IN_A + "&duration=NaN", "duration", "more than 0");
        assertProblem("region=T-RA&duration=12", "start", "or an incident type");
    }

    private static JsonNode cascade(String query) {
        Api.Response response = api.get("/api/analysis/cascade?" + query);
        assertThat(response.status()).as(query + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertProblem(String query, String field, String detail) {
        Api.Response response = api.get("/api/analysis/cascade?" + query);
        assertThat(response.status()).as(query + " " + response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asString()));
        return values;
    }
}
