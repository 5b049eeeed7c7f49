package nl.partnerkaart.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One Change as the history shows it.
 *
 * @param differences the fields whose value differs between before and after (every field on create or delete)
 * @param restorable a delete of a node that nothing has changed since, so an editor can undo it
 */
public record ChangeEntry(String id, String at, String user, String action, String kind, String itemId,
                          Map<String, Object> before, Map<String, Object> after, String comment, String via,
                          String batch, List<Difference> differences, boolean restorable) {

    public record Difference(String field, Object before, Object after) {
    }

    /** Fields that differ; {@code version} is bookkeeping, not a change a person makes. */
    static List<Difference> differences(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> b = before == null ? Map.of() : before;
        Map<String, Object> a = after == null ? Map.of() : after;
        TreeSet<String> fields = new TreeSet<>(b.keySet());
        fields.addAll(a.keySet());
        fields.remove("version");
        List<Difference> differences = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(b.get(field), a.get(field))) {
                differences.add(new Difference(field, b.get(field), a.get(field)));
            }
        }
        return differences;
    }
}
