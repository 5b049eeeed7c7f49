package nl.partnerkaart.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Nodes of one label. Every node kind has the columns {@code id}, {@code origin} and the reference column
 * {@code source}, and (unless its name is derived) {@code name}.
 *
 * @param derivedName Cypher expression over {@code n} that names a node of this kind, or null when the name is a column
 */
public record NodeKind(String name, String label, List<Column> columns, List<Reference> references, String derivedName)
        implements Kind {

    @Override
    public List<String> header() {
        List<String> header = new ArrayList<>(columns.stream().map(Column::name).toList());
        references.forEach(r -> header.add(r.column()));
        return header;
    }

    public Stream<Reference> referencesIn(List<String> presentColumns) {
        return references.stream().filter(r -> presentColumns.contains(r.column()));
    }
}
