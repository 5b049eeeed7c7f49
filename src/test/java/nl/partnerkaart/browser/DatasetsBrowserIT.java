package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import nl.partnerkaart.BrowserTest;
import nl.partnerkaart.OwnApplication;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two data sets and the verification status in a real browser: a public item's status and source dates in the
 * explorer, the administrator removing the example data, a viewer who cannot. Removing the examples would change
 * every other test's data, so this runs in an application of its own on a small graph built here; the removal
 * comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatasetsBrowserIT {

    private static final String GRAPH = """
            CREATE (r:SafetyRegion {id: 'T-DS-R1', name: 'Regio Referentie', origin: 'public', verification: 'verified'}),
                   (w:Partner {id: 'T-DS-P1', name: 'Drinkwaterbedrijf Referentie', category: 'drinking-water',
                               scope: 'regional', origin: 'public', verification: 'derived'}),
                   (s:Source {id: 'T-DS-S1', name: 'Jaarverslag drinkwater', publisher: 'Drinkwaterbedrijf Referentie',
                              publishedOn: date('2025-03-12'), accessedOn: date('2026-11-02'), origin: 'public'}),
                   (x:Partner {id: 'T-DS-X1', name: 'Drinkwaterbedrijf Voorbeeld', category: 'drinking-water',
                               scope: 'regional', origin: 'illustrative'}),
                   (c:Covenant {id: 'T-DS-XC1', name: 'Voorbeeldconvenant drinkwater', status: 'active',
                                origin: 'illustrative'}),
                   (w)-[:SERVES {origin: 'public', verification: 'derived', partial: false}]->(r),
                   (s)-[:MENTIONS]->(w), (s)-[:MENTIONS]->(r),
                   (x)-[:SERVES {origin: 'illustrative', partial: false}]->(r),
                   (r)-[:PARTY_TO {origin: 'illustrative'}]->(c), (x)-[:PARTY_TO {origin: 'illustrative'}]->(c)
            """;

    private static OwnApplication app;
    private static WebDriver browser;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        app = OwnApplication.withGraph(GRAPH);
        port = app.port();
        TestAccounts.as(Role.VIEWER, app.bean(UserAccounts.class), port);
        browser = BrowserTest.headlessChromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @BeforeEach
    void freshSession() {
        browser.get(url("/login.html"));
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
    }

    @Test
    @Order(1)
    void theDetailsPanelSaysHowSureAPublicItemIsAndWhenItsSourceWasRead() {
        signIn("admin", TestApplications.ADMIN_PASSWORD);
        waitFor(By.cssSelector(".kind-cards"));
        browser.findElement(By.cssSelector("nav [data-screen=explore]")).click();
        waitFor(By.id("explore-search")).sendKeys("Referentie");
        By suggestion = By.cssSelector("#explore-suggestions .suggestion[data-id='T-DS-P1']");
        waitFor(suggestion).click();

        waitForText(By.cssSelector("#details h2"), "Drinkwaterbedrijf Referentie");
        WebElement status = waitFor(By.cssSelector("#details .verification"));
        assertThat(status.getAttribute("data-verification")).isEqualTo("derived");
        assertThat(status.getText()).contains("Publiek feit", "afgeleid", "volgt uit geverifieerde feiten");
        assertThat(browser.findElement(By.cssSelector("#details .sources")).getText())
                .contains("Jaarverslag drinkwater", "gepubliceerd op 12 maart 2025", "geraadpleegd op 2 november 2026");
        // The edit form keeps the status of a public fact: it can change, not go (no empty choice).
        waitFor(By.id("edit-item")).click();
        Select verification = new Select(waitFor(By.id("edit-verification")));
        assertThat(verification.getFirstSelectedOption().getAttribute("value")).isEqualTo("derived");
        assertThat(verification.getOptions()).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("geverifieerd", "afgeleid", "niet geverifieerd");
        browser.findElement(By.cssSelector(".edit-dialog .dialog-head button")).click();

        browser.findElement(By.id("explore-search")).clear();
        browser.findElement(By.id("explore-search")).sendKeys("Voorbeeld");
        waitFor(By.cssSelector("#explore-suggestions .suggestion[data-id='T-DS-X1']")).click();
        waitForText(By.cssSelector("#details h2"), "Drinkwaterbedrijf Voorbeeld");
        assertThat(waitFor(By.cssSelector("#details .illustrative-note")).getText()).contains("Voorbeelddata");
        assertThat(browser.findElements(By.cssSelector("#details .verification"))).isEmpty();
        waitFor(By.id("edit-item")).click();
        waitFor(By.id("edit-name"));
        assertThat(browser.findElements(By.id("edit-verification"))).isEmpty();
    }

    @Test
    @Order(2)
    void aViewerSeesWhichSetsAreLoadedButCannotRemoveTheExamples() {
        signIn(TestAccounts.username(Role.VIEWER), TestAccounts.PASSWORD);
        waitForText(By.cssSelector("#datasets [data-dataset=examples]"), "Voorbeeldgegevens: geladen, 2 items");
        assertThat(browser.findElements(By.id("examples-admin-hint"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("nav [data-screen=datasets]")).isDisplayed()).isFalse();

        browser.get(url("/#/datasets"));
        waitFor(By.cssSelector("#datasets [data-dataset=reference]"));
        assertThat(browser.findElements(By.id("remove-examples"))).isEmpty();
    }

    @Test
    @Order(3)
    void anAdministratorRemovesTheExamplesAndTheOverviewSaysTheyAreNotLoaded() {
        signIn("admin", TestApplications.ADMIN_PASSWORD);
        waitForText(By.cssSelector("#datasets [data-dataset=examples]"), "Voorbeeldgegevens: geladen, 2 items");
        waitFor(By.cssSelector("#examples-admin-hint a")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(By.id("remove-examples"))).click();
        WebElement dialog = waitFor(By.id("remove-examples-dialog"));
        assertThat(dialog.getText()).contains("Verdwijnt: 2 voorbeelditems", "Blijft staan: de referentiegegevens",
                "ieders eigen");
        dialog.findElement(By.id("confirm-remove-examples")).click();

        waitForText(By.id("datasets-status"), "Verwijderd: 2 voorbeelditems");
        waitForText(By.cssSelector("#dataset-summary [data-dataset=examples]"), "niet geladen");
        assertThat(browser.findElement(By.id("remove-examples")).isEnabled()).isFalse();
        assertThat(single("MATCH (n) WHERE n.origin = 'illustrative' RETURN count(n)")).isZero();
        assertThat(single("MATCH (n) WHERE n.id IN ['T-DS-R1', 'T-DS-P1', 'T-DS-S1'] RETURN count(n)")).isEqualTo(3L);

        browser.findElement(By.cssSelector("nav [data-screen=overview]")).click();
        waitForText(By.cssSelector("#datasets [data-dataset=examples]"), "Voorbeeldgegevens: niet geladen");
        assertThat(browser.findElements(By.id("examples-admin-hint"))).isEmpty();

        // A second removal (another administrator was first) is refused in the user's language.
        Object refusal = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/shell/api.js').then(({ api }) => api.delete('/api/dataset/examples'))
                  .then(() => done('removed'), (error) => done(error.message));
                """);
        assertThat(refusal).isEqualTo("Er zijn geen voorbeeldgegevens meer geladen; er is niets verwijderd.");
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static long single(String cypher) {
        try (var session = app.bean(Driver.class).session()) {
            return session.run(cypher, Map.of()).single().get(0).asLong();
        }
    }

    private void signIn(String user, String password) {
        BrowserTest.signIn(browser, url(""), user, password);
        waitFor(By.id("signed-in-as"));
    }

    private WebElement waitFor(By locator) {
        return BrowserTest.waitFor(browser, locator);
    }

    private void waitForText(By locator, String text) {
        BrowserTest.waitForText(browser, locator, text);
    }
}
