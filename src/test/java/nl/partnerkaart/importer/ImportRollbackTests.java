package nl.partnerkaart.importer;

import static nl.partnerkaart.importer.ImporterTests.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.database.SchemaMigrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/**
 * A person's import commits in batches (here of 2 rows, so every small file spans several) and stays
 * all-or-nothing: a failure after committed batches, a run cut off before its end, and edits made after the import
 * that its rollback must not revert.
 */
class ImportRollbackTests extends ApplicationTest {

    private static final String USER = "T-RB-tester";
    /** Nodes of the test with their properties and relationships, in a fixed order. */
    private static final String STATE = """
            MATCH (n) WHERE n.id STARTS WITH 'T-RB'
            CALL (n) {
              OPTIONAL MATCH (n)-[r]-(m)
              WITH r, m ORDER BY type(r), m.id
              RETURN collect([type(r), startNode(r) = n, m.id, properties(r)]) AS relationships
            }
            RETURN n.id AS id, properties(n) AS properties, relationships ORDER BY id
            """;

    @Autowired
    ImportRollback rollback;
    @Autowired
    ImportRecovery recovery;
    @Autowired
    SchemaMigrations schema;
    @Autowired
    Clock clock;

    private Importer importer;

    @BeforeEach
    void batchesOfTwoRows() {
        importer = new Importer(driver, new ImportProperties(DataSize.ofMegabytes(20), DataSize.ofMegabytes(100),
                500_000, 2), rollback, schema, clock);
        run(List.of(csv("partners.csv", """
                id,name,category,serves
                T-RB-0,Oud,company,VR16
                """), csv("networks.csv", "id,name\nT-RB-N0,Bestaand netwerk\n")));
        run(List.of(csv("memberships.csv", "member,network,host\nT-RB-0,T-RB-N0,false\n")));
    }

    @AfterEach
    void removeTestData() {
        write("DROP CONSTRAINT test_network_description IF EXISTS");
        deleteNodesWithIdPrefix("T-RB");
        deleteChangesOf("T-RB");
        write("MATCH (r:ImportRun {user: '" + USER + "'}) DELETE r");
    }

    /** Rows that create, update, move references and change relationship rows, over several batches. */
    private static List<RawTable> changes() {
        return List.of(csv("partners.csv", """
                        id,name,category,serves,servesPartially
                        T-RB-0,Nieuw,company,VR15,VR16
                        T-RB-1,Nieuw een,company,VR16,
                        T-RB-2,Nieuw twee,company,VR01,
                        """), csv("networks.csv", """
                        id,name,description
                        T-RB-N1,Netwerk een,Een
                        T-RB-N2,Netwerk twee,Twee
                        T-RB-N3,Netwerk drie,Drie
                        T-RB-N4,Netwerk een,Een
                        """), csv("memberships.csv", """
                        member,network,host
                        T-RB-0,T-RB-N0,true
                        T-RB-1,T-RB-N1,false
                        """));
    }

    @Test
    void aFailureInALaterBatchRollsBackTheBatchesCommittedBefore() {
        List<Map<String, Object>> before = state();
        long changesBefore = changeCount();
        // Only the database knows this rule, so the fourth network fails when written, after two batches committed.
        // (Name and description together: the shipped networks of one kind may share a description.)
        write("CREATE CONSTRAINT test_network_description FOR (n:Network) REQUIRE (n.name, n.description) IS UNIQUE");

        assertThatThrownBy(() -> run(changes())).isInstanceOf(Neo4jException.class);

        assertThat(state()).isEqualTo(before);
        assertThat(changeCount()).isEqualTo(changesBefore);
        assertThat(journals()).as("the failed import had committed batches: it has a journal, rolled back")
                .containsExactly("applied", "applied", "rolled back");
    }

