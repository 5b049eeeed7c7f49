package nl.partnerkaart.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;

/**
 * A checked cascade question: distinct start ids, a horizon (look-ahead) in hours, the dependencies to ignore, the
 * date on which covenants must be in force, and the outage scenario (where and how long; {@link Outage#NONE}: the
 * starts fail everywhere for good).
 */
record CascadeQuery(List<String> starts, double hours, Set<String> ignored, LocalDate asOf, Outage outage) {

    static final double DEFAULT_HOURS = 72;
    static final double MAX_HOURS = 720;
    static final int MAX_STARTS = 20;
    static final int MAX_IGNORED = 100;
    private static final Pattern DEPENDENCY_ID = Pattern.compile("[^|\\s][^|]*\\|DEPENDS_ON\\|[^|\\s][^|]*");

    CascadeQuery(List<String> starts, double hours, Set<String> ignored, LocalDate asOf) {
        this(starts, hours, ignored, asOf, Outage.NONE);
    }

    /**
     * Checks the raw request parameters; anything wrong is a 400 that names the parameter. With an incident type
     * the starts may be left out: the processes it disrupts are what fails.
     */
    static CascadeQuery of(List<String> start, Double hours, List<String> ignore, LocalDate asOf, Clock clock,
            Outage outage) {
        Set<String> starts = new LinkedHashSet<>();
        for (String id : start == null ? List.<String>of() : start) {
            if (id == null || id.isBlank()) {
                throw new InvalidInputException("start", Message.of("cascade.emptyStart"));
            }
            starts.add(id.strip());
        }
        if (starts.isEmpty() && outage.incidentType() == null) {
            throw new InvalidInputException("start", Message.of("cascade.noStarts"));
        }
        if (starts.size() > MAX_STARTS) {
            throw new InvalidInputException("start", Message.of("cascade.tooManyStarts", MAX_STARTS, starts.size()));
        }
        return new CascadeQuery(List.copyOf(starts), checkedHours(hours), checkedIgnores(ignore), orToday(asOf, clock),
                outage);
    }

    static double checkedHours(Double hours) {
        double h = hours == null ? DEFAULT_HOURS : hours;
        if (!(h >= 0 && h <= MAX_HOURS)) {
            throw new InvalidInputException("hours", Message.of("input.betweenNot", "hours", 0, (int) MAX_HOURS, String.valueOf(hours)));
        }
        return h;
    }

    /** "Today" for covenants in force is the date in the Netherlands, the zone of the application's clock. */
    static LocalDate orToday(LocalDate asOf, Clock clock) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }

    private static Set<String> checkedIgnores(List<String> ignore) {
        Set<String> ignored = new LinkedHashSet<>();
        for (String id : ignore == null ? List.<String>of() : ignore) {
            if (id == null || !DEPENDENCY_ID.matcher(id).matches()) {
                throw new InvalidInputException("ignore", Message.of("cascade.badDependencyId", String.valueOf(id)));
            }
            ignored.add(id);
        }
        if (ignored.size() > MAX_IGNORED) {
            throw new InvalidInputException("ignore", Message.of("cascade.tooManyIgnored", MAX_IGNORED));
        }
        return Set.copyOf(ignored);
    }
}
