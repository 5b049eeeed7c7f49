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
        String username = username(role);
        if (!accounts.exists(username)) {
            accounts.create(username, PASSWORD, List.of(role));
        }
        return new Api(port, username, PASSWORD);
    }
}
