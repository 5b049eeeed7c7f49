package nl.partnerkaart.security;

import nl.partnerkaart.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins and counts failures. Successful HTTP Basic calls authenticate on every request and are
 * not audited one by one; browser sign-ins and every failure are.
 */
@Component
class SignInEvents {

    private final AuditLog audit;
    private final LoginAttempts attempts;

    SignInEvents(AuditLog audit, LoginAttempts attempts) {
        this.audit = audit;
        this.attempts = attempts;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
        audit.record(event.getAuthentication().getName(), "login.success", null, "success",
                "from " + address(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        boolean locked = event instanceof AuthenticationFailureLockedEvent;
        if (!locked) {
            attempts.failed(username, address(event.getAuthentication()));
        }
        audit.record(username, locked ? "login.locked" : "login.failure", null, "refused",
                "from " + address(event.getAuthentication()) + ": " + event.getException().getMessage());
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
