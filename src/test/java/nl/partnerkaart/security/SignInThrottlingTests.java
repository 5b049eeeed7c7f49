package nl.partnerkaart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.audit.AuditEntry;
import nl.partnerkaart.audit.AuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 21, finding 6 (and the capped audit of refused sign-ins, HTTPS behind a proxy): one application behind a
 * "reverse proxy" on loopback, trusted by configuration, so every test speaks from client addresses of its own
 * through X-Forwarded-For.
 */
class SignInThrottlingTests {

    private static final String PASSWORD = "the-real-users-passphrase";
    private static ConfigurableApplicationContext app;
    private static int port;
    private static int nextAddress = 1;

    @BeforeAll
    static void start() {
        app = TestApplications.start(TestApplications.newDataDirectory(),
                "partnerkaart.security.trusted-proxies=127.0.0.1, ::1/128", "partnerkaart.dataset.load-on-start=false");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static synchronized String newAddress() {
        return "198.51.100." + nextAddress++;
    }

    private static String newAccount(Role role) {
        String username = "thr-" + UUID.randomUUID().toString().substring(0, 8);
        app.getBean(UserAccounts.class).create(username, PASSWORD, List.of(role));
        return username;
    }

    private static Api.Response basic(String username, String password, String address) {
        return new Api(port, username, password).send("GET", "/api/session/me", null, null,
                "X-Forwarded-For", address);
    }

    @Test
    void anAttackerAtOneAddressIsSlowedDownWhileTheRealUserSignsInFromTheirs() {
        String victim = newAccount(Role.ADMIN);
        String attacker = newAddress();
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_ADDRESS.free(); i++) {
            assertThat(basic(victim, "guess-" + i, attacker).status()).isEqualTo(401);
        }
        assertThat(basic(victim, "guess-5", attacker).status()).isEqualTo(401);

        // Right after a failure past the free ones: one second to wait, for the form and for HTTP Basic alike.
        Api.Response form = FormSession.signInResponse(new Api(port, null, null), victim, PASSWORD,
                "X-Forwarded-For", attacker);
        Api.Response throttled = basic(victim, PASSWORD, attacker);
        for (Api.Response response : List.of(form, throttled)) {
            assertThat(response.status()).isEqualTo(429);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(response.json().get("retryAfterSeconds").asInt()).isEqualTo(1);
        }
        assertThat(basic(victim, PASSWORD, newAddress()).status()).as("the real user, elsewhere").isEqualTo(200);
    }

    @Test
    void failuresForAccountsThatDoNotExistNeverSlowDownARealAccount() {
        String real = newAccount(Role.VIEWER);
        String attacker = newAddress();
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            int status = basic("nobody-" + i, "guess", attacker).status();
            assertThat(status).isIn(401, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("the address that tries many accounts must wait").isGreaterThan(30);
        assertThat(basic(real, PASSWORD, newAddress()).status()).isEqualTo(200);
        assertThat(basic("nobody-0", "guess", newAddress()).status()).as("nor is the name itself locked").isEqualTo(401);
    }

    @Test
    void guessesSpreadOverManyAddressesDoNotShutOutTheRealUserAtTheirUsualAddress() {
        String victim = newAccount(Role.EDITOR);
        String home = newAddress();
        assertThat(basic(victim, PASSWORD, home).status()).isEqualTo(200);
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            refused += basic(victim, "guess-" + i, newAddress()).status() == 429 ? 1 : 0;
        }
        assertThat(refused).as("a guesser spread over addresses must wait too").isGreaterThan(0);
        assertThat(basic(victim, PASSWORD, home).status()).isEqualTo(200);
        assertThat(FormSession.signInResponse(new Api(port, null, null), victim, PASSWORD, "X-Forwarded-For", home)
                .status()).isEqualTo(302);
    }

    @Test
    void refusedSignInsFromOneAddressWriteABoundedAuditAndOneSummary() {
        String flooder = newAddress();
        IntStream.range(0, 60).forEach(i -> basic("flood-" + i, "guess", flooder));
        AuditLog audit = app.getBean(AuditLog.class);
        List<AuditEntry> written = audit.recent(AuditLog.MAX_LIMIT, "login.", null).stream()
                .filter(e -> e.details() != null && e.details().startsWith("from " + flooder + ":")).toList();
        for (String action : List.of("login.failure", "login.throttled")) {
            assertThat(written).filteredOn(e -> e.action().equals(action)).hasSizeLessThanOrEqualTo(
                    SignInEvents.ENTRIES_PER_ADDRESS);
        }
        assertThat(written).hasSizeGreaterThanOrEqualTo(SignInEvents.ENTRIES_PER_ADDRESS);

        app.getBean(SignInEvents.class).close(); // as at shutdown, or once the window has passed
        int summarised = audit.recent(100, SignInEvents.SUMMARY, null).stream()
                .filter(e -> flooder.equals(e.target()))
                .mapToInt(e -> Integer.parseInt(e.details().substring(0, e.details().indexOf(' ')))).sum();
        assertThat(written.size() + summarised).as("every refused sign-in, written or counted").isEqualTo(60);
    }

    @Test
    void anOverlongUserNameIsRefusedBeforeTheThrottleCountsItAndAuditedShortened() {
        String address = newAddress();
        Api.Response form = FormSession.signInResponse(new Api(port, null, null), "x".repeat(1_100_000), "guess",
                "X-Forwarded-For", address);
        assertThat(form.status()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("?error");
        String overlong = "y".repeat(CachingAuthenticationProvider.MAX_USERNAME_LENGTH + 1);
        for (int i = 0; i <= SignInThrottle.PER_ADDRESS.free(); i++) {
            assertThat(basic(overlong, "guess", address).status()).as("never throttled: never counted").isEqualTo(401);
        }
        assertThat(app.getBean(AuditLog.class).recent(AuditLog.MAX_LIMIT, "login.failure", null).stream()
                .filter(e -> e.details().startsWith("from " + address + ":")).map(e -> e.user().length()))
                .contains(AuditLog.MAX_NAME_LENGTH);
    }

    @Test
    void behindATrustedProxyThatSaysHttpsCookiesAreSecureAndHstsIsSent() {
        String username = newAccount(Role.VIEWER);
        Api http = new Api(port, null, null);
        Api.Response login = FormSession.signInResponse(http, username, PASSWORD,
                "X-Forwarded-For", newAddress(), "X-Forwarded-Proto", "https");
        assertThat(login.status()).isEqualTo(302);
        assertThat(FormSession.setCookie(login, "JSESSIONID")).contains("Secure").contains("HttpOnly");
        String session = FormSession.cookie(login, "JSESSIONID");
        Api.Response me = http.send("GET", "/api/session/me", null, null, "Cookie", "JSESSIONID=" + session,
                "X-Forwarded-Proto", "https");
        assertThat(FormSession.setCookie(me, "XSRF-TOKEN")).contains("Secure");
        assertThat(me.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));

        Api.Response plain = FormSession.signInResponse(http, username, PASSWORD, "X-Forwarded-For", newAddress());
        assertThat(FormSession.setCookie(plain, "JSESSIONID")).doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theAuditNamesTheClientAddressTheTrustedProxyGave() {
        String client = newAddress();
        String stranger = "thr-unknown-" + UUID.randomUUID().toString().substring(0, 6);
        basic(stranger, "guess", client);
        assertThat(app.getBean(AuditLog.class).recent(5, "login.failure", stranger)).singleElement()
                .satisfies(e -> assertThat(e.details()).startsWith("from " + client + ":"));
    }
}
