package nl.partnerkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The server's message bundles side by side: every key in both languages with the same placeholders, every text a
 * valid MessageFormat that shows all its arguments (a lone quote would swallow them), and every message code that
 * the code names as a literal present in the bundles.
 */
class ServerMessageBundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyMessageExistsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties english = load("problems.properties");
        Properties dutch = load("problems_nl.properties");

        assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(dutch.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(dutch.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyMessageShowsAllItsArgumentsAndEveryQuote() throws IOException {
        for (String bundle : new String[] {"problems.properties", "problems_nl.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                Set<Integer> indexes = placeholders(pattern);
                int count = indexes.isEmpty() ? 0 : indexes.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                Object[] arguments = IntStream.range(0, count).mapToObj(i -> "<arg" + i + ">").toArray();
                String text = new MessageFormat(pattern, Locale.ROOT).format(arguments);
                indexes.forEach(i -> assertThat(text).as(bundle + " " + key).contains("<arg" + i + ">"));
                long quotes = text.chars().filter(c -> c == '\'').count();
                assertThat(quotes).as(bundle + " " + key + ": write a quote twice").isEqualTo(
                        pattern.split("''", -1).length - 1);
            }
        }
    }

    @Test
    void everyMessageCodeTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> keys = load("problems.properties").stringPropertyNames();
        // Message.of("code", ...), and the feature helpers that take a code: problem(..., "import.required").
        List<Pattern> uses = List.of(Pattern.compile("Message\\.of\\(\\s*\"([^\"]+[^.\"])\""),
                Pattern.compile("(?:InvalidItemException|InvalidImportException|ImportProblem\\.of|\\bproblem)\\("
                        + "[^;]*?\"([a-z]+\\.[A-Za-z.]*[A-Za-z])\""));
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                for (Pattern use : uses) {
                    Matcher matcher = use.matcher(text);
                    while (matcher.find()) {
                        found++;
                        if (!keys.contains(matcher.group(1))) {
                            missing.add(source.getFileName() + ": " + matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(found).as("codes found in the code").isGreaterThan(150);
        assertThat(missing).isEmpty();
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern.replace("'{}'", "").replace("'{'", "").replace("'}'", ""));
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
