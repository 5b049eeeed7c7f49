package nl.partnerkaart.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Remembers for a minute that a user name and password were just verified, so that scripts calling the API
 * with HTTP Basic do not pay the deliberately slow bcrypt check on every request. Only a keyed hash of the
 * password is kept (the key lives in memory and changes at every start); any change to an account forgets it.
 */
@Component
class VerifiedCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

    private record Entry(String passwordHash, UserDetails user, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = Clock.systemUTC();
    }

    UserDetails find(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null || entry.expires().isBefore(clock.instant())) {
            return null;
        }
        return java.security.MessageDigest.isEqual(entry.passwordHash().getBytes(StandardCharsets.UTF_8),
                hash(password).getBytes(StandardCharsets.UTF_8)) ? entry.user() : null;
    }

    void remember(UserDetails user, String password) {
        entries.put(user.getUsername(), new Entry(hash(password), user, clock.instant().plus(TIME_TO_LIVE)));
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
