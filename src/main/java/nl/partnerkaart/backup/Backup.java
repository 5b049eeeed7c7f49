package nl.partnerkaart.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
}
