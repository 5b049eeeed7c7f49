package nl.partnerkaart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.importer.ImportReport;
import nl.partnerkaart.importer.Importer;
import nl.partnerkaart.model.Kinds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Counts and invariants of the graph that a fresh Partnerkaart holds. */
class ShippedDatasetTests extends ApplicationTest {

    @Autowired
    Importer importer;

    @Test
    void allRegionsAndMunicipalitiesEachInExactlyOneRegion() {
        assertThat(single("MATCH (r:SafetyRegion) RETURN count(r)")).isEqualTo(25L);
        assertThat(single("MATCH (m:Municipality) RETURN count(m)")).isEqualTo(342L);
        assertThat(single("MATCH (m:Municipality) WHERE COUNT { (m)-[:PART_OF]->(:SafetyRegion) } <> 1 RETURN count(m)"))
                .isEqualTo(0L);
        assertThat(single("MATCH (r:SafetyRegion {id: 'VR16'})<-[:PART_OF]-(m) RETURN count(m)")).isEqualTo(18L);
    }

    @Test
    void vitalProcessesAndTheRiskTypology() {
        assertThat(single("MATCH (v:VitalProcess) RETURN count(v)")).isEqualTo(28L);
        assertThat(single("MATCH (v:VitalProcess {category: 'A'}) RETURN count(v)")).isEqualTo(6L);
        assertThat(single("MATCH (t:Theme) RETURN count(t)")).isEqualTo(7L);
        assertThat(single("MATCH (c:CrisisType) RETURN count(c)")).isEqualTo(25L);
        assertThat(single("MATCH (i:IncidentType)-[:IN_CRISIS_TYPE]->(:CrisisType)-[:IN_THEME]->(:Theme) RETURN count(i)"))
                .isEqualTo(61L);
        assertThat(single("MATCH (:IncidentType {id: '4.1.30'})-[:DISRUPTS]->(v:VitalProcess) RETURN count(v)"))
                .isEqualTo(2L);
    }

    @Test
    void everyNodeHasIdNameAndOriginAndEveryPublicNodeItsSource() {
        assertThat(single("""
                MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
                  AND (n.id IS NULL OR n.name IS NULL OR NOT n.origin IN ['public', 'illustrative', 'user'])
                RETURN count(n)""".replace("$labels", labelList()))).isEqualTo(0L);
        assertThat(single("""
                MATCH (n {origin: 'public'}) WHERE NOT n:Source AND NOT EXISTS { (:Source)-[:MENTIONS]->(n) }
                RETURN count(n)""")).isEqualTo(0L);
        assertThat(single("MATCH (a)-[r]->() WHERE r.origin IS NULL AND NOT a:__Neo4jMigration RETURN count(r)"))
                .isEqualTo(0L);
        String unknownVerification = "NOT x.verification IN ['verified', 'derived', 'unverified']";
        assertThat(single("MATCH (x {origin: 'public'}) WHERE NOT x:Source AND " + unknownVerification
                + " RETURN count(x)"))
                .isEqualTo(0L);
        assertThat(single("MATCH ()-[x:PARTY_TO|MEMBER_OF|DEPENDS_ON {origin: 'public'}]->() WHERE "
                + unknownVerification + " RETURN count(x)")).isEqualTo(0L);
        assertThat(single("MATCH (n) WHERE n.origin = 'public' RETURN count(n) > 600")).isEqualTo(true);
        assertThat(single("MATCH (n) WHERE n.origin = 'illustrative' RETURN count(n) > 1000")).isEqualTo(true);
    }

    @Test
    void noPartnerStandsAlone() {
        assertThat(single("MATCH (p:Partner) WHERE NOT (p)--() RETURN count(p)")).isEqualTo(0L);
        assertThat(single("MATCH (p:Partner) WHERE NOT (p)-[:SERVES]->() AND p.origin <> 'public' RETURN count(p)"))
                .as("every example partner has a service area").isEqualTo(0L);
        assertThat(single("MATCH (p:Partner {origin: 'public'}) WHERE NOT (p)-[:SERVES]->() RETURN count(p)"))
                .as("reference partners whose service area no source read states (dataset/README.md)").isEqualTo(24L);
    }

