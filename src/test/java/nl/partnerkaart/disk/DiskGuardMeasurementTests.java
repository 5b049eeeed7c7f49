package nl.partnerkaart.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import nl.partnerkaart.database.EmbeddedDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Whether the application is read-only is the answer of the last periodic measurement: a write request asks a flag,
 * it does not look up the file store (which reads the mount table) on every call.
 */
class DiskGuardMeasurementTests {

    @Test
    void readOnlyIsTheLastMeasurementNotAFreshOnePerRequest(@TempDir Path data) throws Exception {
        DiskGuard guard = guard(data, DataSize.ofBytes(1));
        try {
            assertThat(guard.readOnly()).as("measured at start: plenty free above a reserve of 1 byte").isFalse();

            guard.update(0);
            assertThat(guard.readOnly()).as("until the next measurement").isTrue();
            assertThat(guard.freeMegabytes()).isZero();
            assertThat(guard.readOnlyMessage().arguments()).as("the free megabytes it names").element(1).isEqualTo(0L);

            guard.update(Files.getFileStore(data).getUsableSpace());
            assertThat(guard.readOnly()).isFalse();
        } finally {
            guard.stop();
        }
    }

    @Test
    void theFirstMeasurementIsTakenAtStart(@TempDir Path data) throws Exception {
        long free = Files.getFileStore(data).getUsableSpace();
        DiskGuard guard = guard(data, DataSize.ofBytes(free + DataSize.ofGigabytes(1000).toBytes()));
        try {
            assertThat(guard.readOnly()).isTrue();
            assertThat(guard.freeMegabytes()).isPositive();
        } finally {
            guard.stop();
        }
    }

    private static DiskGuard guard(Path data, DataSize reserve) {
        EmbeddedDatabaseProperties database = new EmbeddedDatabaseProperties(data, "127.0.0.1:0", null,
                Duration.ofSeconds(120), DataSize.ofGigabytes(2), DataSize.ofMegabytes(256), DataSize.ofGigabytes(3),
                true);
        return new DiskGuard(database, new DiskProperties(reserve, 40, Duration.ofHours(1)), "");
    }
}
