package nl.partnerkaart.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The message files (static/i18n/nl.json and en.json) against the graph model, without Spring: a label for every
 * enumeration value, field, relationship type, node label and import kind, as js/lib/labels.js looks them up, so
 * that no code shows raw in either language.
 */
class LabelsTests {

    static Map<String, String> messages(String language) {
        try (InputStream in = LabelsTests.class.getResourceAsStream("/static/i18n/" + language + ".json")) {
            JsonNode json = JsonMapper.builder().build().readTree(in);
            Map<String, String> texts = new TreeMap<>();
            json.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asString()));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every column of every kind, node and relationship kinds alike. */
    static Stream<Column> columns() {
        return Kinds.ALL.stream().flatMap(k -> k instanceof NodeKind n ? n.columns().stream()
                : ((RelationshipKind) k).columns().stream());
    }

    /** The label keys of the model: what labels.js asks for. */
    static List<String> modelKeys() {
        List<String> keys = new ArrayList<>();
        columns().forEach(c -> c.allowed().forEach(code -> keys.add("value." + c.name() + "." + code)));
        Kinds.RELATIONSHIP_TYPES.forEach(type -> keys.add("rel." + type));
        Kinds.NODE_LABELS.forEach(label -> {
            keys.add("kind." + label);
            keys.add("label." + label);
        });
        Kinds.names().forEach(name -> keys.add("importKind." + name));
        return keys;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        assertThat(messages("en").keySet()).containsExactlyInAnyOrderElementsOf(messages("nl").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyEnumerationValueRelationshipTypeLabelAndKindHasALabel(String language) {
        Map<String, String> texts = messages(language);

        assertThat(modelKeys()).hasSizeGreaterThan(150)
                .allSatisfy(key -> assertThat(texts.get(key)).as(language + " " + key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyFieldHasALabelForTheFormOrTheDetails(String language) {
        Map<String, String> texts = messages(language);
        List<String> fields = new ArrayList<>(columns().map(Column::name).toList());
        Kinds.ALL.forEach(k -> {
            if (k instanceof NodeKind n) {
                n.references().forEach(r -> fields.add(r.column()));
            } else {
                fields.add(((RelationshipKind) k).fromColumn());
                fields.add(((RelationshipKind) k).toColumn());
            }
        });

        assertThat(fields).allSatisfy(field -> assertThat(texts.containsKey("field." + field)
                || texts.containsKey("prop." + field)).as(language + " field " + field).isTrue());
    }

    /** The test above walks the columns; this keeps an enumeration that no column uses yet from escaping it. */
    @Test
    void everyEnumerationOfTheModelIsTheValueSetOfAColumn() throws IllegalAccessException {
        Set<String> allowed = new HashSet<>();
        columns().forEach(c -> allowed.addAll(c.allowed()));
        for (Field field : Enumerations.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Set<?> values) {
                assertThat(allowed).as(field.getName()).containsAll(values.stream().map(String::valueOf).toList());
            }
        }
    }

    /** One tone: the Dutch texts say "u", never "je", "jij" or "jouw". */
    @Test
    void theDutchTextsAddressTheReaderAsU() {
        Pattern informal = Pattern.compile("(?iu)(?<![\\p{L}])(je|jij|jou|jouw)(?![\\p{L}])");

        assertThat(messages("nl")).allSatisfy((key, text) -> assertThat(informal.matcher(text).find())
                .as(key + ": " + text).isFalse());
    }
}
