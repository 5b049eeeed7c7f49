package nl.partnerkaart.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21, finding 1: whatever an analyst asks the workbench, no answer holds an account, a password hash, an
 * audit text or another user's saved query, scene or schedule, because none of them is in the graph. Every query
 * here runs (200), and its whole answer is searched for the values a victim left behind.
 */
class WorkbenchIsolationTests extends ApplicationTest {

    private static final List<String> OLD_LABELS = List.of("UserAccount", "AuditEntry", "SavedQuery", "Scene",
            "ReportSchedule");

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient bookkeeping;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String victim = "victim-" + marker;
    private final String auditText = "audit-text-" + marker;
    private final String savedQueryText = "RETURN 'saved-query-" + marker + "' AS secret";
    private final String sceneName = "scene-" + marker;
    private final String recipient = "recipient-" + marker + "@example.org";
    private String scheduleId;
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void aVictimLeavesTracesEverywhere() {
        Api victimApi = TestAccounts.named(victim, Role.ANALYST, accounts, port);
        assertThat(victimApi.postJson("/api/cypher/saved", Map.of("title", "secret " + marker,
                "query", savedQueryText)).status()).isEqualTo(201);
        assertThat(victimApi.postJson("/api/scenes", Map.of("name", sceneName,
                "nodes", List.of(Map.of("id", "VR16", "x", 1.0, "y", 2.0)))).status()).isEqualTo(201);
        audit.record(victim, "test.isolation", null, "success", auditText);
        scheduleId = api().postJson("/api/reports/schedules", Map.of("report", "coverage", "cron", "0 0 7 1 1 *",
                "recipients", List.of(recipient))).json().get("id").asString();
        String hash = bookkeeping.sql("SELECT password_hash FROM user_account WHERE username = ?").param(victim)
                .query(String.class).single();
        // The whole hash, and its bcrypt part as split(hash, '$') would return it
        secrets.addAll(List.of(victim, hash, hash.substring(hash.lastIndexOf('$') + 1), auditText,
                "saved-query-" + marker, sceneName, recipient));
    }

    @AfterEach
    void removeTraces() {
        api().delete("/api/reports/schedules/" + scheduleId);
        bookkeeping.sql("DELETE FROM saved_query WHERE owner = ?").param(victim).update();
        bookkeeping.sql("DELETE FROM scene WHERE owner = ?").param(victim).update();
    }

    @Test
    void theReproductionOfTheIssueFindsNoAccount() {
        assertNothingLeaks("MATCH (n) WHERE $l IN labels(n) RETURN n.username, split(n[$k], \"$\")",
                Map.of("l", "UserAccount", "k", "passwordHash"));
    }

    @Test
    void dynamicLabelsAndBackticksFindNothing() {
        for (String label : OLD_LABELS) {
            assertNothingLeaks("MATCH (n:$($l)) RETURN n, properties(n)", Map.of("l", label));
            assertNothingLeaks("MATCH (n:`" + label + "`) RETURN n, properties(n)", Map.of());
        }
        assertNothingLeaks("MATCH (n:$('User' + 'Account')) RETURN n.`username`, n.`passwordHash`", Map.of());
    }

    @Test
    void theSchemaProceduresNameNoValue() {
        assertNothingLeaks("CALL db.labels()", Map.of());
        assertNothingLeaks("CALL db.propertyKeys()", Map.of());
    }

    @Test
    void fullScansOfNodesAndRelationshipsFindNothing() {
        assertNothingLeaks("MATCH (n) RETURN n", Map.of());
        assertNothingLeaks("MATCH ()-[r]->() RETURN r", Map.of());
    }

    /** Past any row cap: the graph itself is searched for each secret, in every property of every node and relationship. */
    @Test
    void noPropertyAnywhereInTheGraphHoldsASecret() {
        for (String secret : secrets) {
            assertNothingLeaks("""
                    MATCH (n) UNWIND keys(n) AS k WITH n, k, n[k] AS v
                    WHERE any(x IN CASE WHEN v IS :: LIST<ANY> THEN v ELSE [v] END
                              WHERE toStringOrNull(x) CONTAINS $needle)
                    RETURN labels(n), k, v""", Map.of("needle", secret));
            assertNothingLeaks("""
                    MATCH ()-[r]->() UNWIND keys(r) AS k WITH r, k, r[k] AS v
                    WHERE any(x IN CASE WHEN v IS :: LIST<ANY> THEN v ELSE [v] END
                              WHERE toStringOrNull(x) CONTAINS $needle)
                    RETURN type(r), k, v""", Map.of("needle", secret));
        }
    }

    private void assertNothingLeaks(String query, Map<String, Object> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("params", params);
        Api.Response response = TestAccounts.as(Role.ANALYST, accounts, port).postJson("/api/cypher", body);

        assertThat(response.status()).as(query + " -> " + response.body()).isEqualTo(200);
        String answer = response.body();
        for (String secret : secrets) {
            assertThat(answer).as(query).doesNotContain(secret);
        }
        assertThat(answer).as(query).doesNotContain("$2a$", "{bcrypt}");
        for (String label : OLD_LABELS) {
            assertThat(response.json().get("graph").toString()).as(query).doesNotContain("\"" + label + "\"");
        }
    }
}
