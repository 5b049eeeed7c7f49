package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import nl.partnerkaart.BrowserTest;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.importer.CsvTables;
import nl.partnerkaart.importer.ImportProgress;
import nl.partnerkaart.importer.Importer;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An editor deciding the differences a newer reference version held back, in a real browser. The application is
 * its own: a small reference set (version 2099-01-01) is loaded, a person changes three of its partners, and the
 * application starts again on a newer version (2099-02-01) that says otherwise about two and no longer lists the third.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceDifferencesBrowserIT {

    private static final String SOURCE = "id,name,publisher,accessedOn,url,origin\n"
            + "T-RD-S1,Register,Testuitgever,2099-01-01,https://example.org/register,public\n";
    private static final String PARTNERS = "id,name,category,website,synonyms,serves,origin,verification,source\n";

    private static ConfigurableApplicationContext app;
    private static WebDriver browser;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Path data = TestApplications.newDataDirectory();
        Path v1 = referenceSet(data, "v1", "2099-01-01", "T-RD-R1,Regio Een\n", PARTNERS
                + "T-RD-A,Waterbedrijf Test,drinking-water,https://a.example.org/v1,,T-RD-R1,public,verified,T-RD-S1\n"
                + "T-RD-B,Netbeheerder Test,grid-operator,,NT,T-RD-R1,public,verified,T-RD-S1\n"
                + "T-RD-C,Telecom Test,telecom,,,T-RD-R1,public,verified,T-RD-S1\n");
        try (ConfigurableApplicationContext first = TestApplications.start(data, "partnerkaart.dataset.examples=false",
                "partnerkaart.dataset.location=file:" + v1 + "/")) {
            String edits = "id,name,category,website,synonyms,origin,source\n"
                    + "T-RD-A,Waterbedrijf Test,drinking-water,https://a.example.org/person,,public,T-RD-S1\n"
                    + "T-RD-B,Netbeheerder Test,grid-operator,,NT|Netbeheer Test,public,T-RD-S1\n"
                    + "T-RD-C,Telecom Test,telecom,https://c.example.org/person,,public,T-RD-S1\n";
            assertThat(first.getBean(Importer.class).run(List.of(CsvTables.read("partners.csv", "partners",
                            new ByteArrayInputStream(edits.getBytes(StandardCharsets.UTF_8)))),
                    new Importer.Request("T-person", null, false), ImportProgress.ignored()).problems()).isEmpty();
        }
        Path v2 = referenceSet(data, "v2", "2099-02-01", "T-RD-R1,Regio Een\nT-RD-R2,Regio Twee\n", PARTNERS
                + "T-RD-A,Waterbedrijf Test,drinking-water,https://a.example.org/v2,,T-RD-R1,public,verified,T-RD-S1\n"
                + "T-RD-B,Netbeheerder Test,energy-company,,NT,T-RD-R1|T-RD-R2,public,verified,T-RD-S1\n");
        app = TestApplications.start(data, "partnerkaart.dataset.examples=false",
                "partnerkaart.dataset.location=file:" + v2 + "/");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        TestAccounts.as(Role.VIEWER, app.getBean(UserAccounts.class), port);
        TestAccounts.as(Role.EDITOR, app.getBean(UserAccounts.class), port);
        browser = BrowserTest.headlessChromium();
    }

    /** A data set folder with only a reference set: a source, regions and partners. */
    private static Path referenceSet(Path data, String name, String version, String regions, String partners)
            throws Exception {
        Path reference = Files.createDirectories(data.resolveSibling(data.getFileName() + "-" + name)
                .resolve("reference"));
        Files.writeString(reference.resolve("VERSION"), version + "\n");
        Files.writeString(reference.resolve("sources.csv"), SOURCE);
        Files.writeString(reference.resolve("regions.csv"), "id,name,origin,verification,source\n"
                + regions.replace("\n", ",public,verified,T-RD-S1\n"));
        Files.writeString(reference.resolve("partners.csv"), partners);
        return reference.getParent();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.manage().window().setSize(new Dimension(1280, 800));
        browser.get(url("/login.html"));
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
    }

    @Test
    @Order(1)
    void aViewerDoesNotSeeTheScreen() {
        signIn(TestAccounts.username(Role.VIEWER), TestAccounts.PASSWORD);
        waitFor(By.cssSelector(".kind-cards"));
        assertThat(browser.findElement(By.cssSelector("nav [data-screen=datasets]")).isDisplayed()).isFalse();

        browser.get(url("/#/datasets"));
        waitFor(By.cssSelector(".kind-cards"));
        assertThat(browser.findElements(By.id("reference-differences"))).isEmpty();
    }

    @Test
    @Order(2)
    void anEditorRemovesAFactTheReferenceWithdrew() {
        signIn(TestAccounts.username(Role.EDITOR), TestAccounts.PASSWORD);
        waitFor(By.cssSelector("nav [data-screen=datasets]")).click();
        waitForText(By.id("reference-differences-heading"), "Verschillen om te beoordelen (3)");
        WebElement withdrawn = difference("T-RD-C");
        assertThat(withdrawn.findElement(By.className("withdrawn-note")).getText())
                .startsWith("De nieuwe referentieversie noemt dit item niet meer.");
        assertThat(cell(withdrawn, "website", "td.current-value").getText()).isEqualTo("https://c.example.org/person");
        assertThat(cell(withdrawn, "website", "td.reference-value").getText()).isEqualTo("uit de referentieset gehaald");

        withdrawn.findElement(By.className("take-reference")).click();
        waitFor(By.id("decide-difference-dialog")).findElement(By.id("confirm-decision")).click();
        waitForText(By.id("reference-differences-heading"), "Verschillen om te beoordelen (2)");
        assertThat(single("MATCH (p:Partner {id: 'T-RD-C'}) RETURN toString(count(p))")).isEqualTo("0");
        assertThat(single("MATCH (c:Change {itemId: 'T-RD-C', action: 'delete'}) RETURN c.user"))
                .as("removed in the editor's name").isEqualTo(TestAccounts.username(Role.EDITOR));
    }

    @Test
    @Order(3)
    void anEditorKeepsOneDifferenceAndTakesTheReferenceForTheOther() {
        signIn(TestAccounts.username(Role.EDITOR), TestAccounts.PASSWORD);
        waitFor(By.cssSelector("nav [data-screen=datasets]")).click();
        waitForText(By.id("reference-match"), "Bijgewerkt");
        assertThat(browser.findElement(By.id("reference-shipped")).getText()).isEqualTo("2099-02-01");
        assertThat(browser.findElement(By.id("reference-applied")).getText()).startsWith("2099-02-01, op ");
        assertThat(browser.findElements(By.id("remove-examples"))).as("the removal is for administrators").isEmpty();
        waitForText(By.id("reference-differences-heading"), "Verschillen om te beoordelen (2)");

        WebElement grid = difference("T-RD-B");
        assertThat(grid.findElement(By.tagName("h3")).getText()).isEqualTo("Netbeheerder Test");
        assertThat(grid.findElement(By.className("difference-item")).getText())
                .contains("Partner", "T-RD-B", "referentieversie 2099-02-01", "Openen in de verkenner");
        assertThat(grid.findElement(By.cssSelector(".difference-item a")).getAttribute("href"))
                .endsWith("#/explore?node=T-RD-B");
        assertThat(fields(grid)).containsExactly("category", "synonyms", "serves");
        assertThat(cell(grid, "category", "th").getText()).isEqualTo("Categorie");
        assertThat(cell(grid, "category", "td.current-value").getText()).isEqualTo("netbeheerder");
        assertThat(cell(grid, "category", "td.reference-value").getText()).isEqualTo("energiebedrijf");
        assertThat(items(cell(grid, "synonyms", "td.current-value"))).containsExactly("NT", "Netbeheer Test");
        assertThat(items(cell(grid, "synonyms", "td.reference-value"))).containsExactly("NT");
        assertThat(items(cell(grid, "serves", "td.current-value"))).containsExactly("T-RD-R1");
        assertThat(items(cell(grid, "serves", "td.reference-value"))).containsExactlyInAnyOrder("T-RD-R1", "T-RD-R2");
        WebElement water = difference("T-RD-A");
        assertThat(fields(water)).containsExactly("website");
        assertThat(cell(water, "website", "td.current-value").getText()).isEqualTo("https://a.example.org/person");

        // At 320 px wide the screen reflows: nothing to scroll sideways for.
        browser.manage().window().setSize(new Dimension(320, 800));
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).isEqualTo(320L);
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth")).isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1280, 800));

        water.findElement(By.className("keep-current")).click();
        WebElement dialog = waitFor(By.id("decide-difference-dialog"));
        assertThat(dialog.getText()).contains("Huidige waarde houden?", "Waterbedrijf Test blijft zoals het is");
        dialog.findElement(By.id("confirm-decision")).click();
        waitForText(By.id("reference-status"), "Gehouden: Waterbedrijf Test blijft zoals het was.");
        waitForText(By.id("reference-differences-heading"), "Verschillen om te beoordelen (1)");
        WebElement remaining = difference("T-RD-B");
        assertThat(browser.switchTo().activeElement()).as("the focus goes to the next difference")
                .isEqualTo(remaining.findElement(By.tagName("h3")));

        remaining.findElement(By.className("take-reference")).click();
        dialog = waitFor(By.id("decide-difference-dialog"));
        assertThat(dialog.getText()).contains("Referentiewaarde overnemen?", "Categorie, Synoniemen, Bedient regio's");
        dialog.findElement(By.id("confirm-decision")).click();
        waitForText(By.id("reference-status"), "Overgenomen: Netbeheerder Test heeft nu de waarden uit de referentie.");
        WebElement empty = waitFor(By.id("no-differences"));
        assertThat(empty.getText()).startsWith("De referentie is bijgewerkt; er zijn geen verschillen om te beoordelen.");
        assertThat(browser.switchTo().activeElement()).isEqualTo(empty);
        assertThat(browser.findElements(By.cssSelector(".reference-difference"))).isEmpty();

        assertThat(single("MATCH (p:Partner {id: 'T-RD-A'}) RETURN p.website")).isEqualTo("https://a.example.org/person");
        assertThat(single("MATCH (p:Partner {id: 'T-RD-B'})-[:SERVES]->(r) WITH p, count(r) AS n "
                + "RETURN p.category + ' ' + toString(n)")).isEqualTo("energy-company 2");
        browser.get(url("/#/explore?node=T-RD-B"));
        waitForText(By.cssSelector("#details h2"), "Netbeheerder Test");
        waitForText(By.cssSelector("#details .properties"), "energiebedrijf");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as("console errors")
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    private static WebElement difference(String itemId) {
        return waitFor(By.cssSelector(".reference-difference[data-item-id='" + itemId + "']"));
    }

    private static List<String> fields(WebElement difference) {
        return difference.findElements(By.cssSelector("tbody tr")).stream().map(r -> r.getAttribute("data-field"))
                .toList();
    }

    private static WebElement cell(WebElement difference, String field, String selector) {
        return difference.findElement(By.cssSelector("tr[data-field='" + field + "'] " + selector));
    }

    private static List<String> items(WebElement cell) {
        return cell.findElements(By.cssSelector("ul.value-list li")).stream().map(WebElement::getText).toList();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String single(String cypher) {
        try (var session = app.getBean(Driver.class).session()) {
            return session.run(cypher, Map.of()).single().get(0).asString();
        }
    }

    private static void signIn(String user, String password) {
        browser.get(url("/"));
        waitFor(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor(By.id("signed-in-as"));
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static void waitForText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }
}
