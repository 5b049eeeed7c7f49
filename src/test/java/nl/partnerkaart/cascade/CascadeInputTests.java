package nl.partnerkaart.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;

/** Bad questions get a 400 problem that names the parameter; anonymous callers get 401. */
class CascadeInputTests extends ApplicationTest {

    @Test
    void startsMustBeGivenExistAndBeProcessesOrAssets() {
        assertProblem("/api/analysis/cascade", "start", "at least one start");
        assertProblem("/api/analysis/cascade?start=", "start", "at least one start");
        assertProblem("/api/analysis/cascade?start=VP02&start=%20", "start", "empty");
        assertProblem("/api/analysis/cascade?start=VP99", "start", "No vital process or asset has id 'VP99'");
        assertProblem("/api/analysis/cascade?start=VR16", "start", "'VR16' is a Safety region");
        String many = IntStream.rangeClosed(1, 21).mapToObj(i -> "start=VP" + i).collect(Collectors.joining("&"));
        assertProblem("/api/analysis/cascade?" + many, "start", "At most 20 starts");
    }

    @Test
    void hoursMustBeBetweenZeroAndAMonth() {
        assertProblem("/api/analysis/cascade?start=VP02&hours=-1", "hours", "between 0 and 720");
        assertProblem("/api/analysis/cascade?start=VP02&hours=721", "hours", "between 0 and 720");
        assertProblem("/api/analysis/cascade?start=VP02&hours=NaN", "hours", "between 0 and 720");
        assertProblem("/api/analysis/cascade?start=VP02&hours=soon", "hours", "invalid value");
        assertThat(api().get("/api/analysis/cascade?start=VP02&hours=720").status()).isEqualTo(200);
    }

    @Test
    void ignoredDependenciesMustBeWellFormedAndExist() {
        assertProblem("/api/analysis/cascade?start=VP02&ignore=VP10-VP02", "ignore", "source|DEPENDS_ON|target");
        assertProblem("/api/analysis/cascade?start=VP02&ignore=VP10%7CSUPPORTS%7CVP02", "ignore", "source|DEPENDS_ON|target");
        assertProblem("/api/analysis/cascade?start=VP02&ignore=VP10%7CDEPENDS_ON%7CVP03", "ignore",
                "no dependency 'VP10|DEPENDS_ON|VP03'");
        assertProblem("/api/analysis/cascade?start=VP02&asOf=yesterday", "asOf", "invalid value");
    }

    @Test
    void anonymousCallersMustSignIn() {
        Api.Response response = anonymous().get("/api/analysis/cascade?start=VP02");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private void assertProblem(String path, String field, String detail) {
        Api.Response response = api().get(path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("detail").asString()).contains(detail);
    }
}
