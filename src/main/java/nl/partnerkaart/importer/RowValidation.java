package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Transaction;

/**
 * Validates one item exactly as an import row of its kind is validated (types, required columns,
 * enumerations, date order, references that must exist and have the right label), inside the caller's
 * transaction, so a form save and an import follow the same rules.
 */
public final class RowValidation {

    /**
     * @param properties typed values of every column (null removes the property)
     * @param references target ids per reference column
     * @param labels the label of every id the row names
     * @param problems what is wrong; {@code column} names the field at fault
     */
    public record CheckedNode(Map<String, Object> properties, Map<String, List<String>> references,
                              Map<String, String> labels, List<ImportProblem> problems) {
    }

    public record CheckedRelationship(String fromLabel, String toLabel, Map<String, Object> properties,
                                      List<ImportProblem> problems) {
    }

    private RowValidation() {
    }

    /** @param cells the text of every column and reference column, in the import's notation (lists joined by |) */
    public static CheckedNode node(Transaction tx, String kind, Map<String, String> cells, String defaultOrigin) {
        ImportValidator.Result result = validate(tx, kind, cells, defaultOrigin);
        if (result.nodes().isEmpty() || result.nodes().get(0).rows().isEmpty()) {
            return new CheckedNode(Map.of(), Map.of(), result.labels(), result.problems());
        }
        ImportRows.NodeRow row = result.nodes().get(0).rows().get(0);
        return new CheckedNode(row.properties(), row.references(), result.labels(), result.problems());
    }

    public static CheckedRelationship relationship(Transaction tx, String kind, Map<String, String> cells,
                                                   String defaultOrigin) {
        ImportValidator.Result result = validate(tx, kind, cells, defaultOrigin);
        if (result.relationships().isEmpty() || result.relationships().get(0).rows().isEmpty()) {
            return new CheckedRelationship(null, null, Map.of(), result.problems());
        }
        ImportRows.RelationshipRow row = result.relationships().get(0).rows().get(0);
        return new CheckedRelationship(row.fromLabel(), row.toLabel(), row.properties(), result.problems());
    }

    private static ImportValidator.Result validate(Transaction tx, String kind, Map<String, String> cells,
                                                   String defaultOrigin) {
        RawTable table = new RawTable(kind, null, kind, new ArrayList<>(cells.keySet()), List.of(new RawTable.Row(1, cells)));
        return new ImportValidator(new ExistingGraph(() -> tx), defaultOrigin).validate(List.of(table));
    }
}
