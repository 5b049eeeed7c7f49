package nl.partnerkaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;

class ReportApiTests extends ApplicationTest {

    @Test
    void everyReportAnswers() throws Exception {
        for (String report : new String[] {"coverage", "action-items", "exercises", "networks", "partner-profiles?region=VR16",
                "region-profile?region=VR16", "data-quality", "state-of-vital-partnerships"}) {
            Api.Response response = api().get("/api/reports/" + report + (report.contains("?") ? "&" : "?") + "asOf=2026-11-23");
            Files.writeString(Path.of("/tmp/report-" + report.replaceAll("\\?.*", "") + ".json"), response.body());
            assertThat(response.status()).as(report + response.body()).isEqualTo(200);
            for (String format : new String[] {"csv", "xlsx", "pdf"}) {
                Api.Response export = api().get("/api/reports/" + report + (report.contains("?") ? "&" : "?") + "asOf=2026-11-23&format=" + format);
                assertThat(export.status()).as(report + format + export.body()).isEqualTo(200);
                Files.write(Path.of("/tmp/report-" + report.replaceAll("\\?.*", "") + "." + format), export.bytes());
            }
        }
    }
}
