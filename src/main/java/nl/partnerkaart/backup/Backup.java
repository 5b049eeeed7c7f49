package nl.partnerkaart.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One backup as its manifest ({@code manifest.json} in its folder) describes it.
 *
 * @param name the folder's name
 * @param createdAt when the backup read the stores
 * @param version the Partnerkaart version that wrote it
 * @param parts every store's part, with the lines of each of its files
 */
public record Backup(String name, Instant createdAt, String version, List<Part> parts) {

    /**
     * @param files file name → number of lines (records)
     * @param sha256 file name → SHA-256 of its bytes (hex), checked before a restore reads anything
     */
    public record Part(String name, Map<String, Long> files, Map<String, String> sha256) {
    }

    /** The parts as the audit trail reads them: "graph: 12 lines in 2 files; bookkeeping: ...". */
    public String summary() {
        return parts.stream().map(p -> p.name() + ": " + p.files().values().stream().mapToLong(Long::longValue).sum()
                + " lines in " + p.files().size() + " files").collect(Collectors.joining("; "));
    }
}
