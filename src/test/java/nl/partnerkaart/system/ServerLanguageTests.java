package nl.partnerkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Server messages of every kind, asked for in Dutch and in English (Accept-Language, as the screens send it): each
 * comes in the language asked for, with the same stable code, and the Dutch text holds no English and the other way
 * round. Without the header the API answers in English, for scripts.
 */
class ServerLanguageTests extends ApplicationTest {

    /** Words that give a sentence away as English, or as Dutch; arguments (ids, Cypher) are left out first. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|must|not|cannot|your|you|would|only|between|required|invalid|exist|expected|sign|has)\\b");
    private static final Pattern DUTCH = Pattern.compile(
            "\\b(de|het|een|niet|moet|uw|tussen|verplicht|bestaat|verwacht|geen|meld|van|alleen)\\b");

    @Autowired
    UserAccounts accounts;

    /** One server message: how to provoke it, where its text is, and a phrase it holds in each language. */
    record Sample(String name, Function<String, Api.Response> call, String pointer, String english, String dutch) {
    }

    @AfterEach
    void removeTestNodes() {
        deleteNodesWithIdPrefix("T-SL-");
        deleteChangesOf("T-SL-");
    }

    @Test
    void everyKindOfServerMessageComesInTheLanguageAskedFor() {
        if (!accounts.exists("test-sl-regional")) {
            accounts.create("test-sl-regional", TestAccounts.PASSWORD, List.of(Role.EDITOR), List.of("VR16"));
        }
        Api regional = new Api(port, "test-sl-regional", TestAccounts.PASSWORD);
        Api viewer = TestAccounts.as(Role.VIEWER, accounts, port);
        api().postJson("/api/items/networks", Map.of("id", "T-SL-N1", "name", "Taalnetwerk"));
        long version = api().get("/api/items/networks/T-SL-N1").json().get("version").asLong();

        List<Sample> samples = List.of(
                new Sample("bad input (search)", lang -> admin(lang).get("/api/search?q=%20"), "/detail",
                        "Type 1 to 100 characters", "Typ 1 tot 100 tekens"),
                new Sample("bad input (cascade hours)",
                        lang -> admin(lang).get("/api/analysis/cascade?start=VP02&hours=-1"), "/detail",
                        "must be between 0 and 720", "moet tussen 0 en 720 liggen"),
                new Sample("type mismatch", lang -> admin(lang).get("/api/analysis/cascade?start=VP02&hours=soon"),
                        "/detail", "has an invalid value: soon", "heeft een ongeldige waarde: soon"),
                new Sample("missing parameter", lang -> admin(lang).get("/api/graph/path?from=VR16"), "/detail",
                        "Parameter 'to' is required", "Parameter 'to' is verplicht"),
                new Sample("not found", lang -> admin(lang).get("/api/graph/nodes/VR99"), "/detail",
                        "No node with id 'VR99'", "Er is geen knoop met id 'VR99'"),
                new Sample("forbidden (region-limited import)", lang -> regional.inLanguage(lang)
                        .postFiles("/api/import", "file", Map.of("networks.csv", utf8("id,name\nT-SL-N2,X\n"))),
                        "/detail", "accounts limited to some regions", "accounts die beperkt zijn tot enkele regio's"),
                new Sample("access denied", lang -> viewer.inLanguage(lang).postJson("/api/users",
                        Map.of("username", "x")), "/detail", "Your account has no right",
                        "Uw account heeft geen recht"),
                new Sample("not signed in", lang -> anonymous().inLanguage(lang).get("/api/search?q=x"),
                        "/detail", "Sign in first", "Meld u eerst aan"),
                new Sample("bean validation", lang -> admin(lang).postJson("/api/users", Map.of("username", "?",
                        "password", "long-enough-password", "roles", List.of("VIEWER"))), "/errors/0/message",
                        "3 to 40 letters", "3 tot 40 letters"),
                new Sample("import row", lang -> admin(lang).postFiles("/api/import", "file", Map.of("partners.csv",
                        utf8("id,name,category,serves\nT-SL-P1,Partner,company,VR77\n"))), "/problems/0/message",
                        "'VR77' does not exist (expected an id of: Safety region)",
                        "'VR77' bestaat niet (verwacht een id van: Veiligheidsregio)"),
                new Sample("workbench refusal", lang -> admin(lang).postJson("/api/cypher",
                        Map.of("query", "CREATE (n:Hacked) RETURN n")), "/detail",
                        "The workbench only reads: this query would create nodes or relationships.",
                        "De werkbank leest alleen: deze query zou knopen of relaties aanmaken."),
                new Sample("version conflict", lang -> admin(lang).putJson("/api/items/networks/T-SL-N1",
                        Map.of("name", "Ander", "version", version + 5)), "/detail",
                        "after you opened it (your version", "nadat u het opende (uw versie"),
                new Sample("unreadable body (Spring's own)",
                        lang -> admin(lang).send("POST", "/api/cypher", "application/json", "{not json"), "/detail",
                        "The request body cannot be read", "De inhoud van het verzoek is niet te lezen"));

        for (Sample sample : samples) {
            JsonNode english = problem(sample, "en");
            JsonNode dutch = problem(sample, "nl-NL,nl;q=0.9,en;q=0.8");
            String englishText = english.at(sample.pointer()).asString();
            String dutchText = dutch.at(sample.pointer()).asString();

            assertThat(englishText).as(sample.name()).contains(sample.english());
            assertThat(dutchText).as(sample.name()).contains(sample.dutch());
            assertThat(words(dutchText)).as(sample.name() + " in Dutch: " + dutchText)
                    .doesNotContainPattern(ENGLISH);
            assertThat(words(englishText)).as(sample.name() + " in English: " + englishText)
                    .doesNotContainPattern(DUTCH);
            if (english.has("status")) {
                assertThat(dutch.get("code").asString()).as(sample.name()).isNotBlank()
                        .isEqualTo(english.get("code").asString());
                assertThat(dutch.get("title").asString()).as(sample.name())
                        .isNotEqualTo(english.get("title").asString());
            }
        }
    }

