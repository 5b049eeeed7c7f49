package nl.partnerkaart.cypher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The example values of a Cypher file's {@code // param: name type example} lines: the parameters it documents and
 * runs with as-is, for tests and benchmarks that run the shipped files.
 */
public final class ExampleParameters {

    /** The workbench's limits as shipped, for code that converts parameters outside a running application. */
    static final CypherProperties DEFAULT_LIMITS = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("partnerkaart.cypher", CypherProperties.class);

    private ExampleParameters() {
    }

    /** As the {@code params} of a workbench request take them (dates as {@code {"type": "date", ...}}). */
    static Map<String, Object> json(SavedQueryFile query) {
        return examples(query.parameters());
    }

    /** As the driver takes them, for the file {@code <id>.cypher} with this text (its header, then its query). */
    public static Map<String, Object> of(String id, String text) {
        return new HashMap<>(CypherParameters.convert(examples(SavedQueryFiles.parameters(id, text)), DEFAULT_LIMITS));
    }

    private static Map<String, Object> examples(List<SavedQueryFile.Parameter> parameters) {
        Map<String, Object> params = new HashMap<>();
        parameters.forEach(p -> params.put(p.name(), p.exampleValue()));
        return params;
    }
}
