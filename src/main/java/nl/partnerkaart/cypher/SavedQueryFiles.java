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
 * The saved queries in {@code cypher/queries}: a header of Cypher comments ({@code // title:},
 * {@code // description:}, {@code // theme:}, {@code // param: name type example}) above the query. Read
 * once at start; a file without title or theme stops the start, so a broken file never ships unnoticed.
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

    /** Theme → queries, themes and queries in alphabetical order. */
    Map<String, List<SavedQueryFile>> byTheme() {
        Map<String, List<SavedQueryFile>> themes = new TreeMap<>();
        queries.forEach(q -> themes.computeIfAbsent(q.theme(), t -> new ArrayList<>()).add(q));
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
        Map<String, String> header = new LinkedHashMap<>();
        List<SavedQueryFile.Parameter> parameters = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int body = 0;
        while (body < lines.size() && (lines.get(body).startsWith("//") || lines.get(body).isBlank())) {
            String line = lines.get(body).replaceFirst("^//\\s?", "");
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).matches("[a-z]+")) {
                String key = line.substring(0, colon);
                String value = line.substring(colon + 1).strip();
                if (key.equals("param")) {
                    parameters.add(parameter(id, value));
                } else {
                    header.merge(key, value, (a, b) -> a + " " + b);
                }
            }
            body++;
        }
        for (String required : List.of("title", "description", "theme")) {
            if (!header.containsKey(required)) {
                throw new IllegalStateException("cypher/queries/" + id + ".cypher has no '// " + required + ":' line");
            }
        }
        String query = String.join("\n", lines.subList(body, lines.size())).strip();
        return new SavedQueryFile(id, header.get("title"), header.get("description"), header.get("theme"),
                List.copyOf(parameters), query);
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
