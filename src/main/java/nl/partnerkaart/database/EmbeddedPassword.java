package nl.partnerkaart.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import nl.partnerkaart.system.RandomPasswords;
import org.springframework.util.StringUtils;

/**
 * The password of user {@code neo4j} on the embedded database: the configured one, or one generated at
 * first start and kept in the data directory so that it stays the same across restarts.
 */
final class EmbeddedPassword {

    static final String FILE_NAME = "neo4j-password";
    private static final int MINIMUM_LENGTH = 8;

    private EmbeddedPassword() {
    }

    /** The password to use, and whether it was generated just now (so it must be shown once). */
    record Resolved(String value, boolean generated, Path file) {
    }

    static Resolved resolve(String configured, Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (StringUtils.hasText(configured)) {
            if (configured.length() < MINIMUM_LENGTH) {
                throw new IllegalStateException("partnerkaart.embedded.password must have at least "
                        + MINIMUM_LENGTH + " characters");
            }
            return new Resolved(configured, false, file);
        }
        try {
            if (Files.exists(file)) {
                return new Resolved(Files.readString(file, StandardCharsets.UTF_8).strip(), false, file);
            }
            String generated = RandomPasswords.generate();
            Files.createDirectories(dataDirectory);
            writeOwnerOnly(file, generated);
            return new Resolved(generated, true, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or store the database password in " + file, e);
        }
    }

    /** Writes a secret to a file that only its owner can read from the moment it exists. */
    static void writeOwnerOnly(Path file, String secret) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, secret, StandardCharsets.UTF_8);
    }
}
