package nl.partnerkaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * How sure the public data is, in the data-quality report and every report's origin banner, on a small graph whose
 * answers are counted by hand. An application of its own with an empty database, as {@link ReportKnownAnswerTests}.
 */
class DataQualityVerificationTests {

    /*
     * Alfa is tied to: itself (public, verified), municipality M1 (verified), partner P1 (derived), partner P2
     * (public without a status: unverified), covenant C1 (unverified, PARTY_TO), partner P3 (illustrative: not
     * counted), source S1 (MENTIONS: the evidence, not a fact).
     * Beta is tied to: itself (verified) and P1 (derived). Partners P1..P3 and C1 are what the banner counts
     * (Covenant, Partner, ActionItem): public 3, of which 0 verified, 1 derived, 2 unverified; illustrative 1.
     */
    private static final String GRAPH = """
            CREATE (alfa:SafetyRegion {id: 'T-VER-R1', name: 'Alfa', origin: 'public', verification: 'verified'}),
                   (beta:SafetyRegion {id: 'T-VER-R2', name: 'Beta', origin: 'public', verification: 'verified'}),
                   (m1:Municipality {id: 'T-VER-M1', name: 'Eerstedorp', origin: 'public', verification: 'verified'}),
                   (p1:Partner {id: 'T-VER-P1', name: 'Waterbedrijf', scope: 'regional', origin: 'public',
                                verification: 'derived'}),
                   (p2:Partner {id: 'T-VER-P2', name: 'Netbeheerder', scope: 'regional', origin: 'public'}),
                   (p3:Partner {id: 'T-VER-P3', name: 'Voorbeeldbedrijf', scope: 'local', origin: 'illustrative'}),
                   (c1:Covenant {id: 'T-VER-C1', name: 'Convenant drinkwater', status: 'active',
                                 validUntil: date('2030-01-01'), origin: 'public', verification: 'unverified'}),
                   (s1:Source {id: 'T-VER-S1', name: 'Jaarverslag', origin: 'public', accessedOn: date('2026-11-01')}),
                   (m1)-[:PART_OF {origin: 'public', verification: 'verified'}]->(alfa),
                   (p1)-[:SERVES {origin: 'public', verification: 'derived'}]->(alfa),
                   (p1)-[:SERVES {origin: 'public', verification: 'derived'}]->(beta),
                   (p2)-[:SERVES {origin: 'public'}]->(alfa), (p3)-[:SERVES {origin: 'illustrative'}]->(alfa),
                   (alfa)-[:PARTY_TO {origin: 'public', verification: 'unverified'}]->(c1),
                   (p1)-[:PARTY_TO {origin: 'public', verification: 'unverified'}]->(c1),
                   (s1)-[:MENTIONS]->(alfa)
            """;

    private static ConfigurableApplicationContext app;
    private static Api api;

    @BeforeAll
    static void start() {
        app = TestApplications.start(TestApplications.newDataDirectory(), "partnerkaart.dataset.load-on-start=false");
        try (var session = app.getBean(Driver.class).session()) {
            session.run(GRAPH).consume();
        }
        api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), "admin",
                TestApplications.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void publicFactsTiedToARegionAreCountedPerVerificationStatus() {
        JsonNode rows = ReportKnownAnswerTests.table(get("/api/reports/data-quality"), "verification").get("rows");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("regionName").asString()).isEqualTo("Alfa");
        assertThat(counts(rows.get(0))).containsExactly(2L, 1L, 2L);
        assertThat(rows.get(1).get("regionName").asString()).isEqualTo("Beta");
        assertThat(counts(rows.get(1))).containsExactly(1L, 1L, 0L);
    }

    @Test
    void unverifiedPublicFactsAreFindingsOfTheirRegions() {
        JsonNode report = get("/api/reports/data-quality?lang=en");
        JsonNode issues = ReportKnownAnswerTests.table(report, "issues");

        List<String> unverified = issues.get("rows").valueStream()
                .filter(row -> row.get("issue").asString().equals("public data, not verified"))
                .map(row -> row.get("regionName").asString() + " " + row.get("id").asString()).toList();
        assertThat(unverified).containsExactlyInAnyOrder("Alfa T-VER-C1", "Alfa T-VER-P2");
        // every finding is counted, the unverified ones too: the total of a cut list stays right
        assertThat(issues.get("total").asLong()).isEqualTo(issues.get("rows").size());
    }

    @Test
    void theOriginBannerSaysHowSureThePublicDataIsInEveryFormat() {
        JsonNode origin = get("/api/reports/data-quality").get("origin");
        assertThat(List.of(origin.get("publicFacts").asLong(), origin.get("illustrative").asLong(),
                origin.get("verified").asLong(), origin.get("derived").asLong(), origin.get("unverified").asLong()))
                .containsExactly(3L, 1L, 0L, 1L, 2L);

        String csv = new String(api.get("/api/reports/data-quality?format=csv&lang=en").bytes(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Of the public data: 0 verified (the source states it), 1 derived (follows from "
                + "verified facts), 2 unverified.");
        assertThat(csv).contains("Public data per region by verification");
        String dutch = new String(api.get("/api/reports/data-quality?format=csv").bytes(), StandardCharsets.UTF_8);
        assertThat(dutch).contains("Van de openbare gegevens: 0 geverifieerd");
    }

    private static List<Long> counts(JsonNode row) {
        return List.of(row.get("verified").asLong(), row.get("derived").asLong(), row.get("unverified").asLong());
    }

    private static JsonNode get(String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
