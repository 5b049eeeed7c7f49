package nl.partnerkaart.cascade;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The partners and the pieces of infrastructure that tie the most regions and dependency chains together. */
record BrokerList(
        @Schema(description = "what each measure counts") Map<String, String> measures,
        @Schema(description = "partners by regionsServed, then name") List<PartnerBroker> partners,
        @Schema(description = "vital processes and assets by dependents, then regionsReached") List<InfrastructureBroker> infrastructure) {

    static final Map<String, String> MEASURES = Map.of(
            "regionsServed", "number of safety regions the partner SERVES",
            "dependents", "number of vital processes and assets hit, at any hour, if this one fails "
                    + "(the cascade rules of docs/cascade.md without a horizon; local disruptions included)",
            "regionsReached", "number of safety regions touched by that cascade: regions of the municipalities "
                    + "where hit assets are located, and regions served by providers of processes that fail as a whole");

    record PartnerBroker(int rank, String id, String name, String category, long regionsServed, String origin) {
    }

    record InfrastructureBroker(int rank, String id, String name, String label, int dependents, int regionsReached,
            String origin) {
    }
}
