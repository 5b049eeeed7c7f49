package nl.partnerkaart.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The headers of the saved-query files, read without Spring: both languages, and a missing text stops the start. */
class SavedQueryFilesTests {

    static final String HEADER = """
            // title-nl: Partners die twee regio's delen
            // title-en: Partners two regions share
            // description-nl: De partners die beide regio's bedienen.
            // description-en: The partners that serve both regions.
            // theme-nl: Partners
            // theme-en: Partners
            // param: a string VR16
            MATCH (p:Partner) RETURN p
            """;

    @Test
    void aHeaderGivesTitleDescriptionAndThemeInDutchAndEnglish() {
        SavedQueryFile query = SavedQueryFiles.parse("shared", HEADER);

        assertThat(query.in("nl").title()).isEqualTo("Partners die twee regio's delen");
        assertThat(query.in("en").description()).isEqualTo("The partners that serve both regions.");
        assertThat(query.in("de").title()).as("an unknown language gets Dutch").isEqualTo("Partners die twee regio's delen");
        assertThat(query.parameters()).extracting(SavedQueryFile.Parameter::name).containsExactly("a");
        assertThat(query.query()).isEqualTo("MATCH (p:Partner) RETURN p");
    }

    @Test
    void aFileWithoutOneOfTheSixTextsIsRefused() {
        assertThatThrownBy(() -> SavedQueryFiles.parse("half", HEADER.replace("// description-en:", "// note:")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cypher/queries/half.cypher has no '// description-en:' line");
    }

    @Test
    void everyShippedQueryHasItsOwnDutchAndEnglishTexts() {
        List<SavedQueryFile> queries = new SavedQueryFiles().all();

        assertThat(queries).hasSizeGreaterThanOrEqualTo(15).allSatisfy(q -> {
            assertThat(q.in("nl").title()).as(q.id()).isNotBlank().isNotEqualTo(q.in("en").title());
            assertThat(q.in("nl").description()).as(q.id()).isNotEqualTo(q.in("en").description());
        });
        assertThat(new SavedQueryFiles().byTheme("nl")).containsKeys("Convenanten", "Vitale processen")
                .doesNotContainKey("Covenants");
    }

    @Test
    void theLanguageComesFromAcceptLanguageAndIsDutchOtherwise() {
        assertThat(SavedQueriesController.preferred("en-GB,en;q=0.9,nl;q=0.8")).isEqualTo("en");
        assertThat(SavedQueriesController.preferred("nl-NL")).isEqualTo("nl");
        assertThat(SavedQueriesController.preferred("de-DE")).isEqualTo("nl");
        assertThat(SavedQueriesController.preferred(null)).isEqualTo("nl");
        assertThat(SavedQueriesController.preferred("not a range;;")).isEqualTo("nl");
    }
}
