package nl.partnerkaart.backup;

import java.time.ZoneId;

import jakarta.annotation.PreDestroy;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/** Takes the scheduled backup ({@code partnerkaart.backup.cron}, Dutch time; {@code -} turns it off). */
@Component
class BackupSchedule {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    BackupSchedule(BackupService backups, BackupProperties properties) {
        scheduler.setThreadNamePrefix("backup-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        if (!"-".equals(properties.cron())) {
            scheduler.schedule(() -> backups.create("system"),
                    new CronTrigger(properties.cron(), ZoneId.of("Europe/Amsterdam")));
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }
}
