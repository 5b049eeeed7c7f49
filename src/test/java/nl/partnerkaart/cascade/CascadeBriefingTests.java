package nl.partnerkaart.cascade;

import static nl.partnerkaart.cascade.CascadeAnswers.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.pdf.PdfUaCheck;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The briefing of Hollands Midden for a power failure (4.1.30), as JSON and as PDF. */
class CascadeBriefingTests extends ApplicationTest {

    private static final String BRIEFING = "/api/analysis/briefing?region=VR16&incidentType=4.1.30&hours=12&asOf=2026-11-23";

    @Test
    void listsThePartnersWithTheirProfileRolesAndTheCovenantsInForce() {
        Api.Response response = api().get(BRIEFING);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode briefing = response.json();

        assertThat(briefing.at("/region/name").asString()).isEqualTo("Hollands Midden");
        assertThat(briefing.get("disrupted").toString()).isEqualTo("[\"VP01\",\"VP02\"]");
        List<String> withRole = new ArrayList<>();
        briefing.get("partners").forEach(p -> {
            if (!p.get("role").isNull()) {
                withRole.add(p.get("id").asString());
            }
        });
        assertThat(withRole).hasSize(49); // README question 10: 1 + 3 + 21 + 21 + 3 profiles
        JsonNode stedin = partner(briefing, "P-STEDIN");
        assertThat(stedin.get("role").asString()).isEqualTo("crisis-team-member");
        assertThat(stedin.get("involvement").toString()).contains("provider");
        assertThat(stedin.get("activeCovenant").asBoolean()).isTrue();
        JsonNode energy = item(briefing.get("covenants"), "COV-VR16-ENERGIE");
        assertThat(energy.get("partners").toString()).contains("Liander", "Stedin", "TenneT");
        for (JsonNode covenant : briefing.get("covenants")) {
            assertThat(single("MATCH (c:Covenant {id: '" + covenant.get("id").asString() + "'}) RETURN c.status"))
                    .isEqualTo("active");
        }
        assertThat(ids(briefing.get("covenants"))).doesNotContain("COV-VR16-TELECOM"); // a draft: KPN is a gap
        assertThat(partner(briefing, "P-KPN").get("activeCovenant").asBoolean()).isFalse();
        assertThat(briefing.get("gaps").findValuesAsString("partner")).contains("P-KPN");
        assertThat(briefing.get("containsIllustrativeData").asBoolean()).isTrue();
    }

    @Test
    void theOptionsAreEveryRegionAndTheIncidentTypesThatDisruptAVitalProcess() {
        JsonNode options = api().get("/api/analysis/briefing/options").json();
        assertThat(options.get("regions")).hasSize(25);
        assertThat(options.at("/regions/15/id").asString()).isEqualTo("VR16");
        JsonNode powerFailure = item(options.get("incidentTypes"), "4.1.30");
        assertThat(powerFailure.get("disrupts").toString()).isEqualTo("[\"VP01\",\"VP02\"]");
        assertThat(options.get("incidentTypes").size()).isEqualTo(((Number) single(
                "MATCH (i:IncidentType) WHERE EXISTS { (i)-[:DISRUPTS]->(:VitalProcess) } RETURN count(i)")).intValue());
    }

    @Test
    void theTimelineRunsHourByHourWithinTheHorizon() {
        JsonNode briefing = api().get(BRIEFING).json();

        JsonNode first = briefing.get("timeline").get(0);
        assertThat(first.get("hour").asDouble()).isZero();
        assertThat(ids(first.get("consequences"))).contains("VP01", "VP02");
        double previous = -1;
        for (JsonNode step : briefing.get("timeline")) {
            assertThat(step.get("hour").asDouble()).isGreaterThan(previous).isLessThanOrEqualTo(12);
            previous = step.get("hour").asDouble();
        }
        assertThat(briefing.get("timeline").toString()).contains("\"VP10\"", "AS-HM-SUB-LEIDEN-NOORD")
                .doesNotContain("AS-FR-"); // assets elsewhere in the country are not this region's
    }

    @Test
    void thePdfParsesBackWithTheRegionAPartnerAndTheMarkOfIllustrativeData() throws IOException {
        HttpResponse<byte[]> dutch = pdf(BRIEFING + "&format=pdf");
        HttpResponse<byte[]> english = pdf(BRIEFING + "&format=pdf&lang=en");

        assertThat(dutch.statusCode()).isEqualTo(200);
        assertThat(dutch.headers().firstValue("Content-Type")).hasValue("application/pdf");
        // A download, not a page that replaces the application in its tab.
        assertThat(dutch.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("briefing-VR16-4.1.30.pdf");
        String nl = text(dutch.body());
        assertThat(nl).contains("Hollands Midden", "Liander", "Gevolgen per uur", "Te alarmeren partners",
                "Geldende convenanten", "Lacunes", "2026-11-23", "illustratief", "lid crisisteam");
        assertThat(text(english.body())).contains("Hollands Midden", "Consequences hour by hour", "Partners to alert",
                "illustrative");
    }

    @Test
    void thePdfIsTaggedForAccessibilityInItsLanguage() {
        for (String lang : List.of("nl", "en")) {
            PdfUaCheck.Structure structure = PdfUaCheck.assertAccessible(pdf(BRIEFING + "&format=pdf&lang=" + lang).body(),
                    lang);
            assertThat(structure.types()).as(lang).contains("H1", "H2", "P", "Table", "TR", "TH", "TD");
        }
    }

    @Test
    void badInputIsAProblemWithTheField() {
        assertProblem("/api/analysis/briefing?incidentType=4.1.30", "region");
        assertProblem("/api/analysis/briefing?region=VR99&incidentType=4.1.30", "region");
        assertProblem("/api/analysis/briefing?region=VR16&incidentType=9.9.99", "incidentType");
        assertProblem("/api/analysis/briefing?region=VR16&incidentType=4.1.30&hours=-3", "hours");
        assertProblem("/api/analysis/briefing?region=VR16&incidentType=4.1.30&format=docx", "format");
        assertProblem("/api/analysis/briefing?region=VR16&incidentType=4.1.30&lang=fr", "lang");
        assertThat(anonymous().get(BRIEFING).status()).isEqualTo(401);
    }

    private void assertProblem(String path, String field) {
        Api.Response response = api().get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    private static JsonNode partner(JsonNode briefing, String id) {
        return item(briefing.get("partners"), id);
    }

    private static JsonNode item(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in " + list);
    }

    private HttpResponse<byte[]> pdf(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + TestApplications.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofByteArray());
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
