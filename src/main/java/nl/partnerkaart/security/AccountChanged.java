package nl.partnerkaart.security;

/**
 * Published when an account's rights or password change, so that whatever was granted under the old ones
 * (browser sessions, remembered credentials, sign-in throttling) is withdrawn in one place ({@link AccountSessions}).
 */
public record AccountChanged(String username, Kind kind) {

    public enum Kind {
        /** roles, regions or enabled: every session of the account ends */
        RIGHTS,
        /** a new password: every session ends except the one that set it */
        PASSWORD
    }
}
