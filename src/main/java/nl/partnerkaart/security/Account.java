package nl.partnerkaart.security;

import java.util.List;

/**
 * An account as administrators see it (never with its password hash).
 *
 * @param regions the safety regions the account may edit; empty means all
 */
public record Account(String username, List<Role> roles, List<String> regions, boolean enabled) {
}
