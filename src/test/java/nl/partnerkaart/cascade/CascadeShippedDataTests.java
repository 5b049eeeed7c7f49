package nl.partnerkaart.cascade;

import static nl.partnerkaart.cascade.CascadeAnswers.chain;
import static nl.partnerkaart.cascade.CascadeAnswers.hours;
import static nl.partnerkaart.cascade.CascadeAnswers.ids;
import static nl.partnerkaart.cascade.CascadeAnswers.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Known answers on the shipped data, worked out from the table "Process dependencies" in
 * dataset/README.md (and listed in docs/cascade.md).
 */
class CascadeShippedDataTests extends ApplicationTest {

    @Test
    void regionalElectricityReachesTelecomAndDrinkingWaterAtTheDocumentedHours() {
        JsonNode answer = cascade("start=VP02");

        assertThat(hours(answer))
                .containsEntry("VP02", 0.0)
                .containsEntry("VP07", 2.0)   // internet access: street cabinets, 2 h of battery
                .containsEntry("VP08", 2.0)   // voice and SMS: masts on batteries, 2 h (reference, published)
                .containsEntry("VP22", 2.0)   // 112 over mobile networks: not guaranteed after 2 h (reference)
                .containsEntry("VP10", 26.0)  // drinking water through telecom (2 + 24), before its own 240 h
                .containsEntry("VP06", 24.0)  // data centres: a day of backup power
                .containsEntry("VP21", 52.0); // securities: VP06 24 + VP20 4 + 24
        assertThat(chain(answer, "VP22")).containsExactly("VP02", "VP22");
        assertThat(chain(answer, "VP21")).containsExactly("VP02", "VP06", "VP20", "VP21");
        assertThat(item(answer, "processes", "VP10").get("local").asBoolean()).isFalse();
        assertThat(answer.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void nationalElectricityGoesRoundTheGasCycleOnce() {
        JsonNode answer = cascade("start=VP01");

        assertThat(hours(answer))
                .containsEntry("VP01", 0.0)
                .containsEntry("VP02", 0.0)
                .containsEntry("VP17", 0.0)
                .containsEntry("VP07", 2.0)
                .containsEntry("VP08", 2.0)
                .containsEntry("VP03", 8.0)   // gas needs electricity (8 h); back to VP01 is already hit
                .containsEntry("VP04", 8.0)   // through national gas (8 + 0), before regional power (0 + 24)
                .containsEntry("VP10", 26.0);
        assertThat(chain(answer, "VP04")).containsExactly("VP01", "VP03", "VP04");
        assertThat(ids(answer.get("processes"))).doesNotHaveDuplicates().doesNotContain("VP09");
    }

    @Test
    void aBackupOnADependencyMovesTheHitToTheNextPath() {
        JsonNode answer = cascade("start=VP02&ignore=VP10|DEPENDS_ON|VP08&hours=250");

        assertThat(hours(answer)).containsEntry("VP10", 240.0); // now only its own emergency power: 10 days
        assertThat(chain(answer, "VP10")).containsExactly("VP02", "VP10");
    }

    @Test
    void theHorizonLeavesOutWhatComesLater() {
        JsonNode answer = cascade("start=VP02&hours=12");

        List<String> failedAsAWhole = new ArrayList<>();
        answer.get("processes").forEach(p -> {
            if (!p.get("local").asBoolean()) {
                failedAsAWhole.add(p.get("id").asString());
            }
        });
        assertThat(hours(answer)).containsEntry("VP11", 12.0);
        assertThat(failedAsAWhole).contains("VP11").doesNotContain("VP06", "VP04", "VP28");
        assertThat(hours(answer).values()).allMatch(hour -> hour <= 12.0);
    }

    @Test
    void aFailingSubstationHitsWhatDependsOnItAndIsPlacedOnTheMap() {
        JsonNode answer = cascade("start=AS-HM-HV-ZOETERWOUDE");

        assertThat(hours(answer)).containsEntry("AS-HM-HV-ZOETERWOUDE", 0.0).containsEntry("AS-HM-SUB-LEIDEN-NOORD", 0.0);
        assertThat(item(answer, "processes", "VP02").get("local").asBoolean()).isTrue();
        assertThat(ids(answer.get("regions"))).contains("VR16");
        assertThat(ids(answer.get("municipalities"))).contains("GM0546");
        assertThat(ids(answer.get("partners"))).contains("P-LIANDER");
        assertThat(answer.at("/graph/nodes").size()).isEqualTo(hours(answer).size());
    }

    @Test
    void regionsOfAProcessFailureComeWithCovenantsAndAccountHolders() {
        JsonNode answer = cascade("start=VP10&hours=0&asOf=2026-11-23");

        JsonNode vr16 = item(answer, "regions", "VR16");
        JsonNode dunea = null;
        for (JsonNode partner : vr16.get("partners")) {
            if (partner.get("partner").asString().equals("P-DUNEA")) {
                dunea = partner;
            }
        }
        assertThat(dunea).as("Dunea serves Hollands Midden and provides drinking water").isNotNull();
        assertThat(dunea.get("activeCovenant").asBoolean()).isTrue();
        assertThat(ids(dunea.get("covenants"))).containsExactly("COV-VR16-DRINKWATER"); // not the expired one of 2011
        assertThat(ids(dunea.get("accountHolders"))).containsExactly("PER-VR16-02");
        assertThat(item(answer, "partners", "P-DUNEA").get("provides").get(0).asString()).isEqualTo("VP10");
    }

    private JsonNode cascade(String query) {
        Api.Response response = api().get("/api/analysis/cascade?" + query.replace("|", "%7C"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
