package nl.partnerkaart.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without locking anyone out: after a few failed sign-ins the next attempt must
 * wait, twice as long after every further failure, up to a cap. Counted per account and address together (the
 * attacker at his own address), per address (one address trying many accounts) and, much milder, per account
 * from addresses that have not signed in to it lately (a guesser spread over many addresses), so the real user
 * at their usual address is not slowed down by somebody else's failures. Failures for accounts that do not
 * exist count only for the address. Kept in memory: a restart forgives, which is acceptable for waits of
 * minutes.
 */
@Component
public class SignInThrottle {

    /**
     * @param free failures allowed without waiting
     * @param cap the longest wait; every failure past the free ones doubles the wait up to it
     */
    record Limit(int free, Duration cap) {

        Duration waitAfter(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            Duration wait = Duration.ofSeconds(1L << Math.min(failures - free - 1, 20));
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    static final Limit PER_ACCOUNT_AND_ADDRESS = new Limit(5, Duration.ofMinutes(5));
    static final Limit PER_ADDRESS = new Limit(20, Duration.ofMinutes(5));
    static final Limit PER_ACCOUNT = new Limit(10, Duration.ofSeconds(30));
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofMinutes(15);
    /** An address that signed in to an account within this time is not slowed by the account's failures. */
    static final Duration KNOWN_ADDRESS = Duration.ofDays(30);
    private static final int PRUNE_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byAccountAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a sign-in for this account from this address must still wait; zero when it may go ahead. */
    Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longer(remaining(byAccountAndAddress, pair(username, address), PER_ACCOUNT_AND_ADDRESS, now),
                remaining(byAddress, address(address), PER_ADDRESS, now));
        return isKnown(username, address, now) ? wait
                : longer(wait, remaining(byAccount, username, PER_ACCOUNT, now));
    }

    void failed(String username, String address, boolean accountExists) {
        Instant now = clock.instant();
        count(byAccountAndAddress, pair(username, address), now);
        count(byAddress, address(address), now);
        if (accountExists) {
            count(byAccount, username, now);
        }
    }

    void succeeded(String username, String address) {
        byAccountAndAddress.remove(pair(username, address));
        remember(knownAddresses, pair(username, address), clock.instant(), KNOWN_ADDRESS);
    }

    /** After an administrator sets a new password, its owner may try it at once. */
    void forgive(String username) {
        byAccount.remove(username);
        byAccountAndAddress.keySet().removeIf(key -> key.startsWith(username + '\n'));
    }

    private boolean isKnown(String username, String address, Instant now) {
        Instant last = knownAddresses.get(pair(username, address));
        return last != null && last.plus(KNOWN_ADDRESS).isAfter(now);
    }

    private static Duration remaining(Map<String, Failures> failures, String key, Limit limit, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.last().plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.last().plus(limit.waitAfter(f.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void count(Map<String, Failures> failures, String key, Instant now) {
        failures.merge(key, new Failures(1, now), (old, first) -> old.last().plus(MEMORY).isBefore(now)
                ? first : new Failures(old.count() + 1, now));
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
        }
    }

    private static void remember(Map<String, Instant> times, String key, Instant now, Duration memory) {
        times.put(key, now);
        if (times.size() > PRUNE_ABOVE) {
            times.values().removeIf(t -> t.plus(memory).isBefore(now));
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private static String pair(String username, String address) {
        return username + '\n' + address(address);
    }
}
