package nl.partnerkaart.editing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item as a form shows it.
 *
 * @param fields its properties and reference columns (ids of the nodes it refers to), in the import layout's names
 */
record Item(String kind, String id, long version, Map<String, Object> fields) {

    static Item of(String kind, String id, Map<String, Object> stored) {
        Map<String, Object> fields = new LinkedHashMap<>(stored);
        Object version = fields.remove("version");
        return new Item(kind, id, version instanceof Number n ? n.longValue() : 0, fields);
    }
}
