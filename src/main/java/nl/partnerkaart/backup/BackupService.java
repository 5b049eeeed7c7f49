package nl.partnerkaart.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.disk.DiskGuard;
import nl.partnerkaart.disk.WriteGate;
import nl.partnerkaart.system.OwnerOnlyFolders;
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
    /** A backup folder's name: its time, and a number when more than one backup was taken in that second. */
    private static final Pattern FOLDER = Pattern.compile("partnerkaart-\\d{8}-\\d{6}Z(-\\d+)?");

    private final List<BackupPart> parts;
    private final WriteGate gate;
    private final BackupProperties properties;
    private final AuditLog audit;
    private final DiskGuard disk;
    private final JsonMapper json;
    private final String version;
    private final Clock clock;

    BackupService(List<BackupPart> parts, WriteGate gate, BackupProperties properties, AuditLog audit, DiskGuard disk,
                  JsonMapper json, @Value("${spring.application.version:development}") String version, Clock clock) {
        this.clock = clock;
        this.parts = parts;
        this.gate = gate;
        this.properties = properties;
        this.audit = audit;
        this.disk = disk;
        this.json = json;
        this.version = version;
    }

    /** Takes a backup now, audited as {@code user}'s. */
    public synchronized Backup create(String user) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Path directory = properties.directory().toAbsolutePath().normalize();
        String name = unusedName(directory, NAME.format(at));
        Path partial = directory.resolve(name + ".partial");
        try {
            // The bookkeeping part holds password hashes and report recipients.
            OwnerOnlyFolders.create(directory);
            disk.requireRoomForBackup(directory, estimatedSize());
            OwnerOnlyFolders.create(partial);
            long start = System.nanoTime();
            gate.hold(properties.waitForWrites(), () -> {
                for (BackupPart part : parts) {
                    backUp(part, partial.resolve(part.name()));
                }
                return null;
            });
            Backup backup = new Backup(name, at, version, parts.stream()
                    .map(part -> described(part.name(), partial.resolve(part.name()))).toList());
            json.writerWithDefaultPrettyPrinter().writeValue(partial.resolve(MANIFEST).toFile(), backup);
            Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            log.info("Backup {} written in {} ms: {}", name, (System.nanoTime() - start) / 1_000_000, backup.parts());
            audit.record(user, "backup", name, "success", backup.summary());
            prune();
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
        return folders().stream().map(Listed::backup).toList();
    }

    /** A complete backup and the folder it was read from (its manifest's name is not trusted for deleting). */
    private record Listed(Path folder, Backup backup) {
    }

    private List<Listed> folders() {
        Path directory = properties.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(directory)) {
            return folders.filter(folder -> FOLDER.matcher(folder.getFileName().toString()).matches()
                            && Files.isRegularFile(folder.resolve(MANIFEST)))
                    .map(folder -> new Listed(folder, manifest(folder)))
                    .sorted(Comparator.comparing((Listed listed) -> listed.backup().createdAt())
                            .thenComparing(listed -> listed.folder().getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The second's name, numbered when a backup of that second exists already. */
    private static String unusedName(Path directory, String name) {
        String candidate = name;
        for (int n = 2; Files.exists(directory.resolve(candidate))
                || Files.exists(directory.resolve(candidate + ".partial")); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }

    /** About as large as the last backup; the first, as large as the stores on disk. */
    private long estimatedSize() throws IOException {
        List<Listed> all = folders();
        return size(all.isEmpty() ? disk.directory() : all.get(0).folder());
    }

    private static long size(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
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

    /**
     * A part's folder as the manifest describes it: each file's lines (counted in bytes, as a part's files need not
     * be text: the bookkeeping's is a zip) and SHA-256, both from one read of the file.
     */
    static Backup.Part described(String name, Path folder) {
        Map<String, Long> lines = new TreeMap<>();
        Map<String, String> sums = new TreeMap<>();
        byte[] buffer = new byte[64 * 1024];
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long newlines = 0;
                try (InputStream in = Files.newInputStream(file)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                        for (int i = 0; i < read; i++) {
                            newlines += buffer[i] == '\n' ? 1 : 0;
                        }
                    }
                }
                lines.put(file.getFileName().toString(), newlines);
                sums.put(file.getFileName().toString(), HexFormat.of().formatHex(digest.digest()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Backup.Part(name, lines, sums);
    }

    private void prune() {
        List<Listed> all = folders();
        for (Listed old : all.subList(Math.min(properties.keep(), all.size()), all.size())) {
            deleteQuietly(old.folder());
            log.info("Backup {} deleted (partnerkaart.backup.keep={})", old.folder(), properties.keep());
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
