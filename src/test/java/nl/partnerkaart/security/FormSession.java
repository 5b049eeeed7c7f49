package nl.partnerkaart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.partnerkaart.Api;

/** A browser's way in: a form sign-in, then the session cookie and the CSRF token on every request. */
final class FormSession {

    private final Api http;
    private final String session;
    private final String token;

    private FormSession(Api http, String session, String token) {
        this.http = http;
        this.session = session;
        this.token = token;
    }

    /** Signs in with the form (as login.js does) and fetches the CSRF token; fails when the sign-in fails. */
    static FormSession signIn(int port, String username, String password) {
        Api http = new Api(port, null, null);
        Api.Response login = signInResponse(http, username, password);
        assertThat(login.status()).as("form sign-in of " + username).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookie(login, "JSESSIONID");
        Api.Response me = http.send("GET", "/api/session/me", null, null, "Cookie", "JSESSIONID=" + session);
        assertThat(me.status()).isEqualTo(200);
        return new FormSession(http, session, cookie(me, "XSRF-TOKEN"));
    }

    static Api.Response signInResponse(Api http, String username, String password, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        return http.send("POST", "/login", "application/x-www-form-urlencoded",
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
                all.toArray(String[]::new));
    }

    Api.Response get(String path) {
        return http.send("GET", path, null, null, "Cookie", cookies(), "X-Requested-With", "XMLHttpRequest");
    }

    Api.Response post(String path, String json) {
        return http.send("POST", path, "application/json", json, "Cookie", cookies(), "X-XSRF-TOKEN", token,
                "X-Requested-With", "XMLHttpRequest");
    }

    String sessionId() {
        return session;
    }

    private String cookies() {
        return "JSESSIONID=" + session + "; XSRF-TOKEN=" + token;
    }

    static String cookie(Api.Response response, String name) {
        return setCookie(response, name).substring(name.length() + 1, setCookie(response, name).indexOf(';'));
    }

    /** The whole Set-Cookie header of that cookie, attributes included. */
    static String setCookie(Api.Response response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()));
    }
}
