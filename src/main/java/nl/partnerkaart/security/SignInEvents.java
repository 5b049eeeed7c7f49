package nl.partnerkaart.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import nl.partnerkaart.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins. Successful HTTP Basic calls authenticate on every request and are not audited one by one;
 * browser sign-ins are. Refused sign-ins (wrong password, unknown user, throttled) are audited one by one up to
 * {@link #ENTRIES_PER_ADDRESS} per address in {@link #WINDOW}; the rest from that address are counted and written
 * as one summarising entry once the window has passed, so that anonymous callers cannot flood the audit trail.
 */
@Component
class SignInEvents {

    static final int ENTRIES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String SUMMARY = "login.refused-summary";
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);

    /** The refused sign-ins from one address since {@code start}: how many were written, how many only counted. */
    private static final class Window {
        private final Instant start;
        private int written;
        private int counted;
        private Instant last;

        Window(Instant start) {
            this.start = start;
            this.last = start;
        }

        synchronized boolean admit(Instant now) {
            last = now;
            if (written < ENTRIES_PER_ADDRESS) {
                written++;
                return true;
            }
            counted++;
            return false;
        }

        boolean endedBy(Instant now) {
            return !start.plus(WINDOW).isAfter(now);
        }
    }

    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    SignInEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "login.success", null, "success",
                "from " + address(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        refused(event.getAuthentication().getName(), "login.failure", address(event.getAuthentication()),
                event.getException().getMessage());
    }

    void throttled(String username, String address, SignInThrottledException e) {
        refused(username, "login.throttled", address, e.getMessage());
    }

    private void refused(String username, String action, String address, String reason) {
        Instant now = clock.instant();
        sweep(now);
        Window window = windows.compute(String.valueOf(address),
                (key, old) -> old == null || old.endedBy(now) ? summarised(key, old) : old);
        if (window.admit(now)) {
            audit.record(username, action, null, "refused", "from " + address + ": " + reason);
        }
    }

    /** Writes the summary of the windows that have passed (at most every few seconds: there may be many). */
    private void sweep(Instant now) {
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            return;
        }
        windows.forEach((address, window) -> {
            if (window.endedBy(now)) {
                windows.computeIfPresent(address, (key, w) -> w.endedBy(now) ? summarise(key, w) : w);
            }
        });
    }

    @PreDestroy
    void close() {
        windows.forEach(this::summarise);
        windows.clear();
    }

    private Window summarised(String address, Window old) {
        if (old != null) {
            summarise(address, old);
        }
        return new Window(clock.instant());
    }

    /** Always null, so that computeIfPresent drops the window. */
    private Window summarise(String address, Window window) {
        synchronized (window) {
            if (window.counted > 0) {
                audit.record(null, SUMMARY, address, "refused", window.counted + " more refused sign-ins from "
                        + address + " between " + window.start + " and " + window.last + ", not recorded one by one");
            }
        }
        return null;
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
