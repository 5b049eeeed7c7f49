package nl.partnerkaart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every API endpoint against every role: it fails when an endpoint has no access rule, when a role below
 * the rule gets in, or when the rule's role is kept out.
 */
class EndpointAccessTests extends ApplicationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserAccounts accounts;

    record Endpoint(HttpMethod method, String path) {
    }

    /**
     * Called by their role here, they would take away what every other test reads (the examples); the role that may
     * call them is checked by their own tests (ExampleSetTests), the role below and anonymous ones here.
     */
    private static final Set<Endpoint> DESTRUCTIVE = Set.of(new Endpoint(HttpMethod.DELETE, "/api/dataset/examples"));

    @Test
    void everyEndpointHasARuleAndTheRuleHolds() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).isNotEmpty();
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            for (Endpoint endpoint : endpoints) {
                Optional<ApiAccessRules.Rule> rule = ruleFor(endpoint);
                softly.assertThat(rule).as("access rule for %s", endpoint).isPresent();
                if (rule.isEmpty()) {
                    continue;
                }
                String path = endpoint.path().replaceAll("\\{[^}]+}", "test-sample");
                softly.assertThat(call(anonymous(), endpoint.method(), path)).as("anonymous %s", endpoint).isEqualTo(401);
                Role least = rule.get().role();
                if (least == null) {
                    softly.assertThat(call(TestAccounts.as(Role.VIEWER, accounts, port), endpoint.method(), path))
                            .as("any account on %s", endpoint).isNotIn(401, 403);
                    continue;
                }
                if (!DESTRUCTIVE.contains(endpoint)) {
                    softly.assertThat(call(TestAccounts.as(least, accounts, port), endpoint.method(), path))
                            .as("%s on %s", least, endpoint).isNotIn(401, 403);
                }
                if (least.ordinal() > 0) {
                    Role below = Role.values()[least.ordinal() - 1];
                    softly.assertThat(call(TestAccounts.as(below, accounts, port), endpoint.method(), path))
                            .as("%s on %s", below, endpoint).isEqualTo(403);
                }
            }
        });
    }

    @Test
    void anApiPathWithoutARuleIsRefusedToEveryone() {
        assertThat(api().get("/api/not-a-rule").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/not-a-rule").status()).isEqualTo(401);
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, path));
                }
                methods.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), path)));
            }
        }
        return endpoints;
    }

    private static Optional<ApiAccessRules.Rule> ruleFor(Endpoint endpoint) {
        return ApiAccessRules.RULES.stream()
                .filter(rule -> rule.method().equals(endpoint.method()))
                .filter(rule -> {
                    PathPattern pattern = PathPatternParser.defaultInstance.parse(rule.pattern());
                    return pattern.matches(org.springframework.http.server.PathContainer.parsePath(
                            endpoint.path().replaceAll("\\{[^}]+}", "x")));
                })
                .findFirst();
    }

    private static int call(Api api, HttpMethod method, String path) {
        String body = method.equals(HttpMethod.GET) || method.equals(HttpMethod.DELETE) ? null : "{}";
        return api.send(method.name(), path, body == null ? null : "application/json", body).status();
    }
}
