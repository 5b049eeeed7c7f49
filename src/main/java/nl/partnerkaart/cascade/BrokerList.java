package nl.partnerkaart.cascade;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The partners and the pieces of infrastructure that tie the most regions and dependency chains together. */
record BrokerList(
        @Schema(description = "what each measure counts") Map<String, String> measures,
        @Schema(description = "partners by regionsServed, then name") List<PartnerBroker> partners,
        @Schema(description = "vital processes and assets by dependents, then regionsReached") List<InfrastructureBroker> infrastructure,
        @Schema(description = "partners by betweenness (of the assets they operate), then name") List<PartnerBroker> partnersOnChains,
        @Schema(description = "vital processes and assets by betweenness, then dependents") List<InfrastructureBroker> infrastructureOnChains) {

    static final Map<String, String> MEASURES = Map.of(
            "regionsServed", "number of safety regions the partner SERVES",
            "dependents", "number of vital processes and assets hit, at any hour, if this one fails "
                    + "(the cascade rules of docs/cascade.md without a horizon; local disruptions included)",
            "regionsReached", "number of safety regions touched by that cascade: regions of the municipalities "
                    + "where hit assets are located, and regions served by providers of processes that fail as a whole",
            "betweenness", "of a process or asset: on how many shortest failure chains between two other elements it lies "
                    + "(Brandes; chains counted in steps, a pair with k equally short chains counts 1/k; steps are "
                    + "DEPENDS_ON and a failing process taking its supporting assets down); "
                    + "of a partner: the sum of that of the assets it OPERATES");

    record PartnerBroker(int rank, String id, String name, String category, long regionsServed, double betweenness,
            String origin) {

        PartnerBroker ranked(int place) {
            return new PartnerBroker(place, id, name, category, regionsServed, betweenness, origin);
        }
    }

    record InfrastructureBroker(int rank, String id, String name, String label, int dependents, int regionsReached,
            double betweenness, String origin) {

        InfrastructureBroker ranked(int place) {
            return new InfrastructureBroker(place, id, name, label, dependents, regionsReached, betweenness, origin);
        }
    }
}