    @Test
    void undoingAWholeAppliedImportGivesBackTheGraphAsItWas() {
        List<Map<String, Object>> before = state();
        long changesBefore = changeCount();
        ImportReport report = run(changes());
        assertThat(report.applied()).isTrue();
        assertThat(state()).isNotEqualTo(before);

        assertThat(rollback.undo(report.batch(), "is undone by the test")).isEmpty();

        assertThat(state()).isEqualTo(before);
        assertThat(changeCount()).isEqualTo(changesBefore);
    }

    @Test
    void aRunCutOffWhileApplyingIsRolledBackAtStartUp() {
        List<Map<String, Object>> before = state();
        ImportReport report = run(changes());
        // What a kill between two batches leaves: committed batches and a journal that still says applying.
        write("MATCH (r:ImportRun {id: '" + report.batch() + "'}) SET r.status = 'applying'");

        recovery.afterSingletonsInstantiated();

        assertThat(state()).isEqualTo(before);
        assertThat(single("MATCH (r:ImportRun {id: '" + report.batch() + "'}) RETURN r.status")).isEqualTo("rolled back");
    }

    @Test
    void anEditMadeAfterTheImportIsNotRevertedByItsRollback() {
        ImportReport report = run(changes());
        // A form's save: new values and the version raised.
        write("MATCH (p:Partner) WHERE p.id IN ['T-RB-0', 'T-RB-1'] SET p.name = 'Na het import', "
                + "p.version = p.version + 1");
        write("MATCH (:Partner {id: 'T-RB-0'})-[m:MEMBER_OF]->(:Network {id: 'T-RB-N0'}) SET m.origin = 'public'");

        List<String> kept = rollback.undo(report.batch(), "is undone by the test");

        assertThat(kept).containsExactlyInAnyOrder("T-RB-0", "T-RB-1", "T-RB-0|MEMBER_OF|T-RB-N0");
        assertThat(single("MATCH (:Partner {id: 'T-RB-0'})-[m:MEMBER_OF]->(:Network {id: 'T-RB-N0'}) "
                + "RETURN [m.host, m.origin]")).isEqualTo(List.of(true, "public"));
        assertThat(single("MATCH (p:Partner) WHERE p.id IN ['T-RB-0', 'T-RB-1'] RETURN collect(DISTINCT p.name)"))
                .isEqualTo(List.of("Na het import"));
        assertThat(single("MATCH (p:Partner {id: 'T-RB-2'}) RETURN count(p)")).as("not edited: undone").isEqualTo(0L);
        assertThat(single("MATCH (r:ImportRun {id: '" + report.batch() + "'}) RETURN r.kept")).asList()
                .containsExactlyInAnyOrderElementsOf(kept);
    }

    @Test
    void importingTheSameFileAgainInBatchesChangesNothing() {
        run(changes().subList(0, 1));
        List<Map<String, Object>> before = state();
        long changesBefore = changeCount();
        List<String> journals = journals();

        ImportReport again = run(changes().subList(0, 1));

        assertThat(again.changesAnything()).isFalse();
        assertThat(state()).isEqualTo(before);
        assertThat(changeCount()).isEqualTo(changesBefore);
        assertThat(journals()).as("nothing written, so no journal either").isEqualTo(journals);
    }

    private ImportReport run(List<RawTable> tables) {
        return importer.run(tables, new Importer.Request(USER, null, false), ImportProgress.ignored());
    }

    private List<Map<String, Object>> state() {
        try (var session = driver.session()) {
            return session.run(STATE).list(Record::asMap);
        }
    }

    private long changeCount() {
        return (Long) single("MATCH (c:Change) WHERE c.itemId STARTS WITH 'T-RB' RETURN count(c)");
    }

    @SuppressWarnings("unchecked")
    private List<String> journals() {
        return (List<String>) single("MATCH (r:ImportRun {user: '" + USER + "'}) WITH r ORDER BY r.started, r.ended "
                + "RETURN collect(r.status)");
    }

    private void write(String cypher) {
        try (var session = driver.session()) {
            session.run(cypher).consume();
        }
    }
}
