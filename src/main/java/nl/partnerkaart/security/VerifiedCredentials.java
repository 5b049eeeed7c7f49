package nl.partnerkaart.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Remembers that a user name and password were just verified, so that scripts calling the API with HTTP Basic
 * do not pay the deliberately slow bcrypt check on every request. An entry lives a minute past its last use and
 * at most a quarter of an hour after the check: a busy client is not checked again every minute, when all its
 * concurrent requests would pay bcrypt at the same moment. Only a keyed hash of the password is kept (the key
 * lives in memory and changes at every start); any change to an account forgets it.
 */
@Component
class VerifiedCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    static final Duration MAXIMUM_AGE = Duration.ofMinutes(15);

    private record Entry(String passwordHash, UserDetails user, Instant verified, Instant expires) {

        Entry usedAt(Instant now) {
            Instant renewed = now.plus(TIME_TO_LIVE);
            Instant latest = verified.plus(MAXIMUM_AGE);
            return new Entry(passwordHash, user, verified, renewed.isAfter(latest) ? latest : renewed);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    @Autowired
    VerifiedCredentials() {
        this(Clock.systemUTC());
    }

    VerifiedCredentials(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    UserDetails find(String username, String password) {
        Entry entry = entries.get(username);
        Instant now = clock.instant();
        if (entry == null || entry.expires().isBefore(now)
                || !MessageDigest.isEqual(entry.passwordHash().getBytes(StandardCharsets.UTF_8),
                        hash(password).getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        // Only this same entry is renewed: a concurrent forget() (account changed) must win.
        entries.replace(username, entry, entry.usedAt(now));
        return entry.user();
    }

    void remember(UserDetails user, String password) {
        Instant now = clock.instant();
        entries.put(user.getUsername(), new Entry(hash(password), user, now, now.plus(TIME_TO_LIVE)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private String hash(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
