package nl.partnerkaart.cascade;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;

/**
 * Where and how long something is out: the area (safety regions and municipalities; none means wherever the
 * starts are, for a process the whole country), the incident type whose disrupted processes fail there, and the
 * outage duration in hours (null: it lasts beyond the look-ahead). Checked for form only; {@link OutageAreas}
 * checks that the ids exist.
 */
record Outage(List<String> regions, List<String> municipalities, String incidentType, Double duration) {

    static final Outage NONE = new Outage(List.of(), List.of(), null, null);
    static final int MAX_REGIONS = 25;
    static final int MAX_MUNICIPALITIES = 50;

    static Outage of(List<String> regions, List<String> municipalities, String incidentType, Double duration) {
        String incident = incidentType == null || incidentType.isBlank() ? null : incidentType.strip();
        return new Outage(ids("region", regions, MAX_REGIONS), ids("municipality", municipalities, MAX_MUNICIPALITIES),
                incident, checkedDuration(duration));
    }

    boolean hasArea() {
        return !regions.isEmpty() || !municipalities.isEmpty();
    }

    /** The hour the outage ends; a failure that would arrive then or later does not happen. */
    double ends() {
        return duration == null ? Double.POSITIVE_INFINITY : duration;
    }

    /** The field a problem with the area is reported on. */
    String areaField() {
        return regions.isEmpty() ? "municipality" : "region";
    }

    static Double checkedDuration(Double duration) {
        if (duration != null && !(duration > 0 && duration <= CascadeQuery.MAX_HOURS)) {
            throw new InvalidInputException("duration",
                    Message.of("cascade.duration", (int) CascadeQuery.MAX_HOURS, duration));
        }
        return duration;
    }

    private static List<String> ids(String field, List<String> raw, int max) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : raw == null ? List.<String>of() : raw) {
            if (id == null || id.isBlank()) {
                throw new InvalidInputException(field, Message.of("cascade.emptyArea", field));
            }
            ids.add(id.strip());
        }
        if (ids.size() > max) {
            throw new InvalidInputException(field, Message.of("cascade.tooManyAreas", max, field, ids.size()));
        }
        return List.copyOf(ids);
    }
}
