package nl.partnerkaart.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.partnerkaart.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes backups: every {@link BackupPart} into a folder of its own, read while the {@link WriteGate} holds the
 * application's writes still, then a manifest; the folder gets its final name only when it is complete, so a
 * backup cut off halfway is never listed or restored. The newest {@link BackupProperties#keep()} are kept.
 */
@Service
public class BackupService {

    static final String MANIFEST = "manifest.json";
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'partnerkaart-'yyyyMMdd'-'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final List<BackupPart> parts;
    private final WriteGate gate;
    private final BackupProperties properties;
    private final AuditLog audit;
    private final String version;
    private final Clock clock = Clock.systemUTC();
    private final JsonMapper json = JsonMapper.builder().build();

    BackupService(List<BackupPart> parts, WriteGate gate, BackupProperties properties, AuditLog audit,
                  @Value("${spring.application.version:development}") String version) {
        this.parts = parts;
        this.gate = gate;
        this.properties = properties;
        this.audit = audit;
        this.version = version;
    }

    /** Takes a backup now, audited as {@code user}'s. */
    public synchronized Backup create(String user) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String name = NAME.format(at);
        Path directory = properties.directory().toAbsolutePath().normalize();
        Path partial = directory.resolve(name + ".partial");
        try {
            Files.createDirectories(partial);
            long start = System.nanoTime();
            gate.hold(properties.waitForWrites(), () -> {
                for (BackupPart part : parts) {
                    backUp(part, partial.resolve(part.name()));
                }
                return null;
            });
            Backup backup = new Backup(name, at, version, parts.stream()
                    .map(part -> new Backup.Part(part.name(), lineCounts(partial.resolve(part.name())))).toList());
            json.writerWithDefaultPrettyPrinter().writeValue(partial.resolve(MANIFEST).toFile(), backup);
            Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            log.info("Backup {} written in {} ms: {}", name, (System.nanoTime() - start) / 1_000_000, backup.parts());
            audit.record(user, "backup", name, "success", backup.parts().toString());
            prune(directory);
            return backup;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            log.error("Backup {} failed", name, e);
            audit.record(user, "backup", name, "failed", String.valueOf(e.getMessage()));
            throw e instanceof IOException io ? new UncheckedIOException("The backup could not be written to "
                    + directory + ": " + io.getMessage(), io) : (RuntimeException) e;
        }
    }

    /** The complete backups, newest first. */
    public List<Backup> list() {
        Path directory = properties.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(directory)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve(MANIFEST)))
                    .map(this::manifest)
                    .sorted(Comparator.comparing(Backup::createdAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Backup manifest(Path folder) {
        return json.readValue(folder.resolve(MANIFEST).toFile(), Backup.class);
    }

    List<BackupPart> parts() {
        return parts;
    }

    private static void backUp(BackupPart part, Path folder) {
        try {
            Files.createDirectory(folder);
            part.backUpTo(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Backing up " + part.name() + " failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> lineCounts(Path folder) {
        Map<String, Long> counts = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    counts.put(file.getFileName().toString(), lines.count());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private void prune(Path directory) {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(properties.keep(), all.size()), all.size())) {
            deleteQuietly(directory.resolve(old.name()));
            log.info("Backup {} deleted (partnerkaart.backup.keep={})", old.name(), properties.keep());
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList())) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", folder, e.getMessage());
        }
    }
}
