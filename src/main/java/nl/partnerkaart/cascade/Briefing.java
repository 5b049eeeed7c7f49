package nl.partnerkaart.cascade;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What one region needs to know and do when an incident type strikes, hour by hour. */
record Briefing(
        Named region,
        Named incidentType,
        double hours,
        LocalDate asOf,
        @Schema(description = "the vital processes the incident type disrupts: the starts of the cascade") List<String> disrupted,
        @Schema(description = "the consequences in or for the region, grouped by the hour they arrive") List<Step> timeline,
        @Schema(description = "partners with a profile for this region and incident type, and involved partners serving the region")
        List<PartnerToAlert> partners,
        @Schema(description = "active covenants of the region with those partners") List<ApplicableCovenant> covenants,
        @Schema(description = "partners to alert without an active covenant or without an account holder") List<Gap> gaps,
        @Schema(description = "true when any item shown is illustrative sample data, not a fact") boolean containsIllustrativeData,
        boolean truncated,
        @Schema(description = "where the incident strikes: names of regions and municipalities; empty: everywhere")
        List<String> area,
        @Schema(description = "the outage length in hours; null: it lasts beyond the horizon") Double duration,
        @Schema(description = "the hour the outage ends within the horizon; everything hit is assumed to work again then")
        Double recoveredAt,
        @Schema(description = "every region the cascade reaches, with the hour it is first hit (in the area and beyond it)")
        List<RegionHit> regionsHit) {

    record RegionHit(String id, String name, double hour) {
    }

    record Named(String id, String name, String origin) {
    }

    record Step(double hour, List<Consequence> consequences) {
    }

    /** A process or asset hit; {@code kind} is process, local-process or asset. */
    record Consequence(String id, String name, String kind, List<String> chain, String origin) {
    }

    record PartnerToAlert(String id, String name, String category,
            @Schema(description = "role from the partner profile, null if only involved through the cascade") String role,
            List<String> phases,
            @Schema(description = "operator and/or provider of something hit") List<String> involvement,
            boolean activeCovenant, List<Person> accountHolders, List<Person> contacts, String origin) {
    }

    record ApplicableCovenant(String id, String name, String kind, String validUntil, List<String> partners,
            List<Person> accountHolders, String origin) {
    }

    record Gap(String partner, String name, List<String> missing) {
    }

    record Person(String id, String name, String function, String origin) {
    }
}
