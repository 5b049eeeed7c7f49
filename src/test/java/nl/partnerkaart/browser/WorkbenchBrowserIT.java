package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Cypher workbench in a real browser: completion, parameters, Ctrl+Enter, table and graph, export, library. */
class WorkbenchBrowserIT extends BrowserTest {

    private WebElement openWorkbench() {
        signInAsAdmin();
        browser.findElement(By.cssSelector("nav [data-screen=workbench]")).click();
        waitFor(By.cssSelector("#workbench-editor .CodeMirror")).click();
        return browser.switchTo().activeElement();
    }

    private String editorText() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#workbench-editor .CodeMirror').CodeMirror.getValue()");
    }

    private void complete(WebElement editor) {
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
    }

    @Test
    void writeWithCompletionRunSwitchToGraphAndExport() {
        WebElement editor = openWorkbench();
        // Brackets close themselves; typing the closing one steps over it.
        editor.sendKeys("MATCH path = (r:SafetyR");
        complete(editor);
        editor.sendKeys(" {id: $region})<-[:SER");
        complete(editor);
        editor.sendKeys("]-(p:Partner) WHERE p.categ");
        complete(editor);
        editor.sendKeys(" <> 'police' RETURN path LIMIT 5");
        assertThat(editorText()).isEqualTo(
                "MATCH path = (r:SafetyRegion {id: $region})<-[:SERVES]-(p:Partner) WHERE p.category <> 'police' "
                        + "RETURN path LIMIT 5");

        // Ctrl+Enter runs from a parameter field too.
        waitFor(By.id("param-region")).sendKeys("VR16", Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitForText(By.id("workbench-summary"), "5 rijen");
        assertThat(browser.findElements(By.cssSelector("#workbench-table tbody tr"))).hasSize(5);
        assertThat(browser.findElement(By.cssSelector("#workbench-table tbody td")).getText()).startsWith("(VR16)<-[:SERVES]-(P-");

        browser.findElement(By.id("tab-graph")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Long) ((JavascriptExecutor) d).executeScript(
                "return document.getElementById('workbench-graph')._cyreg.cy.nodes().length") == 6L);
        assertThat(browser.findElement(By.id("open-in-explorer")).getAttribute("href"))
                .contains("#/explore?nodes=").contains("VR16");
        browser.findElement(By.id("tab-table")).click();
        assertThat(browser.findElement(By.id("workbench-table")).isDisplayed()).isTrue();

        browser.findElement(By.id("export-csv")).click();
        waitForText(By.cssSelector("main .message"), "cypher-result.csv gedownload");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theDoneWhenQuestionIsFoundInTheLibraryWithItsParametersFilledIn() {
        openWorkbench();
        browser.findElement(By.id("library-filter")).sendKeys("stroom");
        waitFor(By.cssSelector(".library-query[data-id=power-failure-partners-without-covenant]")).click();
        assertThat(waitFor(By.id("param-region")).getAttribute("value")).isEqualTo("VR16");
        assertThat(browser.findElement(By.id("param-incidentType")).getAttribute("value")).isEqualTo("4.1.30");

        browser.findElement(By.id("workbench-run")).click();
        waitForText(By.id("workbench-summary"), "49 rijen");
        assertThat(browser.findElement(By.cssSelector("#workbench-table thead")).getText()).contains("noActiveCovenant");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aWriteIsRefusedInPlainWordsAndAHistoryKeepsTheQuery() {
        WebElement editor = openWorkbench();
        editor.sendKeys("MATCH (n:Partner {id: 'P-VITENS'}) SET n.name = 'x' RETURN n");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitForText(By.cssSelector("main .message.error"), "De werkbank leest alleen");
        assertThat(browser.findElement(By.id("workbench-history")).getText()).contains("SET n.name");
        // The browser logs the refusal's 400 answer itself; nothing else may appear.
        assertThat(consoleErrors()).allMatch(error -> error.contains("/api/cypher - Failed to load resource")
                && error.contains("status of 400"));
    }
}
