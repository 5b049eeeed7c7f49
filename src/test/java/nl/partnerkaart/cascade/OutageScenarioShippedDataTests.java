package nl.partnerkaart.cascade;

import static nl.partnerkaart.cascade.CascadeAnswers.hours;
import static nl.partnerkaart.cascade.CascadeAnswers.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.TestApplications;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "12 hours without power in Hollands Midden" (VR16, incident type 4.1.30, which disrupts VP01 and VP02) on the
 * shipped data, on the API and in the briefing PDF. Known answers from dataset/examples/asset-dependencies.csv:
 * the region's eight electricity assets fail at once; the booster station in Alphen depends on the Alphen
 * substation with 2 h (drinking water disrupted at 2); the Haaglanden control room depends on the C2000 mast in
 * Leiderdorp, which holds out 8 h (Haaglanden hit at 8); the Katwijk pumping station holds out exactly 12 h, so it
 * is not hit. KPN (telecom masts at 4 h) has only a draft covenant with the region.
 */
class OutageScenarioShippedDataTests extends ApplicationTest {

    private static final String SCENARIO = "/api/analysis/cascade?incidentType=4.1.30&region=VR16&duration=12&hours=24"
            + "&asOf=2026-11-23";
    private static final String BRIEFING = "/api/analysis/briefing?region=VR16&incidentType=4.1.30&scope=region"
            + "&duration=12&hours=24&asOf=2026-11-23";

    @Test
    void theApiAnswersWhoIsHitWhenWhomToCallAndWhichCovenantIsMissing() {
        Api.Response response = api().get(SCENARIO);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode answer = response.json();

        assertThat(answer.get("starts")).hasSize(8);
        assertThat(answer.get("starts").toString()).contains("AS-HM-SUB-LEIDEN-NOORD", "AS-HM-HV-BLEISWIJK-ZUIDPLAS",
                "AS-HM-WKC-LEIDEN");
        assertThat(hours(answer)).containsEntry("AS-HM-BOOSTER-ALPHEN", 2.0).containsEntry("AS-HM-MAST-LEIDEN", 4.0)
                .containsEntry("AS-HM-C2000-LEIDERDORP", 8.0).containsEntry("AS-HL-MELDKAMER", 8.0)
                .doesNotContainKey("AS-HM-GEMAAL-KATWIJK").doesNotContainKey("AS-HM-ZH-LUMC");
        assertThat(item(answer, "processes", "VP10").get("hour").asDouble()).isEqualTo(2.0);
        assertThat(item(answer, "processes", "VP10").get("local").asBoolean()).isTrue();
        assertThat(item(answer, "regions", "VR16").get("hour").asDouble()).isZero();
        assertThat(item(answer, "regions", "VR15").get("hour").asDouble()).isEqualTo(8.0);

        JsonNode scenario = answer.get("scenario");
        assertThat(scenario.get("recoveredAt").asDouble()).isEqualTo(12.0);
        assertThat(scenario.get("homeRegions").toString()).isEqualTo("[\"VR16\"]");
        assertThat(scenario.get("calls").findValuesAsString("partner")).contains("P-LIANDER", "P-STEDIN", "P-KPN");
        JsonNode stedin = call(scenario.get("calls"), "P-STEDIN");
        assertThat(stedin.get("activeCovenant").asBoolean()).isTrue();
        assertThat(stedin.get("covenants").findValuesAsString("id")).contains("COV-VR16-ENERGIE");
        assertThat(scenario.get("withoutCovenant").findValuesAsString("partner")).contains("P-KPN")
                .doesNotContain("P-STEDIN", "P-LIANDER");
        assertThat(call(scenario.get("withoutCovenant"), "P-KPN").get("hour").asDouble()).isEqualTo(4.0);

        // the longer the outage, the further it goes: the pumping station in Katwijk holds out exactly 12 hours
        assertThat(hours(api().get(SCENARIO.replace("duration=12", "duration=13")).json()))
                .containsEntry("AS-HM-GEMAAL-KATWIJK", 12.0);
    }

    @Test
    void theBriefingPdfStatesTheSameScenario() throws IOException {
        JsonNode briefing = api().get(BRIEFING).json();
        assertThat(briefing.get("area").toString()).isEqualTo("[\"Hollands Midden\"]");
        assertThat(briefing.get("duration").asDouble()).isEqualTo(12.0);
        assertThat(briefing.get("regionsHit").findValuesAsString("id")).containsExactly("VR16", "VR15");
        assertThat(briefing.get("timeline").toString()).contains("AS-HM-BOOSTER-ALPHEN")
                .doesNotContain("AS-HM-GEMAAL-KATWIJK").doesNotContain("AS-FR-");

        String nl = text(pdf(BRIEFING + "&format=pdf"));
        assertThat(nl).contains("Waar: Hollands Midden", "hoe lang: 12 uur", "Het incident eindigt na 12 uur",
                "Haaglanden (uur 8)", "Getroffen partners zonder actief convenant met de regio", "KPN");
        String en = text(pdf(BRIEFING + "&format=pdf&lang=en"));
        assertThat(en).contains("Where: Hollands Midden", "how long: 12 hours", "Partners hit without an active covenant");
    }

    @Test
    void badBriefingScenariosNameTheirField() {
        assertThat(api().get(BRIEFING + "&scope=street").json().get("field").asString()).isEqualTo("scope");
        assertThat(api().get(BRIEFING.replace("duration=12", "duration=0")).json().get("field").asString())
                .isEqualTo("duration");
        assertThat(api().get(BRIEFING + "&municipality=GM9999").json().get("field").asString()).isEqualTo("municipality");
    }

    private static JsonNode call(JsonNode calls, String partner) {
        for (JsonNode call : calls) {
            if (call.get("partner").asString().equals(partner)) {
                return call;
            }
        }
        throw new AssertionError(partner + " is not in " + calls);
    }

    private byte[] pdf(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + TestApplications.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
