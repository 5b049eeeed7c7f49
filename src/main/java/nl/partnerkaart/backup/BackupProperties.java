package nl.partnerkaart.backup;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups and restore.
 *
 * @param directory where backups are written, one folder each
 * @param cron when the scheduled backup runs (Dutch time); {@code -} turns it off
 * @param keep how many backups are kept; older ones are deleted after each new backup
 * @param waitForWrites how long a backup waits for changes under way (an import) before it gives up
 * @param restoreFrom a backup folder to restore at start-up into an empty installation
 * @param readTimeout how long the backup's one read of the graph may take (the database's own limit is for requests)
 */
@ConfigurationProperties("partnerkaart.backup")
public record BackupProperties(
        @DefaultValue("./backups") Path directory,
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("7") int keep,
        @DefaultValue("5m") Duration waitForWrites,
        Path restoreFrom,
        @DefaultValue("2h") Duration readTimeout) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("partnerkaart.backup.keep must be at least 1");
        }
    }
}
