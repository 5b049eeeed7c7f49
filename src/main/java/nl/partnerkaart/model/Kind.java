package nl.partnerkaart.model;

import java.util.List;
import java.util.Optional;

/** A table of the import layout: either nodes of one label, or relationships of one type. */
public sealed interface Kind permits NodeKind, RelationshipKind {

    /** File name without extension, sheet name. */
    String name();

    List<Column> columns();

    default Optional<Column> column(String name) {
        return columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    List<String> header();
}
