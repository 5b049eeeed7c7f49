package nl.partnerkaart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The example questions in the README answer what the README says they answer. The test reads the
 * README itself, so the two cannot drift apart.
 */
class ReadmeQuestionsTests extends ApplicationTest {

    private static final Pattern QUESTION = Pattern.compile(
            "```cypher\\n(.*?)```\\s*\\n\\s*Answer: `([^`]*)`", Pattern.DOTALL);

    record Question(String cypher, String answer) {
    }

    @Test
    void everyExampleQuestionGivesTheDocumentedAnswer() throws IOException {
        List<Question> questions = questions();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(10);
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            for (Question question : questions) {
                softly.assertThat(answer(question.cypher())).as(question.cypher()).isEqualTo(question.answer());
            }
        });
    }

    static List<Question> questions() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<Question> questions = new ArrayList<>();
        Matcher matcher = QUESTION.matcher(readme);
        while (matcher.find()) {
            questions.add(new Question(matcher.group(1).strip(), matcher.group(2)));
        }
        return questions;
    }

    /** One row, one column: the value; otherwise the first column of every row joined with ", ". */
    private String answer(String cypher) {
        try (var session = driver.session()) {
            List<Record> rows = session.executeRead(tx -> tx.run(cypher).list());
            return rows.stream().map(r -> format(r.get(0))).collect(Collectors.joining(", "));
        }
    }

    private static String format(Value value) {
        if (value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())) {
            return value.asList(ReadmeQuestionsTests::format).toString();
        }
        return value.isNull() ? "null" : value.asObject().toString();
    }
}
