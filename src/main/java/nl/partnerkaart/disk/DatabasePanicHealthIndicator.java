package nl.partnerkaart.disk;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN when the embedded database has panicked, with the cause; part of the readiness group
 * ({@code management.endpoint.health.group.readiness.include}), so a load balancer stops sending traffic. The
 * free disk space and whether the application is read-only are shown as details: reads still work then, so the
 * application stays UP.
 */
@Component
class DatabasePanicHealthIndicator implements HealthIndicator {

    private final DatabasePanic panic;
    private final DiskGuard disk;

    DatabasePanicHealthIndicator(DatabasePanic panic, DiskGuard disk) {
        this.panic = panic;
        this.disk = disk;
    }

    @Override
    public Health health() {
        Health.Builder health = panic.cause()
                .map(cause -> Health.down().withDetail("cause", DatabasePanic.rootMessage(cause)))
                .orElseGet(Health::up);
        if (disk.active()) {
            health.withDetail("freeDiskSpaceMb", disk.freeSpace() / (1024 * 1024))
                    .withDetail("readOnly", disk.readOnly());
        }
        return health.build();
    }
}
