package nl.partnerkaart.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.SessionConfig;

/** Hostile queries: each must be refused or stopped with a plain reason, and the database left unchanged. */
class CypherSafetyTests extends ApplicationTest {

    static Stream<Arguments> hostileQueries() {
        return Stream.of(
                hostile("create a node", "write", "CREATE (n:Partner {id: 'P-HOSTILE', name: 'x'}) RETURN n"),
                hostile("create a relationship", "write", """
                        MATCH (p:Partner {id: 'P-VITENS'}), (r:SafetyRegion {id: 'VR16'}) CREATE (p)-[:SERVES]->(r)"""),
                hostile("create inside a read", "write", "MATCH (r:SafetyRegion) WITH r LIMIT 1 CREATE (r)-[:HACKED]->(:Hacked) RETURN r"),
                hostile("merge a node", "write", "MERGE (s:Sector {id: 'hostile'}) RETURN s"),
                hostile("merge an existing node and set on match", "write", """
                        MERGE (p:Partner {id: 'P-VITENS'}) ON MATCH SET p.name = 'hacked' RETURN p"""),
                hostile("merge a relationship", "write", """
                        MATCH (p:Partner {id: 'P-VITENS'}), (r:SafetyRegion {id: 'VR16'}) MERGE (p)-[:SERVES]->(r)"""),
                hostile("set a property", "write", "MATCH (p:Partner {id: 'P-VITENS'}) SET p.name = 'hacked' RETURN p"),
                hostile("set properties from a map", "write", "MATCH (p:Partner {id: 'P-VITENS'}) SET p += {website: 'x'}"),
                hostile("replace all properties", "write", "MATCH (p:Partner {id: 'P-VITENS'}) SET p = {}"),
                hostile("set a label", "write", "MATCH (p:Partner) SET p:Hacked"),
                hostile("set a relationship property", "write", "MATCH ()-[s:SERVES]->() SET s.partial = true"),
                hostile("remove a property", "write", "MATCH (p:Partner {id: 'P-VITENS'}) REMOVE p.website"),
                hostile("remove a label", "write", "MATCH (p:Partner {id: 'P-VITENS'}) REMOVE p:Partner"),
                hostile("delete nodes", "write", "MATCH (a:ActionItem) DELETE a"),
                hostile("detach delete nodes", "write", "MATCH (a:ActionItem) DETACH DELETE a"),
                hostile("delete everything", "write", "MATCH (n) DETACH DELETE n"),
                hostile("delete relationships", "write", "MATCH ()-[s:SERVES]->() DELETE s"),
                hostile("foreach with set", "write", "MATCH (r:SafetyRegion) FOREACH (x IN [1] | SET r.hacked = true)"),
                hostile("foreach with create", "write", "MATCH (r:SafetyRegion) FOREACH (x IN [1, 2] | CREATE (:Hacked {x: x}))"),
                hostile("write in a subquery", "write", "MATCH (r:SafetyRegion) CALL (r) { SET r.hacked = true } RETURN count(*)"),
                hostile("write in an old-style subquery", "write", """
                        MATCH (r:SafetyRegion) CALL { WITH r CREATE (r)-[:HACKED]->(:Hacked) RETURN 1 AS one } RETURN count(one)"""),
                hostile("write in a union", "write", "RETURN 1 AS x UNION CREATE (h:Hacked) RETURN 2 AS x"),
                hostile("call in transactions", "in-transactions", "UNWIND range(1, 10) AS i CALL (i) { CREATE (:Hacked {i: i}) } IN TRANSACTIONS OF 2 ROWS"),
                hostile("read in transactions", "in-transactions", "UNWIND range(1, 3) AS i CALL (i) { RETURN i * 2 AS j } IN TRANSACTIONS RETURN j"),
                hostile("load csv from a file", "load-csv", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"),
                hostile("load csv from http", "load-csv", "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"),
                hostile("load csv and create", "load-csv", "LOAD CSV FROM 'https://example.org/x.csv' AS row CREATE (:Hacked {v: row[0]})"),
                hostile("dbms.listConfig", "procedure", "CALL dbms.listConfig() YIELD name, value RETURN name, value"),
                hostile("db.clearQueryCaches", "procedure", "CALL db.clearQueryCaches()"),
                hostile("dbms.components", "procedure", "CALL dbms.components()"),
                hostile("db.schema.visualization", "procedure", "CALL db.schema.visualization()"),
                hostile("db.createLabel", "procedure", "CALL db.createLabel('Hacked')"),
                hostile("dbms.killQueries", "query-error", "CALL dbms.killQueries(['query-1'])"),
                hostile("apoc procedure", "query-error", "CALL apoc.help('create')"),
                hostile("apoc function", "syntax", "RETURN apoc.version() AS v"),
                hostile("show transactions", "administration", "SHOW TRANSACTIONS"),
                hostile("show transactions with yield", "administration", "SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN *"),
                hostile("terminate transaction", "administration", "TERMINATE TRANSACTION 'neo4j-transaction-1'"),
                hostile("show users", "administration", "SHOW USERS"),
                hostile("show indexes", "administration", "SHOW INDEXES"),
                hostile("show procedures", "administration", "SHOW PROCEDURES"),
                hostile("create user", "administration", "CREATE USER eve SET PASSWORD 'secret-password-1'"),
                hostile("alter user", "administration", "ALTER USER neo4j SET PASSWORD 'changed-password-1' CHANGE NOT REQUIRED"),
                hostile("drop database", "query-error", "DROP DATABASE neo4j"),
                hostile("create database", "query-error", "CREATE DATABASE hacked"),
                hostile("create index", "write", "CREATE INDEX hacked FOR (n:Partner) ON (n.website)"),
                hostile("drop constraint", "write", "DROP CONSTRAINT partner_id"),
                hostile("drop index", "write", "DROP INDEX partner_category"),
                hostile("leading explain", "leading-keyword", "EXPLAIN MATCH (n) RETURN n"),
                hostile("leading profile", "leading-keyword", "PROFILE MATCH (n) RETURN n"),
                hostile("leading profile after a comment", "leading-keyword", "// harmless\nPROFILE MATCH (n) DETACH DELETE n"),
                hostile("use system", "leading-keyword", "USE system SHOW USERS"),
                hostile("use neo4j", "leading-keyword", "USE neo4j MATCH (n) RETURN count(n)"),
                hostile("cypher options", "leading-keyword", "CYPHER runtime=slotted MATCH (n) RETURN count(n)"),
                hostile("two statements", "multiple-statements", "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n"),
                hostile("two reads", "multiple-statements", "RETURN 1; RETURN 2"),
                hostile("empty", "empty", ""),
                hostile("blank", "empty", "   \n  "),
                hostile("only a comment", "empty", "// MATCH (n) RETURN n"),
                hostile("a 100 kB query", "too-long", "RETURN '" + "x".repeat(100_000) + "' AS padding"),
                hostile("syntax error", "syntax", "MATCH (n RETURN n"),
                // more forms of writing
                hostile("merge with on create set", "write", "MERGE (s:Sector {id: 'hostile'}) ON CREATE SET s.name = 'x' RETURN s"),
                hostile("create from a parameter map", "write", "CREATE (n:Hacked $props) RETURN n"),
                hostile("set and finish", "write", "MATCH (p:Partner {id: 'P-VITENS'}) SET p.name = 'hacked' FINISH"),
                hostile("create a constraint", "write", "CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.id IS UNIQUE"),
                hostile("a write after a long list (19 kB)", "write", "WITH [" + "1, ".repeat(6_300)
                        + "1] AS xs CREATE (:Hacked {n: size(xs)})"),
                hostile("a second statement after a semicolon in a string and a comment", "multiple-statements",
                        "RETURN ';' AS a // ;\n; CREATE (:Hacked)"),
                // transaction control
                hostile("begin", "syntax", "BEGIN"),
                hostile("commit", "syntax", "COMMIT"),
                hostile("rollback", "syntax", "ROLLBACK"),
                hostile("set transaction metadata", "procedure", "CALL tx.setMetaData({app: 'hostile'})"),
                // files, URLs and procedures hidden deeper
                hostile("load csv in a subquery", "load-csv", "CALL () { LOAD CSV FROM 'http://127.0.0.1:9/a.csv' AS row RETURN row } RETURN row"),
                hostile("load csv from a parameter URL", "load-csv", "LOAD CSV FROM $url AS row RETURN row"),
                hostile("load csv from a relative file URL", "load-csv", "LOAD CSV FROM 'file:data/neo4j-password' AS row RETURN row"),
                hostile("procedure in a subquery", "procedure", "CALL () { CALL dbms.listConfig() YIELD name RETURN name } RETURN name"),
                hostile("dbms.setConfigValue", "query-error", "CALL dbms.setConfigValue('db.transaction.timeout', '0')"),
                hostile("db.createProperty", "procedure", "CALL db.createProperty('hacked')"),
                hostile("use in a subquery", "syntax", "CALL () { USE system SHOW USERS YIELD user RETURN user } RETURN user"));
    }

    /** {@code reason} "query-error" or "syntax": the database itself refused the query while explaining it. */
    private static Arguments hostile(String name, String reason, String query) {
        return Arguments.of(name, reason, query);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileQueries")
    void isRefusedAndTheDatabaseIsUnchanged(String name, String reason, String query) {
        String before = fingerprint();

        Api.Response response = api().postJson("/api/cypher", Map.of("query", query));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("reason").asString()).isEqualTo(reason);
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void writesAreRefusedInPlainWords() {
        assertThat(detail("CREATE (n:Hacked) RETURN n")).isEqualTo(
                "The workbench only reads: this query would create nodes or relationships.");
        assertThat(detail("MATCH (n:Partner) DETACH DELETE n")).contains("would delete");
        assertThat(detail("MATCH (n:Partner) SET n.x = 1")).contains("would change properties");
        assertThat(detail("LOAD CSV FROM 'https://example.org/a.csv' AS row RETURN row")).contains("LOAD CSV");
        assertThat(detail("CALL dbms.listConfig()")).contains("dbms.listConfig");
        assertThat(detail("SHOW TRANSACTIONS")).contains("administration");
    }

    @Test
    void aSyntaxErrorGivesTheDatabasesMessageAndThePositionInTheQuery() {
        Api.Response response = api().postJson("/api/cypher", Map.of("query", "MATCH (n:Partner)\nRETRUN n"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("reason").asString()).isEqualTo("syntax");
        assertThat(response.json().get("line").asInt()).isEqualTo(2);
        assertThat(response.json().get("column").asInt()).isEqualTo(1);
        assertThat(response.json().get("offset").asInt()).isEqualTo(18);
        assertThat(response.json().get("detail").asString()).contains("RETRUN").contains("line 2, column 1");
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeLimit() {
        String before = fingerprint();
        long start = System.nanoTime();

        Api.Response response = api().postJson("/api/cypher", Map.of("query",
                "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS pairs"));

        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("reason").asString()).isEqualTo("timeout");
        assertThat(response.json().get("detail").asString()).contains("time limit of 10 s");
        assertThat(seconds).isLessThan(30);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aMemoryHungryQueryIsStoppedByTheMemoryLimitOrTheTimeLimit() {
        String before = fingerprint();

        Api.Response response = api().postJson("/api/cypher", Map.of("query",
                """
                UNWIND range(1, 500000000) AS i
                WITH collect('a text that takes some room in memory, number ' + i) AS texts
                RETURN size(texts) AS n"""));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("reason").asString()).isIn("memory", "timeout");
        assertThat(fingerprint()).isEqualTo(before);
    }

    /**
     * Every node and relationship with its labels or type and all its property values, and the users, indexes and
     * constraints, as one text.
     */
    private String fingerprint() {
        try (var session = driver.session()) {
            String graph = session.executeRead(tx -> tx.run("""
                    MATCH (n)
                    WITH n ORDER BY elementId(n)
                    OPTIONAL MATCH (n)-[r]->(m)
                    WITH n, r, m ORDER BY elementId(r)
                    WITH n, collect([type(r), elementId(m), properties(r)]) AS out
                    RETURN collect([elementId(n), labels(n), properties(n), out]) AS graph
                    """).single().get("graph").asList(v -> v.toString()).toString());
            String schema = session.executeRead(tx -> tx.run("""
                    SHOW INDEXES YIELD name, type RETURN collect(name + ':' + type) AS names
                    """).single().get("names").asList().toString()
                    + tx.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").single().get("names").asList());
            try (var system = driver.session(SessionConfig.forDatabase("system"))) {
                String users = system.run("SHOW USERS YIELD user RETURN collect(user) AS users").single().get("users")
                        .asList().toString()
                        + system.run("SHOW DATABASES YIELD name RETURN collect(name) AS names").single().get("names").asList();
                return graph.hashCode() + "|" + graph.length() + "|" + schema + "|" + users;
            }
        }
    }

    private String detail(String query) {
        return api().postJson("/api/cypher", Map.of("query", query)).json().get("detail").asString();
    }

}
