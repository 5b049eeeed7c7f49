package nl.partnerkaart.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: an account is locked for a while after repeated failed sign-ins, and so
 * is an address that fails for many accounts. Kept in memory: a restart forgives, which is acceptable for
 * a lock that lasts minutes.
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    void failed(String username, String address) {
        add(failuresByAccount, username.toLowerCase());
        if (address != null) {
            add(failuresByAddress, address);
        }
    }

    void succeeded(String username) {
        failuresByAccount.remove(username.toLowerCase());
    }

    boolean isLocked(String username, String address) {
        return recent(failuresByAccount, username.toLowerCase()) >= MAX_FAILURES_PER_ACCOUNT
                || (address != null && recent(failuresByAddress, address) >= MAX_FAILURES_PER_ADDRESS);
    }

    /** Lets an administrator lift a lock at once, e.g. after resetting the password. */
    void forgive(String username) {
        failuresByAccount.remove(username.toLowerCase());
    }

    private void add(Map<String, Deque<Instant>> failures, String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            prune(times);
        }
    }

    private int recent(Map<String, Deque<Instant>> failures, String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void prune(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }
}
