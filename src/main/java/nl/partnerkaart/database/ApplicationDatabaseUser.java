package nl.partnerkaart.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.partnerkaart.system.RandomPasswords;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The embedded database user the application itself signs in as, so that nobody who guesses at {@code neo4j}
 * over Bolt can starve it: Neo4j makes a user wait after repeated failed logins, and that user is then no longer
 * the application's. Its name and password are generated at the first start with this class (also on an
 * installation made before it) and kept in the data directory, readable by the owner only; user {@code neo4j}
 * stays for people with Neo4j Browser or cypher-shell. (Community Edition has no roles: every user may do
 * everything, so the name is random too, and one cannot aim at it without reading the data directory.)
 */
final class ApplicationDatabaseUser {

    static final String FILE_NAME = "application-database-user";

    record Credentials(String username, String password) {
    }

    private ApplicationDatabaseUser() {
    }

    /** The application's credentials, with the user made (or its password set again) in the system database. */
    static Credentials ensure(DatabaseManagementService service, Path dataDirectory) {
        Credentials credentials = storedOrNew(dataDirectory.resolve(FILE_NAME));
        // Username from our own file (letters and digits only), so it can stand in the statement; Neo4j takes no
        // parameter for a user name in CREATE USER.
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "CREATE OR REPLACE USER " + credentials.username() + " SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", credentials.password()));
        return credentials;
    }

    private static Credentials storedOrNew(Path file) {
        try {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && lines.get(0).matches("[a-z0-9_]+") && !lines.get(1).isBlank()) {
                    return new Credentials(lines.get(0), lines.get(1).strip());
                }
            }
            Credentials generated = new Credentials(
                    "partnerkaart_" + RandomPasswords.generate().substring(0, 10).toLowerCase(Locale.ROOT),
                    RandomPasswords.generate());
            Files.createDirectories(file.getParent());
            EmbeddedPassword.writeOwnerOnly(file, generated.username() + "\n" + generated.password() + "\n");
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or store the application's database user in " + file, e);
        }
    }
}
