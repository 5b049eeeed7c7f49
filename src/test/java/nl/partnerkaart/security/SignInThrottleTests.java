package nl.partnerkaart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The arithmetic of {@link SignInThrottle}, on a clock the test moves. */
class SignInThrottleTests {

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theWaitDoublesAfterTheFreeFailuresUpToTheCap() {
        SignInThrottle.Limit limit = SignInThrottle.PER_ACCOUNT_AND_ADDRESS;
        assertThat(limit.waitAfter(limit.free())).isZero();
        assertThat(limit.waitAfter(limit.free() + 1)).hasSeconds(1);
        assertThat(limit.waitAfter(limit.free() + 4)).hasSeconds(8);
        assertThat(limit.waitAfter(1_000)).isEqualTo(limit.cap());
    }

    @Test
    void aGuesserWaitsLongerAndLongerAndIsForgottenAfterAQuietSpell() {
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_ADDRESS.free(); i++) {
            throttle.failed("anna", "10.0.0.9", true);
        }
        assertThat(throttle.waitFor("anna", "10.0.0.9")).isZero();
        throttle.failed("anna", "10.0.0.9", true);
        assertThat(throttle.waitFor("anna", "10.0.0.9")).hasSeconds(1);
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("anna", "10.0.0.9", true);
        assertThat(throttle.waitFor("anna", "10.0.0.9")).hasSeconds(2);
        assertThat(throttle.waitFor("anna", "10.0.0.10")).as("another address").isZero();

        clock.advance(SignInThrottle.MEMORY.plusSeconds(1));
        assertThat(throttle.waitFor("anna", "10.0.0.9")).isZero();
    }

    @Test
    void failuresForUnknownNamesCountForTheAddressOnly() {
        for (int i = 0; i <= SignInThrottle.PER_ADDRESS.free(); i++) {
            throttle.failed("nobody-" + i, "10.0.0.66", false);
        }
        assertThat(throttle.waitFor("anyone", "10.0.0.66")).hasSeconds(1);
        assertThat(throttle.waitFor("nobody-1", "10.0.0.67")).isZero();
    }

    @Test
    void spreadGuessesSlowAnAccountExceptAtAddressesItSignedInFrom() {
        throttle.succeeded("bram", "10.0.0.1");
        for (int i = 0; i <= SignInThrottle.PER_ACCOUNT.free(); i++) {
            throttle.failed("bram", "192.0.2." + i, true);
        }
        assertThat(throttle.waitFor("bram", "192.0.2.200")).hasSeconds(1);
        assertThat(throttle.waitFor("bram", "10.0.0.1")).isZero();

        throttle.forgive("bram");
        assertThat(throttle.waitFor("bram", "192.0.2.200")).isZero();
    }
}
