package nl.partnerkaart.cascade;

import static nl.partnerkaart.cascade.CascadeAnswers.chain;
import static nl.partnerkaart.cascade.CascadeAnswers.hours;
import static nl.partnerkaart.cascade.CascadeAnswers.ids;
import static nl.partnerkaart.cascade.CascadeAnswers.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The propagation rules on small graphs built here, whose answers can be worked out by hand. */
class CascadeKnownAnswerTests extends ApplicationTest {

    /** B depends on A (2 h), C on B (3 h). */
    private static final String CHAIN = """
            CREATE (a:VitalProcess {id: 'T-CAS-A', name: 'A'}), (b:VitalProcess {id: 'T-CAS-B', name: 'B'}),
                   (c:VitalProcess {id: 'T-CAS-C', name: 'C'}),
                   (b)-[:DEPENDS_ON {timeToImpactHours: 2.0}]->(a), (c)-[:DEPENDS_ON {timeToImpactHours: 3.0}]->(b)
            """;

    /** D depends on B (1 h) and C (1 h); B on A (5 h), C on A (1 h): D is hit through C first. */
    private static final String DIAMOND = """
            CREATE (a:VitalProcess {id: 'T-CAS-A', name: 'A'}), (b:VitalProcess {id: 'T-CAS-B', name: 'B'}),
                   (c:VitalProcess {id: 'T-CAS-C', name: 'C'}), (d:VitalProcess {id: 'T-CAS-D', name: 'D'}),
                   (b)-[:DEPENDS_ON {timeToImpactHours: 5.0}]->(a), (c)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(a),
                   (d)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(b), (d)-[:DEPENDS_ON {timeToImpactHours: 10.0}]->(c)
            """;

