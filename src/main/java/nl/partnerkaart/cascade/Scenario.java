package nl.partnerkaart.cascade;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.partnerkaart.cascade.CascadeAnswer.PersonRef;
import nl.partnerkaart.cascade.OutageAreas.Place;

/** The answer to "N hours out in this area": what fails per hour, whom the region must call, which covenant is missing. */
record Scenario(
        @Schema(description = "the regions and municipalities the outage is in; empty: wherever the starts are") List<Place> area,
        @Schema(description = "the incident type whose disrupted processes fail, or null") String incidentType,
        @Schema(description = "the vital processes that fail (in the area, or as a whole without one)") List<String> failing,
        @Schema(description = "the outage length in hours; null: it lasts beyond the look-ahead") Double duration,
        @Schema(description = "the hour the outage ends, when within the look-ahead. The model has no restart times: "
                + "everything hit is assumed to work again from that hour") Double recoveredAt,
        @Schema(description = "per hour: the processes, assets, regions and partners first hit then") List<HourHits> timeline,
        @Schema(description = "the regions that must call: the area's regions, else the regions of the failing assets")
        List<String> homeRegions,
        @Schema(description = "per home region, the hit partners serving it or operating a hit asset in it, with "
                + "covenants, account holders and contacts")
        List<Call> calls,
        @Schema(description = "the calls to partners without an active covenant with the region") List<Call> withoutCovenant) {

    record HourHits(double hour, List<String> processes, List<String> assets, List<String> regions, List<String> partners) {
    }

    record Call(String region, String partner, String name, String category, double hour, boolean activeCovenant,
            List<Covenant> covenants, List<PersonRef> accountHolders, List<PersonRef> contacts, String origin) {
    }

    record Covenant(String id, String name, String kind, String validUntil, String origin) {
    }
}
