package nl.partnerkaart.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

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
    private final BackupProperties properties;
    private final AuditLog audit;

    BackupRestore(BackupService backups, BackupProperties properties, AuditLog audit) {
        this.backups = backups;
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
        for (BackupPart part : backups.parts()) {
            if (!part.isEmpty()) {
                throw new IllegalStateException("Refusing to restore " + folder + ": this installation's "
                        + part.name() + " store is not empty. Restore only into a fresh installation (an empty "
                        + "partnerkaart.embedded.data-directory and partnerkaart.bookkeeping.directory, or an empty "
                        + "external database), and remove partnerkaart.backup.restore-from afterwards.");
            }
        }
        Backup backup = backups.manifest(folder);
        for (BackupPart part : backups.parts()) {
            // A changed or added file could carry anything into the stores: only the files the backup wrote are read.
            Map<String, String> sums = backup.parts().stream().filter(written -> written.name().equals(part.name()))
                    .findFirst().map(Backup.Part::sha256).orElse(null);
            if (sums == null
                    || !sums.equals(BackupService.described(part.name(), folder.resolve(part.name())).sha256())) {
                throw new IllegalStateException("Refusing to restore " + folder + ": the files of part '"
                        + part.name() + "' do not match the SHA-256 sums in its " + BackupService.MANIFEST
                        + "; nothing was restored");
            }
        }
        log.warn("Restoring backup {} (written {} by Partnerkaart {})", backup.name(), backup.createdAt(),
                backup.version());
        // The graph last: the other parts check their contents before they write, so a refused one leaves the
        // installation empty for another try.
        for (BackupPart part : backups.parts().stream()
                .sorted(Comparator.comparing((BackupPart part) -> part instanceof GraphBackup)).toList()) {
            try {
                part.restoreFrom(folder.resolve(part.name()));
            } catch (IOException e) {
                throw new UncheckedIOException("Restoring part '" + part.name() + "' of " + folder + " failed", e);
            }
        }
        log.warn("Restored backup {}: {}", backup.name(), backup.parts());
        audit.record("system", "backup.restored", backup.name(), "success", backup.summary());
    }
}
