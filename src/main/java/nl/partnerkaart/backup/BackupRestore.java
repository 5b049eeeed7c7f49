package nl.partnerkaart.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.partnerkaart.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * With {@code partnerkaart.backup.restore-from=<backup folder>}: restores every part at start-up, after the schema
 * migrations and before the data set would load or the first account is made, so the installation holds exactly
 * what was backed up. Only into an empty installation; anything else stops the start with a message that says why.
 */
@Component
class BackupRestore implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);

    private final BackupService backups;
    private final GraphBackup graph;
    private final BackupProperties properties;
    private final AuditLog audit;

    BackupRestore(BackupService backups, GraphBackup graph, BackupProperties properties, AuditLog audit) {
        this.backups = backups;
        this.graph = graph;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.restoreFrom() == null) {
            return;
        }
        Path folder = properties.restoreFrom().toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve(BackupService.MANIFEST))) {
            throw new IllegalStateException("partnerkaart.backup.restore-from=" + folder + " is not a backup folder "
                    + "(it has no " + BackupService.MANIFEST + ")");
        }
        for (BackupPart part : backups.parts()) {
            if (!Files.isDirectory(folder.resolve(part.name()))) {
                throw new IllegalStateException("The backup " + folder + " has no part '" + part.name()
                        + "'; nothing was restored");
            }
        }
        if (!graph.isEmpty()) {
            throw new IllegalStateException("Refusing to restore " + folder + ": this installation's database is not "
                    + "empty. Restore only into a fresh installation (an empty partnerkaart.embedded.data-directory, "
                    + "or an empty external database), and remove partnerkaart.backup.restore-from afterwards.");
        }
        Backup backup = backups.manifest(folder);
        log.warn("Restoring backup {} (written {} by Partnerkaart {})", backup.name(), backup.createdAt(),
                backup.version());
        for (BackupPart part : backups.parts()) {
            try {
                part.restoreFrom(folder.resolve(part.name()));
            } catch (IOException e) {
                throw new UncheckedIOException("Restoring part '" + part.name() + "' of " + folder + " failed", e);
            }
        }
        log.warn("Restored backup {}: {}", backup.name(), backup.parts());
        audit.record("system", "backup.restored", backup.name(), "success", backup.parts().toString());
    }
}
