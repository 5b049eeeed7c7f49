package nl.partnerkaart.security;

import java.util.List;

import nl.partnerkaart.Api;

/** One account per role for tests, created once in the shared application. */
public final class TestAccounts {

    public static final String PASSWORD = "test-password-for-role";

    private TestAccounts() {
    }

    public static String username(Role role) {
        return "test-" + role.name().toLowerCase();
    }

    public static Api as(Role role, UserAccounts accounts, int port) {
        return named(username(role), role, accounts, port);
    }

    /** An account with this name and role (made if missing, password {@link #PASSWORD}), as an API client. */
    public static Api named(String username, Role role, UserAccounts accounts, int port) {
        if (!accounts.exists(username)) {
            accounts.create(username, PASSWORD, List.of(role));
        }
        return new Api(port, username, PASSWORD);
    }
}
