package nl.partnerkaart.cypher;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A saved query shipped as {@code cypher/queries/<id>.cypher}.
 *
 * @param texts language ({@code nl}, {@code en}) → title, description and theme in that language
 * @param query the Cypher text below the header, as it runs in Neo4j Browser
 */
record SavedQueryFile(String id, Map<String, Texts> texts, List<Parameter> parameters, String query) {

    /** The languages every header speaks; the first is the default. */
    static final List<String> LANGUAGES = List.of("nl", "en");

    /** What a person reads about a query in the library, in one language. */
    record Texts(String title, String description, String theme) {
    }

    /** The query as the workbench's library shows it in one language (the default for a language it does not know). */
    record InLanguage(String id, String title, String description, String theme, List<Parameter> parameters,
                      String query) {
    }

    InLanguage in(String language) {
        Texts shown = texts.getOrDefault(language, texts.get(LANGUAGES.get(0)));
        return new InLanguage(id, shown.title(), shown.description(), shown.theme(), parameters, query);
    }

    /** The parameter types a header may name. */
    static final List<String> TYPES = List.of("string", "integer", "float", "boolean", "date", "list<string>");

    /**
     * A {@code // param: name type example} line.
     *
     * @param example      the example as written in the file (lists separated by commas)
     * @param exampleValue the example as the {@code params} of a workbench request take it
     */
    record Parameter(String name, String type, String example, Object exampleValue) {

        static Parameter of(String name, String type, String example) {
            Object value = switch (type) {
                case "string" -> example;
                case "integer" -> Long.parseLong(example);
                case "float" -> Double.parseDouble(example);
                case "boolean" -> Boolean.parseBoolean(example);
                case "date" -> Map.of("type", "date", "value", example);
                case "list<string>" -> Arrays.stream(example.split(",")).map(String::strip).toList();
                default -> throw new IllegalArgumentException("unknown parameter type '" + type + "'; use one of "
                        + TYPES);
            };
            return new Parameter(name, type, example, value);
        }
    }
}
