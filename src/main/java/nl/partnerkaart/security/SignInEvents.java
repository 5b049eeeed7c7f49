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
 * browser sign-ins are. Refused sign-ins are audited one by one up to {@link #ENTRIES_PER_ADDRESS} per address and
 * kind (failed: wrong password or unknown user; throttled) in {@link #WINDOW}; the rest of that kind from that
 * address are counted and written as one summarising entry once the window has passed, so that anonymous callers
 * cannot flood the audit trail. The kinds count apart so that a client waiting out its throttle does not use up
 * the entries for real failures.
 */
@Component
class SignInEvents {

    static final int ENTRIES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String SUMMARY = "login.refused-summary";
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);

    /** The refused sign-ins of one kind from one address since {@code start}: how many written, how many counted. */
    private static final class Window {
        private final String action;
        private final String address;
        private final Instant start;
        private int written;
        private int counted;
        private Instant last;

        Window(String action, String address, Instant start) {
            this.action = action;
            this.address = address;
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
        Window window = windows.compute(action + ' ' + address, (key, old) -> old == null || old.endedBy(now)
                ? summarised(old, new Window(action, String.valueOf(address), now)) : old);
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
        windows.forEach((key, window) -> {
            if (window.endedBy(now)) {
                windows.computeIfPresent(key, (k, w) -> w.endedBy(now) ? summarise(w) : w);
            }
        });
    }

    @PreDestroy
    void close() {
        windows.values().forEach(this::summarise);
        windows.clear();
    }

    private Window summarised(Window old, Window next) {
        if (old != null) {
            summarise(old);
        }
        return next;
    }

    /** Always null, so that computeIfPresent drops the window. */
    private Window summarise(Window window) {
        synchronized (window) {
            if (window.counted > 0) {
                audit.record(null, SUMMARY, window.address, "refused", window.counted + " more " + window.action
                        + " from " + window.address + " between " + window.start + " and " + window.last
                        + ", not recorded one by one");
            }
        }
        return null;
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
