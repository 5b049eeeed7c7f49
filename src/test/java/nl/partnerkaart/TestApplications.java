package nl.partnerkaart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts whole Partnerkaart applications for tests, each on a data directory of its own. */
public final class TestApplications {

    public static final String ADMIN_PASSWORD = "test-admin-password";

    private TestApplications() {
    }

    public static Path newDataDirectory() {
        try {
            return Files.createTempDirectory("partnerkaart-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The properties every test application gets: its own directory (and one beside it for backups, none
     * scheduled), a free Bolt and HTTP port.
     */
    public static List<String> properties(Path dataDirectory) {
        return List.of(
                "partnerkaart.embedded.data-directory=" + dataDirectory,
                "partnerkaart.backup.directory=" + dataDirectory.resolveSibling(dataDirectory.getFileName() + "-backups"),
                "partnerkaart.backup.cron=-",
                "partnerkaart.embedded.bolt-address=127.0.0.1:0",
                "partnerkaart.security.admin-password=" + ADMIN_PASSWORD,
                "server.port=0");
    }

    public static ConfigurableApplicationContext start(Path dataDirectory, String... extraProperties) {
        List<String> all = new ArrayList<>(properties(dataDirectory));
        all.addAll(List.of(extraProperties));
        // As command-line arguments: they take precedence over application.properties, as a user's would.
        return new SpringApplicationBuilder(PartnerkaartApplication.class)
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
