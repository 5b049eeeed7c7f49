package nl.partnerkaart.cypher;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Query texts whose {@code EXPLAIN} passed the plan check, so running the same text again skips the extra round
 * trip. Only the text decides what a plan may do: parameter values cannot turn a read into a write, call another
 * procedure or add an operator outside the allow-list. The least recently used text goes first when full.
 */
final class CheckedQueries {

    private static final int CAPACITY = 1000;

    private final Set<String> texts = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > CAPACITY;
                }
            }));

    boolean passed(String query) {
        return texts.contains(query);
    }

    void add(String query) {
        texts.add(query);
    }
}
