package nl.partnerkaart.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where one import spends its time, by step, logged when it ends: the split that tells which step to make
 * faster. Steps may be entered more than once (the history is flushed between batches); their times add up.
 */
final class ImportTimings {

    enum Step {
        VALIDATION("validation"), READING("reading the graph"), NODES("nodes"), RELATIONSHIPS("relationships"),
        HISTORY("change history"), COMMIT("commit");

        private final String text;

        Step(String text) {
            this.text = text;
        }
    }

    private final Map<Step, Long> nanos = new LinkedHashMap<>();

    <T> T time(Step step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(step, System.nanoTime() - start, Long::sum);
        }
    }

    void time(Step step, Runnable work) {
        time(step, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public String toString() {
        return nanos.entrySet().stream().map(e -> "%s %.1f s".formatted(e.getKey().text, e.getValue() / 1e9))
                .collect(Collectors.joining(", "));
    }
}
