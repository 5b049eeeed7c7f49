package nl.partnerkaart.model;

import java.util.Set;

/**
 * A property column of a kind.
 *
 * @param allowed for enumerations, the values allowed (for lists: each element); empty for free values
 */
public record Column(String name, ColumnType type, boolean required, Set<String> allowed) {

    static Column of(String name, ColumnType type) {
        return new Column(name, type, false, Set.of());
    }

    static Column required(String name, ColumnType type) {
        return new Column(name, type, true, Set.of());
    }

    static Column enumeration(String name, boolean list, Set<String> allowed) {
        return new Column(name, list ? ColumnType.STRING_LIST : ColumnType.STRING, false, allowed);
    }

    Column asRequired() {
        return new Column(name, type, true, allowed);
    }
}
