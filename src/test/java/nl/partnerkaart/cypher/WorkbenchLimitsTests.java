package nl.partnerkaart.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What reaches the engine is bounded (text nesting, parameters) and so is what comes back (answer size). */
class WorkbenchLimitsTests extends ApplicationTest {

    @Test
    void bracketsNestedTooDeepAreRefusedWithWhereTheyGetTooDeep() {
        String query = "RETURN 1 AS one,\n  " + "[".repeat(200) + "1" + "]".repeat(200) + " AS deep";

        JsonNode problem = refused(Map.of("query", query), "too-deep");

        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asInt()).isEqualTo(3 + 40);
        assertThat(problem.get("detail").asString()).contains("more than 40 levels").contains("line 2, column 43");
    }

    @Test
    void parenthesesAndBracesCountAsNestingToo() {
        refused(Map.of("query", "RETURN " + "(".repeat(30) + "{a: [" + "{b: ".repeat(20) + "1" + "}".repeat(20)
                + "]}" + ")".repeat(30) + " AS x"), "too-deep");
    }

    @Test
    void bracketsInStringsCommentsAndQuotedNamesDoNotCount() {
        String many = "[".repeat(300);
        Api.Response response = api().postJson("/api/cypher", Map.of("query",
                "// " + many + "\nRETURN '" + many + "' AS `" + many + "` /* " + many + " */"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/rows/0/0").asString()).isEqualTo(many);
    }

    @Test
    void parametersNestedTooDeepAreRefusedWithThePath() {
        Object nested = 1;
        for (int i = 0; i < 41; i++) {
            nested = List.of(nested);
        }

        JsonNode problem = refused(Map.of("query", "RETURN $deep AS d", "params", Map.of("deep", Map.of("x", nested))),
                "parameter-too-deep");

        assertThat(problem.get("field").asString()).startsWith("params.deep.x[0][0]");
        assertThat(problem.get("detail").asString()).contains("more than 40 levels");
    }

    @Test
    void aParameterListTooLongIsRefused() {
        JsonNode problem = refused(Map.of("query", "RETURN size($ids) AS n",
                "params", Map.of("ids", java.util.Collections.nCopies(10_001, 1))), "parameter-too-long");

        assertThat(problem.get("field").asString()).isEqualTo("params.ids");
        assertThat(problem.get("detail").asString()).contains("10001 items").contains("at most 10000");
    }

    @Test
    void parametersHoldingTooMuchAreRefused() {
        String text = "x".repeat(300_000);

        JsonNode problem = refused(Map.of("query", "RETURN $a + $b + $c + $d AS x",
                "params", Map.of("a", text, "b", text, "c", text, "d", text)), "parameters-too-large");

        assertThat(problem.get("detail").asString()).contains("more than 1024 kB");
    }

    @Test
    void anAnswerIsCutAtTheSizeLimitAndSaysSo() {
        // 10,000 rows of 3 kB: 30 MB, over the 20 MB an answer may hold; the row cap alone would let it through.
        Api.Response response = api().postJson("/api/cypher", Map.of(
                "query", "UNWIND range(1, 10000) AS i RETURN i, $padding AS padding",
                "params", Map.of("padding", "p".repeat(3_000)), "rowCap", 10_000));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.get("truncated").asBoolean()).isTrue();
        assertThat(answer.get("truncatedBy").asString()).isEqualTo("answer-size");
        assertThat(answer.get("rowCount").asInt()).isBetween(6_000, 7_000);
        assertThat(response.bytes().length).isLessThan(22_000_000);
    }

    @Test
    void aCompleteAnswerSaysNothingWasCut() {
        JsonNode answer = api().postJson("/api/cypher", Map.of("query", "RETURN 1 AS one")).json();

        assertThat(answer.get("truncated").asBoolean()).isFalse();
        assertThat(answer.get("truncatedBy").isNull()).isTrue();
    }

    @Test
    void theRowCapStillSaysItCutTheAnswer() {
        JsonNode answer = api().postJson("/api/cypher", Map.of("query", "UNWIND range(1, 20) AS i RETURN i",
                "rowCap", 5)).json();

        assertThat(answer.get("rowCount").asInt()).isEqualTo(5);
        assertThat(answer.get("truncatedBy").asString()).isEqualTo("row-cap");
    }

    private JsonNode refused(Map<String, Object> request, String reason) {
        Api.Response response = api().postJson("/api/cypher", request);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("reason").asString()).isEqualTo(reason);
        return response.json();
    }
}
