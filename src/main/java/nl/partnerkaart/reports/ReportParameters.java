package nl.partnerkaart.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.security.KnownRegions;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** Checks the raw request parameters of a report; anything wrong is a 400 that names the parameter. */
@Component
class ReportParameters {

    static final List<String> FORMATS = List.of("json", "csv", "xlsx", "pdf");
    static final List<String> LANGUAGES = List.of("nl", "en");
    private static final int MAX_COLUMNS = 20;
    private static final int MAX_MONTHS = 240;

    private final Driver driver;
    private final ReportProperties properties;
    private final Clock clock;
    private final KnownRegions regions;

    ReportParameters(Driver driver, KnownRegions regions, ReportProperties properties, Clock clock) {
        this.driver = driver;
        this.regions = regions;
        this.properties = properties;
        this.clock = clock;
    }

    ReportRequest check(ReportBuilder builder, LocalDate asOf, String region, String sectors, Integer months,
                        String by, String lang) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        if (day.getYear() < 1900 || day.getYear() > 2200) {
            throw new InvalidInputException("asOf", Message.of("input.betweenNot", "asOf", "1900", "2200", String.valueOf(asOf)));
        }
        oneOf("lang", lang, LANGUAGES);
        oneOf("by", by, ActionItemsReport.GROUPINGS);
        int period = months == null ? properties.exerciseMonths() : months;
        if (period < 1 || period > MAX_MONTHS) {
            throw new InvalidInputException("months", Message.of("input.betweenNot", "months", 1, MAX_MONTHS, String.valueOf(months)));
        }
        String regionId = region == null || region.isBlank() ? null : region.strip();
        if (regionId == null && builder.needsRegion()) {
            throw new InvalidInputException("region", Message.of("report.needsRegion"));
        }
        if (regionId != null && !regions.holds(regionId)) {
            throw new InvalidInputException("region", Message.of("region.notFound", regionId));
        }
        return new ReportRequest(day, regionId, columns(sectors), period, by, lang, true, 0);
    }

    static void oneOf(String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new InvalidInputException(field, Message.of("input.oneOf", field, allowed, String.valueOf(value)));
        }
    }

    private List<String> columns(String sectors) {
        if (sectors == null || sectors.isBlank()) {
            return properties.coverageColumns();
        }
        List<String> ids = new ArrayList<>(Arrays.stream(sectors.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList());
        if (ids.isEmpty() || ids.size() > MAX_COLUMNS) {
            throw new InvalidInputException("sectors", Message.of("report.sectorCount", MAX_COLUMNS));
        }
        for (String id : ids) {
            if (!exists("MATCH (s) WHERE (s:Sector OR s:VitalProcess) AND s.id = $id RETURN count(s) > 0", id)) {
                throw new InvalidInputException("sectors", Message.of("report.noSector", id));
            }
        }
        return List.copyOf(ids);
    }

    private boolean exists(String query, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("id", id)).single().get(0).asBoolean());
        }
    }
}