    @Test
    void aSyntaxErrorKeepsTheDatabasesWordsInsideASentenceOfTheLanguage() {
        JsonNode dutch = api().inLanguage("nl").postJson("/api/cypher", Map.of("query", "MATCH (n)\nRETRUN n")).json();

        assertThat(dutch.get("code").asString()).isEqualTo("cypher.syntax");
        assertThat(dutch.get("title").asString()).isEqualTo("Query geweigerd");
        assertThat(dutch.get("detail").asString()).startsWith("Syntaxfout (melding van Neo4j): ").contains("RETRUN");
    }

    @Test
    void withoutAcceptLanguageOrInAnotherLanguageTheApiAnswersInEnglish() {
        for (Api caller : List.of(api(), api().inLanguage("de-DE,fr;q=0.8"))) {
            JsonNode problem = caller.get("/api/graph/nodes/VR99").json();
            assertThat(problem.get("detail").asString()).isEqualTo("No node with id 'VR99'");
            assertThat(problem.get("title").asString()).isEqualTo("Not found");
            assertThat(problem.get("code").asString()).isEqualTo("node.notFound");
            assertThat(problem.at("/arguments/0").asString()).isEqualTo("VR99");
        }
    }

    private Api admin(String language) {
        return api().inLanguage(language);
    }

    private static JsonNode problem(Sample sample, String language) {
        Api.Response response = sample.call().apply(language);
        assertThat(response.status()).as(sample.name() + ": " + response.body()).isGreaterThanOrEqualTo(400);
        return response.json();
    }

    /** The text without the sample's arguments (ids, Cypher keywords), which are neither language. */
    private static String words(String text) {
        return text.replaceAll("'[^']*'", "''").replaceAll("\\b[A-Z][A-Z0-9_-]+\\b", "");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
