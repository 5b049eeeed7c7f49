package nl.partnerkaart.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the Dutch time zone: "today" (covenants in force, overdue action items, the
 * date on a report or an export) is the date in the Netherlands, and every feature that needs today or now takes
 * this bean, so a test can fix the day by replacing it (a {@code @Primary} {@code Clock.fixed}). Durations are
 * measured with {@code System.nanoTime}, not with this clock.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }
}
