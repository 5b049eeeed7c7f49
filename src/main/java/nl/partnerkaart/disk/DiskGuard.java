package nl.partnerkaart.disk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import nl.partnerkaart.database.EmbeddedDatabaseProperties;
import nl.partnerkaart.system.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Watches the free space of the file store under the embedded database's data directory. Neo4j that runs out of
 * disk in the middle of a commit panics and refuses every transaction until it is restarted, so the application
 * stops writing well before that: below {@link DiskProperties#readOnlyBelow()} it is read-only (reads go on), and
 * large work such as an import or a backup is refused up front when it would not fit. Whether it is read-only is
 * measured at start and every {@link DiskProperties#checkInterval()}, not per request: finding the file store of a
 * path reads the mount table (about 0.1 ms), too much for every write; large work measures for itself. The log says
 * when the application turns read-only and when it is writable again. With an external database the disk is the
 * server's, and this guard stays out of the way.
 */
@Component
public class DiskGuard {

    private static final Logger log = LoggerFactory.getLogger(DiskGuard.class);
    private static final long MB = 1024 * 1024;

    private final Path directory;
    private final DiskProperties properties;
    private final boolean active;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "disk-guard");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean readOnly;
    /** The free space at the last periodic measurement, in bytes. */
    private volatile long free = Long.MAX_VALUE;

    DiskGuard(EmbeddedDatabaseProperties database, DiskProperties properties,
              @Value("${spring.neo4j.uri:}") String externalDatabase) {
        this.directory = database.dataDirectory().toAbsolutePath().normalize();
        this.properties = properties;
        this.active = !StringUtils.hasText(externalDatabase);
        if (active) {
            check();
            long interval = properties.checkInterval().toMillis();
            checks.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether writes are refused, because the free space was below the reserve at the last measurement. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The free space at the last measurement, in MB, as the refusals and health show it. */
    long freeMegabytes() {
        return free / MB;
    }

    /**
     * Refuses an import that would not fit: it needs about {@link DiskProperties#importSpaceFactor()} times its
     * upload, on top of the reserve.
     *
     * @throws DiskSpaceException when it would not fit
     */
    public void requireRoomForImport(long uploadBytes) {
        if (readOnly) {
            throw new DiskSpaceException(readOnlyMessage());
        }
        if (!active) {
            return;
        }
        long needed = uploadBytes * properties.importSpaceFactor();
        long free = freeSpace();
        long available = free - properties.readOnlyBelow().toBytes();
        if (needed > available) {
            throw new DiskSpaceException(Message.of("disk.importTooLarge", needed / MB, properties.importSpaceFactor(),
                    Math.max(1, uploadBytes / MB), free / MB, properties.readOnlyBelow().toMegabytes()));
        }
    }

    /**
     * Refuses a backup of about {@code bytes} into {@code folder} when that folder is on the database's disk and
     * the backup would take it below the reserve: a disk filled up by backups makes Neo4j panic like any other.
     *
     * @throws DiskSpaceException when it would not fit
     */
    public void requireRoomForBackup(Path folder, long bytes) {
        if (!active) {
            return;
        }
        try {
            if (!Files.getFileStore(existing(folder)).equals(Files.getFileStore(existing(directory)))) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find the disk of " + folder, e);
        }
        long free = freeSpace();
        if (free - bytes < properties.readOnlyBelow().toBytes()) {
            throw new DiskSpaceException(Message.of("disk.backupTooLarge", Math.max(1, bytes / MB), free / MB,
                    properties.readOnlyBelow().toMegabytes()));
        }
    }

    /** The data directory, whose size estimates a first backup's. */
    public Path directory() {
        return directory;
    }

    /** The free space now, in bytes, of the file store under the data directory. */
    public long freeSpace() {
        try {
            return Files.getFileStore(existing(directory)).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure the free disk space under " + directory, e);
        }
    }

    public boolean active() {
        return active;
    }

    private void check() {
        if (active) {
            try {
                update(freeSpace());
            } catch (UncheckedIOException e) {
                log.warn(e.getMessage(), e.getCause());
            }
        }
    }

    /** Turns read-only or back on this measurement, saying so once per turn. */
    void update(long free) {
        boolean low = free < properties.readOnlyBelow().toBytes();
        if (low && !readOnly) {
            log.error("Partnerkaart is read-only: the disk of the database ({}) has only {} MB free, below the reserve "
                    + "of {} MB (partnerkaart.disk.read-only-below)", directory, free / MB,
                    properties.readOnlyBelow().toMegabytes());
        } else if (!low && readOnly) {
            log.warn("The disk of the database has {} MB free again: Partnerkaart accepts changes again", free / MB);
        }
        readOnly = low;
        this.free = free;
    }

    /** Why changes are refused, with the free space of the last measurement. */
    Message readOnlyMessage() {
        return Message.of("disk.readOnly", directory.toString(), free / MB, properties.readOnlyBelow().toMegabytes());
    }

    private static Path existing(Path path) {
        Path p = path;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? path : p;
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }
}
