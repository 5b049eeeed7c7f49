package nl.partnerkaart.importer;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.model.NodeKind;
import nl.partnerkaart.model.Reference;
import nl.partnerkaart.model.RelationshipKind;

/** Validated, typed rows ready to write. */
final class ImportRows {

    private ImportRows() {
    }

    /**
     * Nodes of one kind.
     *
     * @param presentColumns the property columns the table has; a column it lacks is left as it is in the database
     * @param presentReferences the reference columns the table has
     */
    record Nodes(NodeKind kind, String file, List<String> presentColumns, List<Reference> presentReferences,
                 List<NodeRow> rows) {
    }

    /**
     * @param properties the values of the present columns; null removes the property
     * @param references target ids per reference column
     */
    record NodeRow(String id, Map<String, Object> properties, Map<String, List<String>> references) {
    }

    record Relationships(RelationshipKind kind, String file, List<RelationshipRow> rows) {
    }

    record RelationshipRow(String from, String fromLabel, String to, String toLabel, Map<String, Object> properties) {
    }
}