    @Test
    void theRealPartnersAreThere() {
        assertThat(single("MATCH (p:Partner {category: 'police'}) WHERE p.id STARTS WITH 'P-POLITIE-' RETURN count(p)"))
                .as("ten regional units and the national unit").isEqualTo(11L);
        assertThat(single("MATCH (p:Partner {category: 'water-board'}) RETURN count(p)")).isEqualTo(21L);
        assertThat(single("MATCH (p:Partner {category: 'drinking-water', origin: 'public'}) RETURN count(p)"))
                .isEqualTo(10L);
        assertThat(single("MATCH (p:Partner {category: 'ggd'}) RETURN count(p)")).isEqualTo(25L);
        assertThat(single("MATCH (p:Partner {id: 'P-TENNET'})-[:SERVES]->(r) RETURN count(r)")).isEqualTo(25L);
    }

    @Test
    void theOriginalDocumentsAreSourcesWithWhatTheyState() {
        assertThat(single("""
                MATCH (c:Covenant {origin: 'public'})<-[:PARTY_TO]-(party)
                WHERE 'VR16' IN [(c)<-[:PARTY_TO]-(r:SafetyRegion) | r.id]
                  AND size(c.phases) = 5
                  AND EXISTS { (c)<-[:PARTY_TO]-(:Partner {category: 'police'}) }
                RETURN count(DISTINCT c) >= 1""")).isEqualTo(true);
        assertThat(single("""
                MATCH (c:Covenant {kind: 'cooperation-agreement'})<-[:PARTY_TO]-(r:SafetyRegion)
                WITH c, collect(r.id) AS regions WHERE 'VR14' IN regions AND 'VR25' IN regions
                RETURN count(c)""")).isEqualTo(1L);
        assertThat(single("""
                MATCH (:SafetyRegion {id: 'VR05'})-[:MEMBER_OF {host: true}]->(n:Network) RETURN count(n) >= 2"""))
                .isEqualTo(true);
    }

    @Test
    void hollandsMiddenHasMoreThanAHundredPartnersWithProfiles() {
        assertThat((Long) single("MATCH (p:Partner)-[:SERVES]->(:SafetyRegion {id: 'VR16'}) RETURN count(p)"))
                .isGreaterThanOrEqualTo(100L);
        assertThat((Long) single("MATCH (pp:PartnerProfile)-[:IN_REGION]->(:SafetyRegion {id: 'VR16'}) RETURN count(pp)"))
                .isGreaterThanOrEqualTo(250L);
        assertThat(single("MATCH (pp:PartnerProfile) WHERE pp.name IS NULL OR NOT pp.name CONTAINS ' – ' RETURN count(pp)"))
                .isEqualTo(0L);
    }

    @Test
    void everyRegionHasCovenantsWithActionLists() {
        assertThat(single("""
                MATCH (r:SafetyRegion) WHERE COUNT { (r)-[:PARTY_TO]->(:Covenant) } < 3 RETURN count(r)"""))
                .isEqualTo(0L);
        assertThat(single("""
                MATCH (c:Covenant {origin: 'illustrative'}) WHERE NOT EXISTS { (:ActionItem)-[:PART_OF]->(c) }
                RETURN count(c)""")).isEqualTo(0L);
        assertThat((Long) single("""
                MATCH (a:ActionItem) WHERE a.dueOn < date('2026-11-23') AND a.status IN ['open', 'in-progress']
                RETURN count(a)""")).isGreaterThan(20L);
        assertThat(single("MATCH (c:Covenant) RETURN collect(DISTINCT c.status)"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("active", "expired", "draft");
    }

    @Test
    void loadingTheDataSetAgainChangesNothing() {
        for (ShippedDataset set : ShippedDataset.values()) {
            ImportReport again = importer.loadDataset(set.tables(), set.origin(), false);

            assertThat(again.problems()).isEmpty();
            assertThat(again.changesAnything()).as("%s kinds: %s", set, again.kinds()).isFalse();
        }
    }

    private static String labelList() {
        return Kinds.NODE_LABELS.stream().map(l -> "'" + l + "'").toList().toString();
    }

    @Test
    void theKindsOfTheDataSetAreAllPresent() {
        assertThat(java.util.stream.Stream.of(ShippedDataset.values()).flatMap(set -> set.tables().stream())
                .map(t -> t.kind()).distinct()).containsExactlyInAnyOrderElementsOf(Kinds.names());
        assertThat(List.copyOf(Kinds.names())).hasSize(20);
    }
}
