package nl.partnerkaart.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The saved queries in {@code cypher/queries}: a header of Cypher comments above the query, title, description and
 * theme in Dutch and English ({@code // title-nl:}, {@code // title-en:}, {@code // description-nl:}, ...,
 * {@code // theme-en:}) and the parameters ({@code // param: name type example}). Read once at start; a file that
 * lacks one of the six texts stops the start, so a broken or half-translated file never ships unnoticed.
 */
@Component
class SavedQueryFiles {

    static final String LOCATION = "classpath*:cypher/queries/*.cypher";

    private final List<SavedQueryFile> queries;

    SavedQueryFiles() {
        this.queries = load();
    }

    List<SavedQueryFile> all() {
        return queries;
    }

    /** Theme → queries in a language, themes and queries in alphabetical order of their ids. */
    Map<String, List<SavedQueryFile.InLanguage>> byTheme(String language) {
        Map<String, List<SavedQueryFile.InLanguage>> themes = new TreeMap<>();
        queries.stream().map(q -> q.in(language))
                .forEach(q -> themes.computeIfAbsent(q.theme(), t -> new ArrayList<>()).add(q));
        return themes;
    }

    private static List<SavedQueryFile> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(resources).map(SavedQueryFiles::read)
                    .sorted(Comparator.comparing(SavedQueryFile::id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SavedQueryFile read(Resource resource) {
        String name = resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            return parse(name.substring(0, name.length() - ".cypher".length()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SavedQueryFile parse(String id, String text) {
        Header header = Header.read(id, text);
        Map<String, SavedQueryFile.Texts> texts = new LinkedHashMap<>();
        for (String language : SavedQueryFile.LANGUAGES) {
            texts.put(language, new SavedQueryFile.Texts(required(id, header.texts(), "title-" + language),
                    required(id, header.texts(), "description-" + language),
                    required(id, header.texts(), "theme-" + language)));
        }
        return new SavedQueryFile(id, Map.copyOf(texts), header.parameters(), header.query());
    }

    /** The parameters a header documents, for a Cypher file that needs no library texts (cypher/reports). */
    static List<SavedQueryFile.Parameter> parameters(String id, String text) {
        return Header.read(id, text).parameters();
    }

    /** The comment lines above a query: {@code key: text} (a repeated key continues the text), and the parameters. */
    private record Header(Map<String, String> texts, List<SavedQueryFile.Parameter> parameters, String query) {

        static Header read(String id, String text) {
            Map<String, String> texts = new LinkedHashMap<>();
            List<SavedQueryFile.Parameter> parameters = new ArrayList<>();
            List<String> lines = text.lines().toList();
            int body = 0;
            while (body < lines.size() && (lines.get(body).startsWith("//") || lines.get(body).isBlank())) {
                String line = lines.get(body).replaceFirst("^//\\s?", "");
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).matches("[a-z]+(-[a-z]{2})?")) {
                    String key = line.substring(0, colon);
                    String value = line.substring(colon + 1).strip();
                    if (key.equals("param")) {
                        parameters.add(parameter(id, value));
                    } else {
                        texts.merge(key, value, (x, y) -> x + " " + y);
                    }
                }
                body++;
            }
            return new Header(texts, List.copyOf(parameters),
                    String.join("\n", lines.subList(body, lines.size())).strip());
        }
    }

    private static String required(String id, Map<String, String> header, String key) {
        if (!header.containsKey(key)) {
            throw new IllegalStateException("cypher/queries/" + id + ".cypher has no '// " + key + ":' line");
        }
        return header.get(key);
    }

    private static SavedQueryFile.Parameter parameter(String id, String line) {
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 3) {
            throw new IllegalStateException("cypher/queries/" + id + ".cypher: '// param: " + line
                    + "' needs a name, a type and an example");
        }
        try {
            return SavedQueryFile.Parameter.of(parts[0], parts[1], parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cypher/queries/" + id + ".cypher: parameter " + parts[0] + ": "
                    + e.getMessage(), e);
        }
    }
}
