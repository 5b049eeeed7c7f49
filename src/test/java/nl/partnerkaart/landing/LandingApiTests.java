package nl.partnerkaart.landing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The landing view on the shipped data: 25 regions with measures, and the ties between them. */
class LandingApiTests extends ApplicationTest {

    private JsonNode region(JsonNode landing, String id) {
        return landing.get("regions").valueStream().filter(r -> r.get("id").asString().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void theTwentyFiveRegionsWithTheirMeasuresAtTheirPositions() {
        JsonNode landing = api().get("/api/landing?asOf=2026-11-23").json();
        assertThat(landing.get("asOf").asString()).isEqualTo("2026-11-23");
        assertThat(landing.get("regions")).hasSize(25);
        JsonNode hollandsMidden = region(landing, "VR16");
        assertThat(hollandsMidden.get("name").asString()).isEqualTo("Hollands Midden");
        assertThat(hollandsMidden.get("lat").asDouble()).isBetween(51.9, 52.4);
        assertThat(hollandsMidden.get("partners").asLong()).isGreaterThan(100);
        assertThat(hollandsMidden.get("covenants").asLong()).isPositive();
        assertThat(landing.get("regions").valueStream().mapToLong(r -> r.get("overdueActions").asLong()).sum())
                .isPositive();
    }

    @Test
    void tiesCountSharedPartnersJointCovenantsAndNetworksOncePerPair() {
        JsonNode ties = api().get("/api/landing?asOf=2026-11-23").json().get("ties");
        JsonNode gooiFlevoland = ties.valueStream()
                .filter(t -> t.get("source").asString().equals("VR14") && t.get("target").asString().equals("VR25"))
                .findFirst().orElseThrow();
        assertThat(gooiFlevoland.get("jointCovenants").asLong()).isPositive();
        assertThat(gooiFlevoland.get("sharedPartners").asLong()).isPositive();
        assertThat(ties.valueStream().allMatch(t -> t.get("source").asString().compareTo(t.get("target").asString()) < 0))
                .isTrue();
        assertThat(ties.valueStream().mapToLong(t -> t.get("sharedNetworks").asLong()).sum()).isPositive();
    }

    @Test
    void anEarlierDateCountsOnlyCovenantsInForceThen() {
        long now = api().get("/api/landing?asOf=2026-11-23").json().get("regions").valueStream()
                .mapToLong(r -> r.get("covenants").asLong()).sum();
        long then = api().get("/api/landing?asOf=2000-01-01").json().get("regions").valueStream()
                .mapToLong(r -> r.get("covenants").asLong()).sum();
        assertThat(then).isLessThan(now);
    }

    @Test
    void aBadDateIsRefusedWithTheFieldAtFault() {
        var response = api().get("/api/landing?asOf=23-11-2026");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("asOf");
        assertThat(api().get("/api/landing").status()).isEqualTo(200);
    }
}
