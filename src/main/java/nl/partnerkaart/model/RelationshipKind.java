package nl.partnerkaart.model;

import java.util.ArrayList;
import java.util.List;

/** Relationships of one type with properties of their own, one row each: columns from, to, then the properties. */
public record RelationshipKind(String name, String type, String fromColumn, List<String> fromLabels, String toColumn,
                        List<String> toLabels, List<Column> columns) implements Kind {

    @Override
    public List<String> header() {
        List<String> header = new ArrayList<>(List.of(fromColumn, toColumn));
        columns.forEach(c -> header.add(c.name()));
        return header;
    }
}
