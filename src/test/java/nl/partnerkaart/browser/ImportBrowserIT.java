package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The import page in a real browser: a dry run with the full report, then the import; problems as a table. */
class ImportBrowserIT extends BrowserTest {

    @AfterEach
    void removeTestNodes() {
        deleteNodesWithIdPrefix("T-UI");
        deleteChangesOf("T-UI");
    }

    /** A dry run is a background job; on a busy machine it may take longer than the usual ten seconds. */
    private void waitForReport(String text) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(90)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("#import-report tbody"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no report; the page says: " + browser.findElement(By.id("main")).getText()
                    + " console: " + consoleErrors(), e);
        }
    }

    private static Path file(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("import-ui-").resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aDryRunShowsWhatWouldChangeAndImportThenWritesIt() throws IOException {
        Path partners = file("partners.csv", "id;name;category;serves\nT-UI-1;Partner via de importpagina;company;VR16\n");
        signInAsAdmin();
        browser.findElement(By.cssSelector("nav [data-screen=transfer]")).click();
        waitFor(By.id("import-file")).sendKeys(partners.toString());
        browser.findElement(By.id("import-dry-run")).click();

        waitForReport("partners");
        assertThat(browser.findElement(By.cssSelector("#import-report tbody tr")).getText()).contains("partners.csv 1 1 0 0");
        assertThat(single("MATCH (p:Partner {id: 'T-UI-1'}) RETURN count(p)")).isEqualTo(0L);

        browser.findElement(By.id("import-comment")).sendKeys("via de browsertest");
        waitFor(By.cssSelector("#import-apply:enabled")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(90)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main .message"), "Geïmporteerd"));
        assertThat(single("MATCH (p:Partner {id: 'T-UI-1'}) RETURN p.name")).isEqualTo("Partner via de importpagina");
        assertThat(single("MATCH (c:Change {itemId: 'T-UI-1'}) RETURN c.comment")).isEqualTo("via de browsertest");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void problemsAreListedWithFileLineAndColumnAndHostileTextStaysText() throws IOException {
        Path partners = file("partners.csv", "id,name,category\nT-UI-2,<img src=x onerror=alert(1)>,bakery\n");
        signInAsAdmin();
        browser.get(url("/#/transfer"));
        waitFor(By.id("import-file")).sendKeys(partners.toString());
        browser.findElement(By.id("import-dry-run")).click();

        waitForReport("bakery");
        assertThat(browser.findElement(By.cssSelector("#import-report tbody tr")).getText())
                .contains("partners.csv").contains("2").contains("category");
        assertThat(browser.findElement(By.id("import-apply")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("export-link")).getAttribute("href")).contains("/api/export?format=xlsx");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aFileNotNamedAfterItsKindIsImportedAsTheKindChosen() throws IOException {
        Path partners = file("leveranciers-2026.csv", "id;name;category\nT-UI-3;Leverancier via de keuze;company\n");
        signInAsAdmin();
        browser.get(url("/#/transfer"));
        waitFor(By.id("import-file")).sendKeys(partners.toString());
        org.openqa.selenium.support.ui.Select kind = new org.openqa.selenium.support.ui.Select(
                browser.findElement(By.id("import-kind")));
        assertThat(kind.getFirstSelectedOption().getText()).isEqualTo("volgens de bestandsnaam");
        kind.selectByValue("partners");
        assertThat(kind.getFirstSelectedOption().getText()).isEqualTo("Partners (partners.csv)");
        browser.findElement(By.id("import-dry-run")).click();

        waitForReport("leveranciers-2026.csv");
        assertThat(browser.findElement(By.cssSelector("#import-report tbody tr")).getText())
                .contains("Partners leveranciers-2026.csv 1 1 0 0");
        waitFor(By.cssSelector("#import-apply:enabled")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(90)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main .message"), "Geïmporteerd"));
        assertThat(single("MATCH (p:Partner {id: 'T-UI-3'}) RETURN p.name")).isEqualTo("Leverancier via de keuze");
        assertThat(consoleErrors()).isEmpty();
    }
}
