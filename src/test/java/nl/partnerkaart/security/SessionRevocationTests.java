package nl.partnerkaart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/** Issue 21, finding 3: a browser session holds no rights its account has lost, and no password it no longer has. */
class SessionRevocationTests extends ApplicationTest {

    private static final String PASSWORD = "original-password-of-session-test";
    private static final String TEMPLATES = "/api/import/templates";

    @Autowired
    UserAccounts accounts;

    @Autowired
    SessionRegistry sessions;

    private String newAccount(Role role) {
        String username = "sess-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, List.of(role));
        return username;
    }

    @Test
    void disablingAnAccountEndsItsSessions() {
        String username = newAccount(Role.EDITOR);
        FormSession session = FormSession.signIn(port, username, PASSWORD);
        assertThat(session.get(TEMPLATES).status()).isEqualTo(200);

        change(username, List.of("EDITOR"), List.of(), false);

        assertThat(session.get("/api/session/me").status()).isEqualTo(401);
        assertThat(session.post("/api/scenes", "{\"name\":\"after disable\"}").status()).isEqualTo(401);
    }

    @Test
    void demotingAnAccountOrLimitingItsRegionsEndsItsSessions() {
        String username = newAccount(Role.EDITOR);
        FormSession demoted = FormSession.signIn(port, username, PASSWORD);
        assertThat(demoted.get(TEMPLATES).status()).isEqualTo(200);
        change(username, List.of("VIEWER"), List.of(), true);
        assertThat(demoted.get(TEMPLATES).status()).isEqualTo(401);
        assertThat(demoted.get("/api/session/me").status()).isEqualTo(401);

        FormSession again = FormSession.signIn(port, username, PASSWORD);
        assertThat(again.get("/api/session/me").json().get("roles").toString()).doesNotContain("EDITOR");

        change(username, List.of("EDITOR"), List.of(), true);
        FormSession unlimited = FormSession.signIn(port, username, PASSWORD);
        change(username, List.of("EDITOR"), List.of("VR16"), true);
        assertThat(unlimited.get("/api/session/me").status()).isEqualTo(401);
    }

    @Test
    void aPasswordSetByAnAdministratorEndsEverySessionOfTheAccount() {
        String username = newAccount(Role.VIEWER);
        FormSession first = FormSession.signIn(port, username, PASSWORD);
        FormSession second = FormSession.signIn(port, username, PASSWORD);

        assertThat(api().postJson("/api/users/" + username + "/password",
                Map.of("password", "a-new-passphrase-for-the-session-test")).status()).isEqualTo(204);

        assertThat(first.get("/api/session/me").status()).isEqualTo(401);
        assertThat(second.get("/api/session/me").status()).isEqualTo(401);
        assertThat(FormSession.signIn(port, username, "a-new-passphrase-for-the-session-test")
                .get("/api/session/me").status()).isEqualTo(200);
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsButNotThisOne() {
        String username = newAccount(Role.VIEWER);
        FormSession here = FormSession.signIn(port, username, PASSWORD);
        FormSession elsewhere = FormSession.signIn(port, username, PASSWORD);

        assertThat(here.post("/api/session/password", "{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"my-own-new-passphrase-for-sessions\"}").status()).isEqualTo(204);

        assertThat(here.get("/api/session/me").status()).isEqualTo(200);
        var ended = elsewhere.get("/api/session/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.json().get("detail").asString()).contains("session has ended");
        assertThat(ended.json().get("code").asString()).isEqualTo("session.ended");
    }

    @Test
    void anEndedSessionSendsAPageBackToTheSignInPageWithTheReason() {
        String username = newAccount(Role.VIEWER);
        FormSession session = FormSession.signIn(port, username, PASSWORD);
        change(username, List.of("VIEWER"), List.of(), false);
        var page = anonymous().send("GET", "/", null, null, "Cookie", "JSESSIONID=" + session.sessionId());
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login.html?ended");
    }

    @Test
    void scriptsWithHttpBasicGetNoSessionToRegister() {
        String username = newAccount(Role.VIEWER);
        Api script = new Api(port, username, PASSWORD);
        for (int i = 0; i < 3; i++) {
            var answer = script.get("/api/session/me");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
        assertThat(sessions.getAllPrincipals()).noneMatch(p -> isAccount(p, username));
        FormSession.signIn(port, username, PASSWORD);
        assertThat(sessions.getAllPrincipals()).as("a browser sign-in is registered")
                .anyMatch(p -> isAccount(p, username));
    }

    private static boolean isAccount(Object principal, String username) {
        return principal instanceof UserDetails user && user.getUsername().equals(username);
    }

    private void change(String username, List<String> roles, List<String> regions, boolean enabled) {
        assertThat(api().putJson("/api/users/" + username,
                Map.of("roles", roles, "regions", regions, "enabled", enabled)).status()).isEqualTo(200);
    }
}
