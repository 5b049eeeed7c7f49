package nl.partnerkaart.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Who may call what: the one table of access rules for the API, applied before a request reaches a
 * controller (so a forbidden call never sees validation errors or data). A path under {@code /api} that no
 * rule names is refused to everyone, so a new endpoint must be added here to be reachable.
 */
public final class ApiAccessRules {

    /**
     * @param role the least role needed; null means any signed-in account
     */
    public record Rule(HttpMethod method, String pattern, Role role) {
    }

    public static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/api/session/me", null),
            new Rule(HttpMethod.POST, "/api/session/password", null),
            new Rule(HttpMethod.GET, "/api/overview", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/search", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/graph/nodes/{id}", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/graph/neighbourhood", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/graph/path", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/graph/among", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/landing", Role.VIEWER),
            new Rule(HttpMethod.POST, "/api/csv", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/scenes", Role.VIEWER),
            new Rule(HttpMethod.POST, "/api/scenes", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/scenes/{id}", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/scenes/{id}/graph", Role.VIEWER),
            new Rule(HttpMethod.PUT, "/api/scenes/{id}", Role.VIEWER),
            new Rule(HttpMethod.DELETE, "/api/scenes/{id}", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/analysis/cascade", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/analysis/briefing", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/analysis/briefing/options", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/analysis/brokers", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/reports/schedules", Role.ADMIN),
            new Rule(HttpMethod.GET, "/api/reports/schedules/next-runs", Role.ADMIN),
            new Rule(HttpMethod.POST, "/api/reports/schedules", Role.ADMIN),
            new Rule(HttpMethod.PUT, "/api/reports/schedules/{id}", Role.ADMIN),
            new Rule(HttpMethod.DELETE, "/api/reports/schedules/{id}", Role.ADMIN),
            new Rule(HttpMethod.POST, "/api/reports/schedules/{id}/run", Role.ADMIN),
            new Rule(HttpMethod.GET, "/api/reports", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/reports/{report}", Role.VIEWER),
            new Rule(HttpMethod.POST, "/api/import", Role.EDITOR),
            new Rule(HttpMethod.POST, "/api/import/jobs", Role.EDITOR),
            new Rule(HttpMethod.GET, "/api/import/jobs/{id}", Role.EDITOR),
            new Rule(HttpMethod.GET, "/api/import/kinds", Role.EDITOR),
            new Rule(HttpMethod.GET, "/api/import/templates", Role.EDITOR),
            new Rule(HttpMethod.GET, "/api/import/templates/{kind}", Role.EDITOR),
            new Rule(HttpMethod.GET, "/api/export", Role.ANALYST),
            new Rule(HttpMethod.GET, "/api/items/kinds", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/items/{kind}/{id}", Role.VIEWER),
            new Rule(HttpMethod.POST, "/api/items/{kind}", Role.EDITOR),
            new Rule(HttpMethod.PUT, "/api/items/{kind}/{id}", Role.EDITOR),
            new Rule(HttpMethod.DELETE, "/api/items/{kind}/{id}", Role.EDITOR),
            new Rule(HttpMethod.POST, "/api/relationships/{kind}", Role.EDITOR),
            new Rule(HttpMethod.DELETE, "/api/relationships/{kind}", Role.EDITOR),
            new Rule(HttpMethod.GET, "/api/history", Role.VIEWER),
            new Rule(HttpMethod.GET, "/api/history/as-of", Role.VIEWER),
            new Rule(HttpMethod.POST, "/api/history/{changeId}/restore", Role.EDITOR),
            new Rule(HttpMethod.GET, "/api/users", Role.ADMIN),
            new Rule(HttpMethod.POST, "/api/users", Role.ADMIN),
            new Rule(HttpMethod.PUT, "/api/users/{username}", Role.ADMIN),
            new Rule(HttpMethod.POST, "/api/users/{username}/password", Role.ADMIN),
            new Rule(HttpMethod.GET, "/api/audit", Role.ADMIN),
            new Rule(HttpMethod.GET, "/api/backups", Role.ADMIN),
            new Rule(HttpMethod.POST, "/api/backups", Role.ADMIN),
            new Rule(HttpMethod.DELETE, "/api/dataset/examples", Role.ADMIN),
            new Rule(HttpMethod.GET, "/api/dataset/reference", Role.EDITOR),
            new Rule(HttpMethod.POST, "/api/dataset/reference/differences/{id}", Role.EDITOR),
            new Rule(HttpMethod.POST, "/api/cypher", Role.ANALYST),
            new Rule(HttpMethod.POST, "/api/cypher/export", Role.ANALYST),
            new Rule(HttpMethod.GET, "/api/cypher/schema", Role.ANALYST),
            new Rule(HttpMethod.GET, "/api/cypher/queries", Role.ANALYST),
            new Rule(HttpMethod.GET, "/api/cypher/saved", Role.ANALYST),
            new Rule(HttpMethod.POST, "/api/cypher/saved", Role.ANALYST),
            new Rule(HttpMethod.GET, "/api/cypher/saved/{id}", Role.ANALYST),
            new Rule(HttpMethod.PUT, "/api/cypher/saved/{id}", Role.ANALYST),
            new Rule(HttpMethod.DELETE, "/api/cypher/saved/{id}", Role.ANALYST));

    private ApiAccessRules() {
    }
}
