package nl.partnerkaart.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.partnerkaart.system.InvalidInputException;

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

    static CascadeQuery of(List<String> start, Double hours, List<String> ignore, LocalDate asOf, Clock clock) {
        return of(start, hours, ignore, asOf, clock, Outage.NONE);
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
                throw new InvalidInputException("start", "A start id is empty");
            }
            starts.add(id.strip());
        }
        if (starts.isEmpty() && outage.incidentType() == null) {
            throw new InvalidInputException("start", "Give at least one start (a vital process or asset id) or an incident type");
        }
        if (starts.size() > MAX_STARTS) {
            throw new InvalidInputException("start", "At most " + MAX_STARTS + " starts, not " + starts.size());
        }
        return new CascadeQuery(List.copyOf(starts), checkedHours(hours), checkedIgnores(ignore), orToday(asOf, clock),
                outage);
    }

    static double checkedHours(Double hours) {
        double h = hours == null ? DEFAULT_HOURS : hours;
        if (!(h >= 0 && h <= MAX_HOURS)) {
            throw new InvalidInputException("hours", "'hours' must be between 0 and " + (int) MAX_HOURS + ", not " + hours);
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
                throw new InvalidInputException("ignore",
                        "'" + id + "' is not a dependency id of the form source|DEPENDS_ON|target");
            }
            ignored.add(id);
        }
        if (ignored.size() > MAX_IGNORED) {
            throw new InvalidInputException("ignore", "At most " + MAX_IGNORED + " ignored dependencies");
        }
        return Set.copyOf(ignored);
    }
}
