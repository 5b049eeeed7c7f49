package nl.partnerkaart.importer;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The journal node of one import that commits in batches: {@code (:ImportRun {id, status, user, started, ended,
 * kept})}, {@code id} being the import's Change {@code batch}. It is written with the first batch as
 * {@code applying} and set to {@code applied} by the last commit, so a run still {@code applying} when nothing runs
 * was cut off: its committed batches must be undone ({@link ImportRollback}).
 */
record ImportJournal(String id, String user, ZonedDateTime started) {

    static final String APPLYING = "applying";
    static final String APPLIED = "applied";
    static final String ROLLED_BACK = "rolled back";

    /** With the first committed batch: from now on a failure needs undoing. */
    void applying(SimpleQueryRunner tx) {
        tx.run("CREATE (:ImportRun {id: $id, status: $status, user: $user, started: $started})",
                Map.of("id", id, "status", APPLYING, "user", user, "started", started)).consume();
    }

    /** In the last commit, with the last rows. */
    void applied(SimpleQueryRunner tx) {
        setStatus(tx, id, APPLIED);
    }

    static void rolledBack(SimpleQueryRunner tx, String id) {
        setStatus(tx, id, ROLLED_BACK);
    }

    /** Items the rollback left as they are, because someone changed them after the import did: kept on the journal. */
    static void keep(SimpleQueryRunner tx, String id, List<String> items) {
        if (!items.isEmpty()) {
            tx.run("MATCH (r:ImportRun {id: $id}) SET r.kept = coalesce(r.kept, []) + $items",
                    Map.of("id", id, "items", items)).consume();
        }
    }

    static List<String> kept(SimpleQueryRunner tx, String id) {
        return tx.run("MATCH (r:ImportRun {id: $id}) RETURN coalesce(r.kept, []) AS kept", Map.of("id", id)).single()
                .get("kept").asList(value -> value.asString());
    }

    /** The runs still applying, oldest first: at start-up, runs that a crash or kill cut off. */
    static List<ImportJournal> unfinished(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (r:ImportRun {status: $status}) RETURN r.id AS id, "
                    + "r.user AS user, r.started AS started ORDER BY r.started", Map.of("status", APPLYING))
                    .list(r -> new ImportJournal(r.get("id").asString(), r.get("user").asString(null),
                            r.get("started").asZonedDateTime(null))));
        }
    }

    private static void setStatus(SimpleQueryRunner tx, String id, String status) {
        tx.run("MATCH (r:ImportRun {id: $id}) SET r.status = $status, r.ended = datetime()",
                Map.of("id", id, "status", status)).consume();
    }
}
