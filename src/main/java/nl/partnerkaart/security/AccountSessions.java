package nl.partnerkaart.security;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Withdraws what an account was granted under rights or a password it no longer has: its browser sessions end
 * (their next request is refused, see {@link ProblemSecurityResponses#onExpiredSessionDetected}), and HTTP Basic
 * credentials verified a moment ago must be checked again. A person who changes their own password keeps the
 * session they did it in; their other sessions end.
 */
@Component
class AccountSessions {

    private final SessionRegistry sessions;
    private final VerifiedCredentials verified;
    private final SignInThrottle throttle;

    AccountSessions(SessionRegistry sessions, VerifiedCredentials verified, SignInThrottle throttle) {
        this.sessions = sessions;
        this.verified = verified;
        this.throttle = throttle;
    }

    @EventListener
    void accountChanged(AccountChanged change) {
        verified.forget(change.username());
        if (change.kind() == AccountChanged.Kind.PASSWORD) {
            throttle.forgive(change.username());
        }
        String kept = change.kind() == AccountChanged.Kind.PASSWORD ? currentSessionOf(change.username()) : null;
        for (Object principal : sessions.getAllPrincipals()) {
            if (change.username().equals(nameOf(principal))) {
                sessions.getAllSessions(principal, false).stream()
                        .filter(session -> !session.getSessionId().equals(kept))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }

    private static String currentSessionOf(String username) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !username.equals(current.getName())
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return null;
        }
        HttpSession session = request.getRequest().getSession(false);
        return session == null ? null : session.getId();
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        if (principal instanceof AuthenticatedPrincipal oidc) {
            return oidc.getName();
        }
        return principal instanceof Principal other ? other.getName() : String.valueOf(principal);
    }
}
