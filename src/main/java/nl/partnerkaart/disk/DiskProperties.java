package nl.partnerkaart.disk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the disk of the embedded database's data directory is guarded.
 *
 * @param readOnlyBelow below this much free space every write is refused (503) until space returns; it is the
 *        reserve Neo4j needs to finish what it writes (a transaction log file is 256 MB) and to restart
 * @param importSpaceFactor an import needs about this many times the size of its upload on disk (nodes,
 *        relationships, their change history, transaction logs), on top of {@code readOnlyBelow}
 * @param checkInterval how often the free space is measured, which decides whether writes are refused (an import
 *        or a backup measures for itself before it starts)
 */
@ConfigurationProperties("partnerkaart.disk")
public record DiskProperties(
        @DefaultValue("512MB") DataSize readOnlyBelow,
        @DefaultValue("40") int importSpaceFactor,
        @DefaultValue("10s") Duration checkInterval) {
}
