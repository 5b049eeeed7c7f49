package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.BrowserTest;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Editing in a real browser: a covenant's end date from the explorer's details panel, then its history tab. */
class EditingBrowserIT extends BrowserTest {

    static final String P = "T-EDBR-";

    @Autowired
    UserAccounts accounts;

    @AfterEach
    void removeTestData() {
        deleteNodesWithIdPrefix(P);
        try (var session = driver.session()) {
            session.run("MATCH (c:Change) WHERE c.itemId CONTAINS $p DELETE c", Map.of("p", P)).consume();
        }
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    @Test
    void aRegionLimitedEditorIsToldInTheirLanguageWhyAnItemOfAnotherRegionIsNotTheirs() {
        String editor = "edbr-vr16";
        if (!accounts.exists(editor)) {
            accounts.create(editor, TestAccounts.PASSWORD, List.of(Role.EDITOR), List.of("VR16"));
        }
        signIn(editor, TestAccounts.PASSWORD);
        waitFor(By.id("signed-in-as"));
        browser.get(url("/#/explore?node=P-VITENS"));
        waitFor(By.id("edit-item")).click();
        waitFor(By.id("edit-save")).click();

        // The server's refusal (403, code region.notOfRegions) in the language of the page (Accept-Language).
        waitForText(By.cssSelector("dialog .message.error"),
                "Uw account mag alleen items van VR16 wijzigen; P-VITENS hoort niet bij die regio's.");
        assertThat(browser.findElement(By.cssSelector("dialog .message.error")).getText()).doesNotContain("account may");
        assertThat(consoleErrors()).allSatisfy(error -> assertThat(error).contains("403"));
    }

    @Test
    void aCovenantsEndDateIsFixedFromTheExplorerAndShownInItsHistory() {
        assertThat(api().postJson("/api/items/covenants", Map.of("id", P + "COV", "name", "Browserconvenant Zuidkust",
                "status", "active", "validUntil", "2026-12-31")).status()).isEqualTo(201);
        signInAsAdmin();
        browser.get(url("/#/explore"));
        waitFor(By.id("explore-search")).sendKeys("Browserconvenant");
        waitForText(By.id("explore-suggestions"), "Browserconvenant Zuidkust");
        browser.findElement(By.id("explore-search")).sendKeys(Keys.ENTER);
        waitForText(By.cssSelector("#details h2"), "Browserconvenant Zuidkust");

        waitFor(By.id("edit-item")).click();
        WebElement validUntil = waitFor(By.id("edit-validUntil"));
        assertThat(validUntil.getAttribute("value")).isEqualTo("2026-12-31");
        setValue(validUntil, "2024-01-01");
        setValue(browser.findElement(By.id("edit-validFrom")), "2025-01-01");
        browser.findElement(By.id("edit-save")).click();
        waitForText(By.id("edit-validUntil-error"), "ligt vóór");
        assertThat(browser.findElement(By.id("edit-validUntil")).getAttribute("aria-invalid")).isEqualTo("true");
        // The refused save is the one error the browser logs: the 400 answer itself.
        assertThat(consoleErrors()).allMatch(error -> error.contains("status of 400"));

        setValue(browser.findElement(By.id("edit-validFrom")), "");
        setValue(browser.findElement(By.id("edit-validUntil")), "2027-06-30");
        browser.findElement(By.id("edit-comment")).sendKeys("verlengd tot medio 2027");
        browser.findElement(By.id("edit-save")).click();
        // Dates in words of the language, in the details panel and the history alike; fields by their labels.
        waitForText(By.cssSelector("#details table.properties"), "30 juni 2027");

        waitFor(By.id("item-history")).click();
        waitForText(By.cssSelector(".history-list"), "verlengd tot medio 2027");
        String history = browser.findElement(By.cssSelector(".history-list")).getText();
        assertThat(history).contains("Geldig tot en met", "31 december 2026", "30 juni 2027", "admin", "gewijzigd")
                .doesNotContain("validUntil", "2027-06-30");
        assertThat(single("MATCH (c:Covenant {id: '" + P + "COV'}) RETURN toString(c.validUntil)")).isEqualTo("2027-06-30");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void anEditorCreatesAnItemAndRestoresADeletedOneOnTheChangesScreen() {
        api().postJson("/api/items/partners", Map.of("id", P + "GONE", "name", "Verdwenen partner Katwijk",
                "category", "company", "serves", java.util.List.of("VR16")));
        api().send("DELETE", "/api/items/partners/" + P + "GONE", null, null, "If-Match", "1");
        signInAsAdmin();
        browser.get(url("/#/changes"));

        new org.openqa.selenium.support.ui.Select(waitFor(By.id("new-item-kind"))).selectByValue("networks");
        browser.findElement(By.cssSelector("#new-item button[type=submit]")).click();
        waitFor(By.id("edit-id")).sendKeys(P + "NET");
        browser.findElement(By.id("edit-name")).sendKeys("Browsernetwerk");
        browser.findElement(By.id("edit-name")).sendKeys(Keys.ENTER);
        waitForText(By.cssSelector("main .message"), P + "NET");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("history-action"))).selectByValue("delete");
        browser.findElement(By.cssSelector("#history-action ~ button[type=submit]")).click();
        waitForText(By.id("history-results"), P + "GONE");
        browser.findElements(By.cssSelector("#history-results tr")).stream()
                .filter(row -> row.getText().contains(P + "GONE")).findFirst().orElseThrow()
                .findElement(By.cssSelector("button.restore")).click();
        waitForText(By.cssSelector("main .message"), P + "GONE");

        assertThat(single("MATCH (:Partner {id: '" + P + "GONE'})-[:SERVES]->(r) RETURN r.id")).isEqualTo("VR16");
        assertThat(single("MATCH (n:Network {id: '" + P + "NET'}) RETURN n.origin")).isEqualTo("user");
        assertThat(consoleErrors()).isEmpty();
    }
}
