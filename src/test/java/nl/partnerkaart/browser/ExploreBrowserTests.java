package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The explorer in a real browser: search, add, expand, undo, details; hostile names stay text. */
class ExploreBrowserTests extends BrowserTest {

    private long nodesInScene() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('graph')._cyreg.cy.nodes().length");
    }

    private void waitForNodes(java.util.function.LongPredicate condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.test(nodesInScene()));
    }

    @Test
    void searchAddExpandAndUndo() {
        signInAsAdmin();
        browser.findElement(By.cssSelector("nav [data-screen=explore]")).click();
        waitFor(By.id("explore-search")).sendKeys("vrhm");
        waitForText(By.id("explore-suggestions"), "Hollands Midden");
        assertThat(browser.findElement(By.cssSelector("#explore-suggestions .group-label")).getText())
                .isEqualToIgnoringCase("Veiligheidsregio's");
        assertThat(browser.findElement(By.cssSelector("#explore-suggestions .suggestion")).getAttribute("data-id"))
                .isEqualTo("VR16");

        browser.findElement(By.id("explore-search")).sendKeys(Keys.ENTER);
        waitForNodes(n -> n == 1);
        waitForText(By.cssSelector("#details h2"), "Hollands Midden");

        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('graph')._cyreg.cy.getElementById('VR16').emit('dbltap')");
        waitForNodes(n -> n > 20);
        waitForText(By.cssSelector("main .message"), "Niet alle buren passen");

        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        waitForNodes(n -> n == 1);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void howADrinkingWaterCompanyIsConnectedToARegionItDoesNotServe() {
        signInAsAdmin();
        browser.get(url("/#/explore"));
        waitFor(By.id("explore-search")).sendKeys("vitens");
        waitForText(By.id("explore-suggestions"), "Vitens");
        browser.findElement(By.id("explore-search")).sendKeys(Keys.ENTER);
        waitForText(By.cssSelector("#details h2"), "Vitens");

        browser.findElement(By.id("find-path")).click();
        waitForText(By.cssSelector("main .message"), "Vitens");
        browser.findElement(By.id("explore-search")).sendKeys("hollands midden");
        waitForText(By.id("explore-suggestions"), "Hollands Midden");
        browser.findElement(By.cssSelector("#explore-suggestions .suggestion[data-id=VR16]")).click();

        waitForText(By.cssSelector("main .message"), "kortste verbinding");
        waitForNodes(n -> n > 2);
        assertThat((Long) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('graph')._cyreg.cy.$('.on-path[id = \"VR16\"]').length")).isEqualTo(1L);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aHostileNameInTheDataIsShownAsText() {
        try (var session = driver.session()) {
            session.run("CREATE (:Partner {id: 'T-XSS', name: '<img src=x onerror=alert(1)>', category: 'other', "
                    + "origin: 'user'})").consume();
        }
        try {
            signInAsAdmin();
            browser.get(url("/#/explore"));
            waitFor(By.id("explore-search")).sendKeys("onerror");
            waitForText(By.id("explore-suggestions"), "<img src=x onerror=alert(1)>");
            browser.findElement(By.id("explore-search")).sendKeys(Keys.ENTER);
            waitForText(By.cssSelector("#details h2"), "<img src=x onerror=alert(1)>");
            assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
            assertThat(consoleErrors()).isEmpty();
        } finally {
            deleteNodesWithIdPrefix("T-XSS");
        }
    }
}
