package nl.partnerkaart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.audit.AuditEntry;
import nl.partnerkaart.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityTests extends ApplicationTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    private String newAccount(Role role) {
        String username = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "original-password", List.of(role));
        return username;
    }

    @Test
    void healthShowsItsPartsToAdministratorsOnly() {
        String viewer = newAccount(Role.VIEWER);
        for (Api caller : List.of(anonymous(), new Api(port, viewer, "original-password"))) {
            Api.Response health = caller.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().propertyNames()).contains("status").doesNotContain("components", "details");
        }
        assertThat(api().get("/actuator/health").json().get("components").has("neo4j")).isTrue();
    }

    @Test
    void commonOrGuessablePasswordsAreRefusedWithACodeTheInterfaceTranslates() {
        String username = "sec-weak-" + UUID.randomUUID().toString().substring(0, 6);
        for (String weak : List.of("password1234", "qwertyuiopasdf", "Welkom2024!!", "Wachtwoord2024", username + "2024")) {
            Api.Response refused = api().postJson("/api/users",
                    Map.of("username", username, "password", weak, "roles", List.of("VIEWER")));
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().get("field").asString()).isEqualTo("password");
            assertThat(refused.json().get("code").asString()).isEqualTo("password.tooGuessable");
        }
        assertThat(accounts.exists(username)).isFalse();

        String existing = newAccount(Role.VIEWER);
        assertThat(api().postJson("/api/users/" + existing + "/password", Map.of("password", "password1234"))
                .json().get("code").asString()).isEqualTo("password.tooGuessable");
        Api.Response own = new Api(port, existing, "original-password").postJson("/api/session/password",
                Map.of("currentPassword", "original-password", "newPassword", "iloveyou1234"));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().get("field").asString()).isEqualTo("newPassword");
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
        String stranger = "sec-fwd-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response response = anonymous().send("GET", "/api/overview", null, null, "Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString((stranger + ":x").getBytes(StandardCharsets.UTF_8)),
                "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(audit.recent(5, "login.failure", stranger)).singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains("from 127.0.0.1").doesNotContain("203.0.113.7"));
    }

    @Test
    void browserSignInIsAuditedAndASessionChangeNeedsTheCsrfToken() {
        String username = newAccount(Role.VIEWER);
        Api.Response login = anonymous().send("POST", "/login", "application/x-www-form-urlencoded",
                "username=" + username + "&password=original-password");
        assertThat(login.status()).isEqualTo(302);
        String session = FormSession.cookie(login, "JSESSIONID");
        assertThat(audit.recent(5, "login.success", username)).isNotEmpty();

        Api.Response withoutToken = anonymous().send("POST", "/api/session/password", "application/json",
                "{\"currentPassword\":\"original-password\",\"newPassword\":\"another-long-password\"}",
                "Cookie", "JSESSIONID=" + session);
        assertThat(withoutToken.status()).isEqualTo(403);

        Api.Response page = anonymous().send("GET", "/api/session/me", null, null, "Cookie", "JSESSIONID=" + session);
        String token = FormSession.cookie(page, "XSRF-TOKEN");
        Api.Response withToken = anonymous().send("POST", "/api/session/password", "application/json",
                "{\"currentPassword\":\"original-password\",\"newPassword\":\"another-long-password\"}",
                "Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + token, "X-XSRF-TOKEN", token);
        assertThat(withToken.status()).isEqualTo(204);
        assertThat(new Api(port, username, "another-long-password").get("/api/session/me").status()).isEqualTo(200);
        assertThat(new Api(port, username, "original-password").get("/api/session/me").status())
                .as("the old password, verified a moment ago, no longer opens the account").isEqualTo(401);
    }

    @Test
    void aDisabledAccountIsShutOutAtOnceEvenWithRecentlyVerifiedCredentials() {
        String username = newAccount(Role.VIEWER);
        Api user = new Api(port, username, "original-password");
        assertThat(user.get("/api/session/me").status()).isEqualTo(200);
        assertThat(api().putJson("/api/users/" + username, Map.of("roles", List.of("VIEWER"), "regions", List.of(),
                "enabled", false)).status()).isEqualTo(200);
        assertThat(user.get("/api/session/me").status()).isEqualTo(401);
    }

    @Test
    void aCrossSiteRequestRidingOnBasicCredentialsIsRefused() {
        Api.Response response = api().send("POST", "/api/users", "application/json", "{}",
                "Sec-Fetch-Site", "cross-site");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        for (String path : List.of("/login.html", "/api/overview")) {
            var headers = api().get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void administratorsManageAccountsWithClearErrors() {
        String username = "sec-admin-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = api().postJson("/api/users",
                Map.of("username", username, "password", "long-enough-password", "roles", List.of("EDITOR"),
                        "regions", List.of("VR16")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("regions").get(0).asString()).isEqualTo("VR16");

        assertThat(api().postJson("/api/users", Map.of("username", username, "password", "long-enough-password",
                "roles", List.of("EDITOR"))).json().get("field").asString()).isEqualTo("username");
        assertThat(api().postJson("/api/users", Map.of("username", "x" + username, "password", "short",
                "roles", List.of("EDITOR"))).json().get("field").asString()).isEqualTo("password");
        assertThat(api().postJson("/api/users", Map.of("username", "y" + username, "password", "long-enough-password",
                "roles", List.of("EDITOR"), "regions", List.of("VR99"))).json().get("field").asString()).isEqualTo("regions");
        assertThat(api().postJson("/api/users", Map.of("username", "<img src=x>", "password", "long-enough-password",
                "roles", List.of("EDITOR"))).status()).isEqualTo(400);

        Api.Response changed = api().putJson("/api/users/" + username,
                Map.of("roles", List.of("VIEWER"), "regions", List.of(), "enabled", false));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("enabled").asBoolean()).isFalse();
        assertThat(new Api(port, username, "long-enough-password").get("/api/session/me").status()).isEqualTo(401);
        assertThat(audit.recent(10, "user.changed", "admin")).extracting(AuditEntry::target).contains(username);

        Api.Response selfDisable = api().putJson("/api/users/admin",
                Map.of("roles", List.of("ADMIN"), "regions", List.of(), "enabled", false));
        assertThat(selfDisable.status()).isEqualTo(400);
        assertThat(api().putJson("/api/users/nobody-here", Map.of("roles", List.of("VIEWER"), "enabled", true))
                .status()).isEqualTo(404);
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrDisabled() {
        List<Account> otherAdmins = accounts.all().stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.ADMIN) && !a.username().equals("admin")).toList();
        otherAdmins.forEach(a -> accounts.update(a.username(), a.roles(), a.regions(), false));
        try {
            Api.Response demoted = api().putJson("/api/users/admin",
                    Map.of("roles", List.of("VIEWER"), "regions", List.of(), "enabled", true));
            assertThat(demoted.status()).isEqualTo(400);
            assertThat(demoted.json().get("detail").asString()).contains("last enabled administrator");
        } finally {
            otherAdmins.forEach(a -> accounts.update(a.username(), a.roles(), a.regions(), true));
        }
        assertThat(api().get("/api/session/me").json().get("roles").toString()).contains("ADMIN");
    }

    @Test
    void theAuditExportNeutralisesSpreadsheetFormulas() {
        String hostile = "=cmd|' /C calc'!A0";
        new Api(port, hostile, "whatever").get("/api/overview");
        Api.Response csv = api().get("/api/audit?format=csv&action=login.failure&user="
                + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("'=cmd").doesNotContain(",=cmd");
        assertThat(api().get("/api/audit?limit=0").json().get("field").asString()).isEqualTo("limit");
    }

    @Test
    void anOversizedUploadIsRefusedWithAProblem() {
        byte[] big = new byte[22 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Api.Response response = api().postFiles("/api/import", "file", Map.of("partners.csv", big));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
