package nl.partnerkaart.cascade;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.partnerkaart.graph.Graph;

/** What fails, where and when; every list is ordered by the hour of the first hit. */
record CascadeAnswer(
        @Schema(description = "the elements that fail at hour 0 (with an area: the assets there that support the failing processes)")
        List<String> starts,
        @Schema(description = "the horizon (look-ahead) in hours") double hours,
        @Schema(description = "dependencies treated as backed up (not followed)") List<String> ignored,
        @Schema(description = "the date on which covenants are checked to be in force") LocalDate asOf,
        List<AffectedProcess> processes,
        List<AffectedAsset> assets,
        List<AffectedMunicipality> municipalities,
        List<AffectedRegion> regions,
        List<InvolvedPartner> partners,
        @Schema(description = "the affected processes and assets with the dependencies between them") Graph graph,
        @Schema(description = "true when the cap cut the cascade short: later hits are missing") boolean truncated,
        @Schema(description = "the outage scenario answered: where, how long, hits per hour, whom to call, missing covenants")
        Scenario scenario) {

    record AffectedProcess(String id, String name, double hour,
            @Schema(description = "true: only disrupted where an affected asset supports it") boolean local,
            List<String> chain, String origin) {
    }

    record AffectedAsset(String id, String name, String kind, double hour, List<String> chain,
            List<String> municipalities, String origin) {
    }

    record AffectedMunicipality(String id, String name, String region, double hour) {
    }

    record AffectedRegion(String id, String name, double hour, List<RegionPartner> partners) {
    }

    /** An involved partner that serves the region, with what binds the two. */
    record RegionPartner(String partner, String name, boolean activeCovenant, List<CovenantRef> covenants,
            List<PersonRef> accountHolders) {
    }

    record InvolvedPartner(String id, String name, String category, double hour,
            @Schema(description = "affected assets it operates") List<String> operates,
            @Schema(description = "affected processes it provides") List<String> provides, String origin) {
    }

    record CovenantRef(String id, String name, String validUntil, String origin) {
    }

    record PersonRef(String id, String name, String function, String origin) {
    }
}
