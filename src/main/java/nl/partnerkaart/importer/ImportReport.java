package nl.partnerkaart.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import did, or (dry run) would do.
 *
 * @param applied whether the changes were committed (false for a dry run and for an import with problems)
 * @param batch the {@code batch} of the Change nodes this import wrote; null when it recorded no history
 * @param held rows a reference update left alone because people changed their items (always empty otherwise)
 */
public record ImportReport(boolean applied, List<KindCounts> kinds, long relationshipsCreated,
                           long relationshipsDeleted, List<ImportProblem> problems, String batch,
                           List<HeldRow> held) {

    static ImportReport refused(List<ImportProblem> problems) {
        return new ImportReport(false, List.of(), 0, 0, problems, null, List.of());
    }

    /** Rows of one kind, and how many would create, change or leave a node or relationship as it is. */
    /** The counts as the audit trail reads them: "partners: 3 new, 2 changed, 40 unchanged; ...". */
    public String summary() {
        return kinds.stream().map(k -> k.kind() + ": " + k.created() + " new, " + k.updated() + " changed, "
                + k.unchanged() + " unchanged").collect(Collectors.joining("; "));
    }

    public record KindCounts(String kind, String file, int rows, int created, int updated, int unchanged) {
    }

    public boolean changesAnything() {
        return relationshipsCreated > 0 || relationshipsDeleted > 0
                || kinds.stream().anyMatch(k -> k.created() > 0 || k.updated() > 0);
    }
}
