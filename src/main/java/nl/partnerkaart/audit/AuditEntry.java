package nl.partnerkaart.audit;

import java.time.ZonedDateTime;

/**
 * One audited event.
 *
 * @param action what happened, e.g. {@code login.failure}, {@code user.roles-changed}, {@code import}
 * @param target what it happened to (a user name, a file, a query), or null
 * @param outcome {@code success}, {@code refused} or {@code failure}
 * @param details free text: the before and after of a change, a reason
 */
public record AuditEntry(String id, ZonedDateTime at, String user, String action, String target, String outcome,
                         String details) {
}
