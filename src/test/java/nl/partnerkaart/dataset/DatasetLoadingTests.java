package nl.partnerkaart.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.partnerkaart.StartupFailures;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/** A broken data file stops the first start with file, line and reason, and writes nothing. */
class DatasetLoadingTests {

    @Test
    void aBrokenDataFileStopsTheLoadAndWritesNothing() throws Exception {
        Path directory = TestApplications.newDataDirectory();
        Path dataset = Files.createDirectories(directory.resolve("dataset"));
        Path reference = Files.createDirectories(dataset.resolve("reference"));
        for (String kind : new String[] {"sources", "regions", "municipalities"}) {
            Files.copy(new ClassPathResource("dataset/reference/" + kind + ".csv").getInputStream(),
                    reference.resolve(kind + ".csv"));
        }
        Path municipalities = reference.resolve("municipalities.csv");
        Files.writeString(municipalities, Files.readString(municipalities).replaceFirst(",VR01\n", ",VR99\n"));
        String location = "partnerkaart.dataset.location=file:" + dataset + "/";

        assertThatThrownBy(() -> TestApplications.start(directory.resolve("db"), location))
                .satisfies(failure -> {
                    FailureAnalysis analysis = StartupFailures.analyze(failure);
                    assertThat(analysis.getDescription()).contains("dataset/reference/municipalities.csv, line 2, column region")
                            .contains("'VR99' does not exist").contains("nothing was written");
                });

        try (ConfigurableApplicationContext app = TestApplications.start(directory.resolve("db"), location,
                "partnerkaart.dataset.load-on-start=false")) {
            try (var session = app.getBean(Driver.class).session()) {
                assertThat(session.run("MATCH (n) WHERE n:SafetyRegion OR n:Source OR n:Municipality RETURN count(n)")
                        .single().get(0).asLong()).isZero();
            }
        }
    }
}
