package nl.partnerkaart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

class VerifiedCredentialsTests {

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final UserDetails user = User.withUsername("analist").password("{noop}x").roles("ANALYST").build();

    @Test
    void onlyTheSamePasswordIsRecognisedAndAnyChangeForgetsIt() {
        VerifiedCredentials verified = new VerifiedCredentials();
        verified.remember(user, "correct horse battery staple");

        assertThat(verified.find("analist", "correct horse battery staple")).isSameAs(user);
        assertThat(verified.find("analist", "correct horse battery stapler")).isNull();
        assertThat(verified.find("someone-else", "correct horse battery staple")).isNull();

        verified.forget("analist");
        assertThat(verified.find("analist", "correct horse battery staple")).isNull();
    }

    @Test
    void useKeepsAnEntryAliveUpToAQuarterOfAnHourAfterTheCheck() {
        MovableClock clock = new MovableClock();
        VerifiedCredentials verified = new VerifiedCredentials(clock);
        verified.remember(user, "secret");

        for (int use = 1; use <= 18; use++) {
            clock.advance(Duration.ofSeconds(50));
            assertThat(verified.find("analist", "secret")).as("use %d, %d s after the check", use, use * 50)
                    .isSameAs(user);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(verified.find("analist", "secret")).as("used a second ago, but checked 901 s ago").isNull();

        verified.remember(user, "secret");
        clock.advance(VerifiedCredentials.TIME_TO_LIVE.plusSeconds(1));
        assertThat(verified.find("analist", "secret")).as("a minute and a second without use").isNull();
    }

    @Test
    void twoInstancesDoNotShareTheirKey() {
        VerifiedCredentials first = new VerifiedCredentials();
        VerifiedCredentials second = new VerifiedCredentials();
        first.remember(user, "secret");
        assertThat(second.find("analist", "secret")).isNull();
        assertThat(List.of(first.find("analist", "secret"))).containsExactly(user);
    }
}