    @AfterEach
    void removeTestNodes() {
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n.id STARTS WITH 'T-CAS-' DETACH DELETE n").consume();
        }
    }

    @Test
    void aChainAddsUpTheDelays() {
        create(CHAIN);
        JsonNode answer = cascade("start=T-CAS-A");

        assertThat(hours(answer)).containsExactly(entry("T-CAS-A", 0.0), entry("T-CAS-B", 2.0), entry("T-CAS-C", 5.0));
        assertThat(chain(answer, "T-CAS-C")).containsExactly("T-CAS-A", "T-CAS-B", "T-CAS-C");
        assertThat(answer.get("truncated").asBoolean()).isFalse();
        assertThat(answer.at("/graph/edges").size()).isEqualTo(2);
    }

    @Test
    void inADiamondTheEarliestArrivalWins() {
        create(DIAMOND);
        JsonNode answer = cascade("start=T-CAS-A");

        assertThat(hours(answer)).containsEntry("T-CAS-B", 5.0).containsEntry("T-CAS-C", 1.0)
                .containsEntry("T-CAS-D", 6.0);
        assertThat(chain(answer, "T-CAS-D")).containsExactly("T-CAS-A", "T-CAS-B", "T-CAS-D");
    }

    @Test
    void aCycleEndsAtWhatWasAlreadyHit() {
        create("""
                CREATE (a:VitalProcess {id: 'T-CAS-A', name: 'A'}), (b:VitalProcess {id: 'T-CAS-B', name: 'B'}),
                       (c:VitalProcess {id: 'T-CAS-C', name: 'C'}),
                       (a)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(b), (b)-[:DEPENDS_ON {timeToImpactHours: 2.0}]->(a),
                       (c)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(b)
                """);
        JsonNode answer = cascade("start=T-CAS-A");

        assertThat(hours(answer)).containsExactly(entry("T-CAS-A", 0.0), entry("T-CAS-B", 2.0), entry("T-CAS-C", 3.0));
    }

    @Test
    void anIgnoredDependencyIsABackup() {
        create(DIAMOND);
        JsonNode answer = cascade("start=T-CAS-A&ignore=T-CAS-B|DEPENDS_ON|T-CAS-A");

        assertThat(hours(answer)).containsExactly(entry("T-CAS-A", 0.0), entry("T-CAS-C", 1.0), entry("T-CAS-D", 11.0));
        assertThat(chain(answer, "T-CAS-D")).containsExactly("T-CAS-A", "T-CAS-C", "T-CAS-D");
        assertThat(answer.get("ignored").get(0).asString()).isEqualTo("T-CAS-B|DEPENDS_ON|T-CAS-A");
        assertThat(ids(answer.at("/graph/edges"))).doesNotContain("T-CAS-B|DEPENDS_ON|T-CAS-A");
    }

    @Test
    void withSeveralStartsEachElementIsHitFromTheNearest() {
        create(CHAIN);
        JsonNode answer = cascade("start=T-CAS-A&start=T-CAS-B");

        assertThat(hours(answer)).containsExactly(entry("T-CAS-A", 0.0), entry("T-CAS-B", 0.0), entry("T-CAS-C", 3.0));
        assertThat(chain(answer, "T-CAS-C")).containsExactly("T-CAS-B", "T-CAS-C");
    }

    @Test
    void theHorizonCutsTheCascadeOff() {
        create(CHAIN);

        assertThat(hours(cascade("start=T-CAS-A&hours=4"))).containsOnlyKeys("T-CAS-A", "T-CAS-B");
        assertThat(hours(cascade("start=T-CAS-A&hours=5"))).containsOnlyKeys("T-CAS-A", "T-CAS-B", "T-CAS-C");
        assertThat(hours(cascade("start=T-CAS-A&hours=0"))).containsOnlyKeys("T-CAS-A");
    }

    /**
     * Process P is supported by asset S1 in Leiden; asset S2 in Gouda depends on S1 (3 h) and supports
     * process Q. Partner T-CAS-OP operates S1, serves Hollands Midden and has an active covenant with it.
     */
    private static final String TWO_LEVELS = """
            MATCH (leiden:Municipality {id: 'GM0546'}), (gouda:Municipality {id: 'GM0513'}),
                  (vr16:SafetyRegion {id: 'VR16'})
            CREATE (p:VitalProcess {id: 'T-CAS-P', name: 'P'}), (q:VitalProcess {id: 'T-CAS-Q', name: 'Q'}),
                   (s1:Asset {id: 'T-CAS-S1', name: 'S1', kind: 'substation'}),
                   (s2:Asset {id: 'T-CAS-S2', name: 'S2', kind: 'pumping-station'}),
                   (s1)-[:SUPPORTS]->(p), (s2)-[:SUPPORTS]->(q), (s2)-[:DEPENDS_ON {timeToImpactHours: 3.0}]->(s1),
                   (s1)-[:LOCATED_IN]->(leiden), (s2)-[:LOCATED_IN]->(gouda),
                   (op:Partner {id: 'T-CAS-OP', name: 'Operator T-CAS'})-[:OPERATES]->(s1), (op)-[:SERVES]->(vr16),
                   (cov:Covenant {id: 'T-CAS-COV', name: 'Covenant T-CAS', status: 'active'}),
                   (old:Covenant {id: 'T-CAS-OLD', name: 'Old T-CAS', status: 'active', validUntil: date('2020-01-01')}),
                   (vr16)-[:PARTY_TO]->(cov), (op)-[:PARTY_TO]->(cov), (vr16)-[:PARTY_TO]->(old), (op)-[:PARTY_TO]->(old),
                   (:Person {id: 'T-CAS-PER1', name: 'Works for the region only'})-[:WORKS_FOR]->(vr16),
                   (op)<-[:ACCOUNT_HOLDER_FOR]-(:Person {id: 'T-CAS-PER2', name: 'Account holder'})-[:WORKS_FOR]->(vr16)
            """;

    @Test
    void aFailedProcessTakesItsAssetsDownAndAFailedAssetDisruptsItsProcessLocally() {
        create(TWO_LEVELS);
        JsonNode fromProcess = cascade("start=T-CAS-P");
        JsonNode fromAsset = cascade("start=T-CAS-S1");

        assertThat(hours(fromProcess)).containsExactly(entry("T-CAS-P", 0.0), entry("T-CAS-Q", 3.0),
                entry("T-CAS-S1", 0.0), entry("T-CAS-S2", 3.0));
        assertThat(item(fromProcess, "processes", "T-CAS-P").get("local").asBoolean()).isFalse();
        assertThat(item(fromProcess, "processes", "T-CAS-Q").get("local").asBoolean()).isTrue();
        assertThat(chain(fromProcess, "T-CAS-Q")).containsExactly("T-CAS-P", "T-CAS-S1", "T-CAS-S2", "T-CAS-Q");
        assertThat(hours(fromAsset)).containsExactly(entry("T-CAS-P", 0.0), entry("T-CAS-Q", 3.0),
                entry("T-CAS-S1", 0.0), entry("T-CAS-S2", 3.0));
        assertThat(item(fromAsset, "processes", "T-CAS-P").get("local").asBoolean()).isTrue();

        assertThat(ids(fromAsset.get("municipalities"))).containsExactly("GM0546", "GM0513");
        assertThat(ids(fromAsset.get("regions"))).containsExactly("VR16");
        JsonNode operator = item(fromAsset, "partners", "T-CAS-OP");
        assertThat(operator.get("operates").get(0).asString()).isEqualTo("T-CAS-S1");
        JsonNode inRegion = item(fromAsset, "regions", "VR16").get("partners").get(0);
        assertThat(inRegion.get("partner").asString()).isEqualTo("T-CAS-OP");
        assertThat(inRegion.get("activeCovenant").asBoolean()).isTrue();
        assertThat(ids(inRegion.get("covenants"))).containsExactly("T-CAS-COV");
        assertThat(ids(inRegion.get("accountHolders"))).containsExactly("T-CAS-PER2");
        assertThat(ids(fromAsset.at("/graph/nodes")))
                .containsExactlyInAnyOrder("T-CAS-P", "T-CAS-Q", "T-CAS-S1", "T-CAS-S2");
        assertThat(ids(fromAsset.at("/graph/edges"))).containsExactlyInAnyOrder(
                "T-CAS-S1|SUPPORTS|T-CAS-P", "T-CAS-S2|SUPPORTS|T-CAS-Q", "T-CAS-S2|DEPENDS_ON|T-CAS-S1");
    }

    @Test
    void aLargeCascadeIsCappedHonestly() {
        create("""
                UNWIND range(1, 5100) AS i
                CREATE (:Asset {id: 'T-CAS-X' + i, name: 'X' + i})
                """);
        create("""
                MATCH (hub:Asset {id: 'T-CAS-X1'})
                MATCH (x:Asset) WHERE x.id STARTS WITH 'T-CAS-X' AND x <> hub
                CREATE (x)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(hub)
                """);
        JsonNode answer = cascade("start=T-CAS-X1");

        assertThat(answer.get("truncated").asBoolean()).isTrue();
        assertThat(answer.at("/graph/truncated").asBoolean()).isTrue();
        assertThat(answer.get("assets").size()).isEqualTo(CascadeAnalysis.CAP);
    }

    private void create(String cypher) {
        try (var session = driver.session()) {
            session.run(cypher).consume();
        }
    }

    private JsonNode cascade(String query) {
        Api.Response response = api().get("/api/analysis/cascade?" + query.replace("|", "%7C"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
