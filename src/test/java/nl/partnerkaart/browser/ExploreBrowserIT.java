package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.function.LongPredicate;

import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The explorer in a real browser: landing map, search, add, expand with care, groups of many neighbours, undo and
 * redo, paths, views, saved scenes opened by link, exports, the language switch; hostile names stay text.
 */
class ExploreBrowserIT extends BrowserTest {

    private static final String SCENE_NAME = "T-browser-scene";
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Autowired
    private JdbcClient bookkeeping;

    @AfterEach
    void removeScenes() {
        bookkeeping.sql("DELETE FROM scene WHERE name LIKE 'T-%'").update();
    }

    private long count(String cyExpression) {
        return (Long) script("return document.getElementById('graph')._cyreg.cy." + cyExpression + ".length");
    }

    private void waitForNodes(LongPredicate condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> condition.test(count("nodes()")));
    }

    private void openExplorer() {
        signInAsAdmin();
        // The overview renders after sign-in; let it finish so that it cannot append to the explorer's page.
        waitFor(By.cssSelector(".kind-cards"));
        browser.findElement(By.cssSelector("nav [data-screen=explore]")).click();
        waitFor(By.id("landing-summary"));
    }

    private void addBySearch(String text, String id) {
        waitFor(By.id("explore-search")).sendKeys(text);
        waitFor(By.cssSelector("#explore-suggestions .suggestion[data-id='" + id + "']"));
        browser.findElement(By.cssSelector("#explore-suggestions .suggestion[data-id='" + id + "']")).click();
    }

    @Test
    void theLandingMapShowsTheTwentyFiveRegionsAndOpensOne() {
        openExplorer();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Long) script(
                "return document.getElementById('landing-graph')._cyreg.cy.nodes().length") == 25);
        assertThat((Long) script("return document.getElementById('landing-graph')._cyreg.cy.edges().length"))
                .isPositive();
        waitForText(By.id("landing-summary"), "25 regio's");
        script("document.getElementById('landing-graph')._cyreg.cy.getElementById('VR16').emit('tap')");
        waitForNodes(n -> n > 20);
        waitForText(By.cssSelector("main .message"), "Netwerk van de regio");
        assertThat(browser.findElement(By.id("graph-wrap")).isDisplayed()).isTrue();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void searchAddExpandUndoPathSaveReopenByLinkAndExport() {
        openExplorer();
        waitFor(By.id("explore-search")).sendKeys("vrhm");
        waitForText(By.id("explore-suggestions"), "Hollands Midden");
        assertThat(browser.findElement(By.cssSelector("#explore-suggestions .group-label")).getText())
                .isEqualToIgnoringCase("Veiligheidsregio's");
        browser.findElement(By.id("explore-search")).sendKeys(Keys.ENTER);
        waitForNodes(n -> n == 1);
        waitForText(By.cssSelector("#details h2"), "Hollands Midden");
        waitForText(By.cssSelector("#details table.properties"), "Officiële naam");
        assertThat(browser.findElement(By.cssSelector("#details .report-links a")).getAttribute("href"))
                .endsWith("#/reports?report=region-profile&region=VR16");
        waitForText(By.cssSelector("#details .report-links"), "Regioprofiel");

        // Hollands Midden has hundreds of neighbours: a double-click asks first.
        script("document.getElementById('graph')._cyreg.cy.getElementById('VR16').emit('dbltap')");
        waitForText(By.cssSelector(".context-menu"), "heeft");
        assertThat(browser.findElement(By.cssSelector(".context-menu")).getText()).contains("bedient");
        browser.findElement(By.cssSelector(".context-menu .menu-choice button")).click();
        waitForNodes(n -> n == 51);
        waitForText(By.cssSelector("main .message"), "Niet alle buren passen");

        // A relationship, selected, says how sure it is and what it rests on.
        script("document.getElementById('graph')._cyreg.cy.edges('[type = \"SERVES\"]')"
                + ".filter((e) => e.data('props').origin === 'public')[0].select()");
        waitForText(By.cssSelector("#details h2"), "bedient");
        assertThat(browser.findElement(By.cssSelector("#details .relationship-ends")).getText())
                .endsWith("→ Hollands Midden");
        assertThat(browser.findElement(By.cssSelector("#details .verification")).getAttribute("data-verification"))
                .isIn("verified", "derived", "unverified");
        assertThat(browser.findElement(By.cssSelector("#details")).getText()).contains("Bronnen");

        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        waitForNodes(n -> n == 1);
        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "z"));
        waitForNodes(n -> n == 51);
        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "y"));
        browser.findElement(By.id("undo")).click();
        waitForNodes(n -> n == 1);

        addBySearch("vitens", "P-VITENS");
        waitForText(By.cssSelector("#details h2"), "Vitens");
        browser.findElement(By.id("find-path")).click();
        waitForText(By.cssSelector("main .message"), "Vitens");
        addBySearch("hollands midden", "VR16");
        waitForText(By.cssSelector("main .message"), "kortste verbinding");
        assertThat(count("$('.on-path[id = \"VR16\"]')")).isEqualTo(1);
        long inScene = count("nodes()");

        browser.findElement(By.cssSelector("#side-scenes summary")).click();
        waitFor(By.id("scene-name")).sendKeys(SCENE_NAME);
        browser.findElement(By.id("scene-save")).click();
        waitForText(By.cssSelector("main .message"), "opgeslagen");
        String link = browser.findElement(By.id("scene-link")).getAttribute("value");
        assertThat(link).contains("#/explore?scene=");

        browser.get(url("/login.html"));
        browser.get(link);
        waitForText(By.cssSelector("main .message"), SCENE_NAME);
        waitForNodes(n -> n == inScene);

        assertThat((String) script("return document.getElementById('graph')._cyreg.cy.png()")).startsWith("data:image/png");
        Object cypher = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/explore/export.js').then((m) => done(m.sceneCypher(document.getElementById('graph')._cyreg.cy)));
                """);
        assertThat((String) cypher).contains("'P-VITENS'", "'VR16'", "MATCH (n) WHERE n.id IN ids");
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/explore/export.js').then((m) => done(m.selectionRows(document.getElementById('graph')._cyreg.cy)
                        .map((row) => row.join(',')).join(' / ')));
                """);
        assertThat((String) csv).startsWith("kind,id,label,name").contains("node,P-VITENS,Partner,Vitens");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void manyNeighboursGoInOneGroupThatOpensInBatchesAndUndoAndRedoFollow() {
        String cy = "document.getElementById('graph')._cyreg.cy";
        // The partners that serve Hollands Midden become one node instead of 106.
        groupThePartnersServingHollandsMidden();
        waitForText(By.cssSelector("main .message"), "samengevoegd in één groep");
        long partners = (Long) script("return " + cy + ".nodes('[label = \"Group\"]').data('members').nodes.length");
        assertThat(partners).isGreaterThan(50).isLessThanOrEqualTo(200);
        assertThat((String) script("return " + cy + ".nodes('[label = \"Group\"]').data('name')"))
                .isEqualTo(partners + " partners");
        browser.findElement(By.cssSelector("#side-legend summary")).click();
        waitForText(By.id("legend"), "Groep van buren");

        // Selected, the group says what it holds; opening it puts the partners in its place.
        script(cy + ".nodes('[label = \"Group\"]').select()");
        waitForText(By.id("details"), "Groep openen");
        browser.findElement(By.id("group-open")).click();
        waitForNodes(n -> n == 1 + partners);
        waitForText(By.cssSelector("main .message"), "leden van de groep toegevoegd");
        assertThat(count("nodes('[label = \"Group\"]')")).isZero();
        assertThat(count("edges('[type = \"SERVES\"]')")).isEqualTo(partners);

        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        waitForNodes(n -> n == 2);
        assertThat(count("nodes('[label = \"Group\"]')")).isEqualTo(1);
        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "z"));
        waitForNodes(n -> n == 1 + partners);
        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        waitForNodes(n -> n == 1);

        // All 600 neighbours in one group open 200 at a time; the group keeps the rest.
        script(cy + ".getElementById('VR16').emit('dbltap')");
        waitForText(By.cssSelector(".context-menu"), "heeft");
        browser.findElement(By.cssSelector(".context-menu .menu-group")).click();
        waitForNodes(n -> n == 2);
        long all = (Long) script("return " + cy + ".nodes('[label = \"Group\"]').data('members').nodes.length");
        assertThat(all).isGreaterThan(400);
        script(cy + ".nodes('[label = \"Group\"]').emit('dbltap')");
        waitForNodes(n -> n == 1 + 200 + 1);
        waitForText(By.cssSelector("main .message"), "de groep houdt er nog " + (all - 200));
        assertThat((String) script("return " + cy + ".nodes('[label = \"Group\"]').data('name')"))
                .startsWith((all - 200) + " ");

        browser.findElement(By.id("undo")).click();
        waitForNodes(n -> n == 2);
        assertThat((Long) script("return " + cy + ".nodes('[label = \"Group\"]').data('members').opened")).isZero();
        browser.findElement(By.id("redo")).click();
        waitForNodes(n -> n == 202);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aGroupIsSavedWithItsSceneAndComesBackWithItsMembersWhenTheSceneIsOpened() {
        String group = "document.getElementById('graph')._cyreg.cy.nodes('[label = \"Group\"]')";
        groupThePartnersServingHollandsMidden();
        long partners = (Long) script("return " + group + ".data('members').nodes.length");
        double x = ((Number) script("return " + group + ".position('x')")).doubleValue();

        browser.findElement(By.cssSelector("#side-scenes summary")).click();
        waitFor(By.id("scene-name")).sendKeys(SCENE_NAME);
        browser.findElement(By.id("scene-save")).click();
        waitForText(By.cssSelector("main .message"), "opgeslagen");
        String link = browser.findElement(By.id("scene-link")).getAttribute("value");

        browser.get(url("/login.html"));
        browser.get(link);
        waitForText(By.cssSelector("main .message"), SCENE_NAME);
        waitForNodes(n -> n == 2);
        assertThat((Long) script("return " + group + ".data('members').nodes.length")).isEqualTo(partners);
        assertThat(((Number) script("return " + group + ".position('x')")).doubleValue()).isCloseTo(x, within(0.5));
        script(group + ".emit('dbltap')");
        waitForNodes(n -> n == 1 + partners);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aBigSceneLabelsOnlyTheNodesInViewOnceZoomedIn() {
        openExplorer();
        // A hand-off of 2,000 nodes, answered in the page (the API hands over at most 200).
        script("""
                const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `B${i}`, name: `Knoop ${i}`,
                  labels: ['Partner'], properties: {} }));
                const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: 'B0', target: n.id, type: 'SERVES',
                  properties: {} }));
                const real = window.fetch;
                window.fetch = (url, options) => String(url).startsWith('/api/graph/among?ids=big')
                  ? Promise.resolve(new Response(JSON.stringify({ nodes, edges, truncated: false }),
                    { headers: { 'Content-Type': 'application/json' } }))
                  : real(url, options);
                location.hash = '#/explore?nodes=big';
                """);
        waitForNodes(n -> n == 2000);
        String cy = "document.getElementById('graph')._cyreg.cy";
        assertThat(count("nodes('.labelled')")).isZero();
        assertThat(script("return " + cy + ".getElementById('B5').style('label')")).isEqualTo("");

        // Zoomed in on the hub, the nodes around it are labelled, and no more than the view holds.
        script(cy + ".zoom({ level: 1.5, position: " + cy + ".getElementById('B0').position() })");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> count("nodes('.labelled')") > 0);
        assertThat(count("nodes('.labelled')")).isLessThan(500);
        assertThat(script("return " + cy + ".getElementById('B0').style('label')")).isEqualTo("Knoop 0");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void oneClickViewOfThePartnersTwoRegionsShare() {
        openExplorer();
        browser.findElement(By.cssSelector("#side-views summary")).click();
        waitFor(By.id("view-shared")).click();
        waitForText(By.cssSelector("main .message"), "bedienen zowel Hollands Midden als Haaglanden");
        waitForNodes(n -> n > 3);
        assertThat(count("nodes('[id = \"VR15\"]')")).isEqualTo(1);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void brokersAreDrawnLargerAndAFailureIsSimulatedFromTheDetailsPanel() {
        openExplorer();
        addBySearch("VP02", "VP02");
        waitForNodes(n -> n == 1);
        browser.findElement(By.id("size-brokers")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> count("nodes('[weight > 0]')") == 1);
        // Cytoscape answers a whole number (a Long here) when the node has the largest size.
        assertThat(((Number) script("return document.getElementById('graph')._cyreg.cy.getElementById('VP02').width()"))
                .doubleValue()).isGreaterThan(22.0);

        waitFor(By.id("simulate-failure")).click();
        // The status line is replaced while the cascade screen builds up.
        new WebDriverWait(browser, Duration.ofSeconds(40)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("#/cascade")
                && d.findElement(By.cssSelector("main .message")).getText().startsWith("Getroffen"));
        assertThat(browser.findElement(By.id("cascade-starts")).getText()).contains("Regionale distributie elektriciteit");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theLanguageSwitchTurnsTheExplorerIntoEnglish() {
        openExplorer();
        waitForText(By.id("show-landing"), "Kaart van regio's");
        browser.findElement(By.id("language-switch")).click();
        waitForText(By.id("show-landing"), "Map of regions");
        assertThat(browser.findElement(By.id("undo")).getText()).isEqualTo("Undo");
        waitForText(By.id("landing-summary"), "25 regions");
        browser.findElement(By.id("language-switch")).click();
        waitForText(By.id("show-landing"), "Kaart van regio's");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aHostileNameInTheDataIsShownAsTextEverywhere() {
        try (var session = driver.session()) {
            session.run("CREATE (p:Partner {id: 'T-XSS', name: $name, category: $name, origin: 'user'}) "
                    + "WITH p MATCH (r:SafetyRegion {id: 'VR16'}) CREATE (p)-[:SERVES]->(r)",
                    java.util.Map.of("name", HOSTILE)).consume();
        }
        try {
            openExplorer();
            waitFor(By.id("explore-search")).sendKeys("onerror");
            waitForText(By.id("explore-suggestions"), HOSTILE);
            browser.findElement(By.id("explore-search")).sendKeys(Keys.ENTER);
            waitForText(By.cssSelector("#details h2"), HOSTILE);
            waitForText(By.cssSelector("#details table.properties"), HOSTILE);

            script("document.getElementById('graph')._cyreg.cy.getElementById('T-XSS').emit('cxttap')");
            waitForText(By.cssSelector(".context-menu .menu-title"), HOSTILE);
            browser.findElement(By.cssSelector("#side-filters summary")).click();
            waitForText(By.id("filters"), HOSTILE);
            browser.findElement(By.cssSelector("#side-scenes summary")).click();
            waitFor(By.id("scene-name")).sendKeys("T-" + HOSTILE);
            browser.findElement(By.id("scene-save")).click();
            waitForText(By.id("scene-list"), HOSTILE);
            Object cypher = ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/js/explore/export.js').then((m) => done(m.cypherString("it's \\\\ a 'test'")));
                    """);
            assertThat((String) cypher).isEqualTo("'it\\'s \\\\ a \\'test\\''");
            assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
            assertThat(consoleErrors()).isEmpty();
        } finally {
            deleteNodesWithIdPrefix("T-XSS");
        }
    }

    /** Opens the explorer on Hollands Midden and groups the partners that serve it: the region and one group node. */
    private void groupThePartnersServingHollandsMidden() {
        openExplorer();
        addBySearch("vrhm", "VR16");
        waitForNodes(n -> n == 1);
        script("document.getElementById('graph')._cyreg.cy.getElementById('VR16').emit('dbltap')");
        waitForText(By.cssSelector(".context-menu"), "heeft");
        browser.findElements(By.cssSelector(".context-menu .menu-choice")).stream()
                .filter(row -> row.getText().contains("\u2190 bedient")).findFirst().orElseThrow()
                .findElement(By.cssSelector(".menu-group")).click();
        waitForNodes(n -> n == 2);
    }
}
