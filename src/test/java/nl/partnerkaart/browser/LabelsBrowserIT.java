package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.BrowserTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Words, not codes, in a real browser: the details panel, the graph's edges and the edit form of sample items in
 * Dutch (and English after the switch), the edit form's picker and its confirmation after saving, and the saved-query
 * library in the UI's language.
 */
class LabelsBrowserIT extends BrowserTest {

    static final String P = "T-LBL-";

    @AfterEach
    void removeTestData() {
        deleteNodesWithIdPrefix(P);
        deleteChangesOf(P);
    }

    /** The machine is shared: the first explorer of a run may take longer than the usual ten seconds. */
    private void waitLong(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private String details() {
        return browser.findElement(By.id("details")).getText();
    }

    @Test
    void theDetailsPanelAndTheEditFormSayCodesInWordsOfTheLanguage() {
        assertThat(api().postJson("/api/items/covenants", Map.of("id", P + "COV", "name", "Labelconvenant Rijnland",
                "kind", "cooperation-agreement", "status", "draft", "phases", List.of("preparation", "response"),
                "validUntil", "2027-06-30")).status()).isEqualTo(201);
        signInAsAdmin();
        browser.get(url("/#/explore?node=" + P + "COV"));
        waitLong(By.cssSelector("#details h2"), "Labelconvenant Rijnland");

        waitForText(By.cssSelector("#details table.properties"), "samenwerkingsovereenkomst");
        assertThat(details()).contains("Convenant · " + P + "COV", "in voorbereiding", "preparatie, repressie",
                "30 juni 2027")
                .doesNotContain("cooperation-agreement", "draft", "preparation", "2027-06-30");

        waitFor(By.id("edit-item")).click();
        Select status = new Select(waitFor(By.id("edit-status")));
        assertThat(status.getFirstSelectedOption().getText()).isEqualTo("in voorbereiding");
        assertThat(status.getFirstSelectedOption().getAttribute("value")).isEqualTo("draft");
        assertThat(status.getOptions()).extracting(WebElement::getText).contains("actief", "verlopen")
                .doesNotContain("active", "expired");
        assertThat(new Select(browser.findElement(By.id("edit-kind"))).getFirstSelectedOption().getText())
                .isEqualTo("samenwerkingsovereenkomst");
        assertThat(browser.findElement(By.id("edit-phases")).getText()).contains("proactie", "nazorg")
                .doesNotContain("aftercare");
        assertThat(browser.findElement(By.id("edit-form")).getText()).contains("Geldig tot en met", "Fasen")
                .doesNotContain("validUntil");

        browser.findElement(By.cssSelector("dialog button[aria-label=Sluiten]")).click();
        browser.findElement(By.id("language-switch")).click();
        waitLong(By.cssSelector("#details table.properties"), "cooperation agreement");
        assertThat(details()).contains("Covenant · " + P + "COV", "preparation, response", "30 June 2027")
                .doesNotContain("samenwerkingsovereenkomst", "in voorbereiding");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void regionsServedArePickedByNameAndTheSaveIsConfirmed() {
        String haaglanden = (String) single("MATCH (r:SafetyRegion {id: 'VR15'}) RETURN r.name");
        assertThat(api().postJson("/api/items/partners", Map.of("id", P + "DW", "name", "Labelwaterbedrijf",
                "category", "drinking-water", "scope", "regional", "serves", List.of("VR16"))).status()).isEqualTo(201);
        signInAsAdmin();
        // The edge between the partner and its region is labelled in words, not by its type.
        browser.get(url("/#/explore?nodes=" + P + "DW,VR16"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> "bedient".equals(script(
                "const g = document.getElementById('graph'); if (!g || !g._cyreg) return null;"
                + " const e = g._cyreg.cy.edges('[type = \"SERVES\"]'); return e.length ? e[0].data('caption') : null")));

        browser.get(url("/#/explore?node=" + P + "DW"));
        waitLong(By.cssSelector("#details table.properties"), "drinkwaterbedrijf");
        assertThat(details()).contains("regionaal", "bedient →").doesNotContain("drinking-water", "SERVES");

        waitFor(By.id("edit-item")).click();
        // The region it serves by name, its id beside it; then a second one found by searching its name.
        waitForText(By.id("edit-serves-picked"), "Hollands Midden");
        assertThat(browser.findElement(By.id("edit-serves-picked")).getText()).contains("VR16");
        browser.findElement(By.id("edit-serves-search")).sendKeys(haaglanden);
        waitFor(By.cssSelector("#edit-serves-suggestions .suggestion[data-id=VR15]")).click();
        waitForText(By.id("edit-serves-picked"), haaglanden);
        browser.findElement(By.id("edit-save")).click();

        waitLong(By.id("announcer"), "Labelwaterbedrijf is opgeslagen.");
        assertThat(browser.findElement(By.id("announcer")).getAttribute("role")).isEqualTo("status");
        assertThat(browser.findElements(By.cssSelector("dialog[open]"))).isEmpty();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "edit-item".equals(script("return document.activeElement.id")));
        assertThat(single("MATCH (:Partner {id: '" + P + "DW'})-[:SERVES]->(r) RETURN collect(r.id)"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("VR15", "VR16");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theSavedQueryLibraryIsInTheLanguageOfTheScreen() {
        signInAsAdmin();
        browser.get(url("/#/workbench"));
        waitFor(By.id("library-filter")).sendKeys("aflopen");
        waitForText(By.cssSelector(".library-query[data-id=covenants-expiring]"), "Convenanten die binnenkort aflopen");
        assertThat(browser.findElement(By.cssSelector(".workbench-library")).getText()).contains("Convenanten (")
                .doesNotContain("Covenants expiring soon");

        browser.findElement(By.id("language-switch")).click();
        // The screen is drawn anew in English: wait for the new library before typing in its filter.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.attributeContains(
                By.cssSelector(".library-query[data-id=covenants-expiring]"), "textContent", "Covenants expiring soon"));
        waitFor(By.id("library-filter")).sendKeys("expiring");
        waitForText(By.cssSelector(".library-query[data-id=covenants-expiring]"), "Covenants expiring soon");
        assertThat(browser.findElement(By.cssSelector(".library-query[data-id=covenants-expiring] + .library-description"))
                .getText()).startsWith("Active covenants whose validity ends");
        assertThat(consoleErrors()).isEmpty();
    }
}
