package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;

import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer without a mouse: the search box as a combobox (arrows, Enter, Escape), the graph reached with Tab and
 * walked, selected, expanded and its menu opened with keys only, the table view as the graph's text alternative
 * (sorted, filtered, in step with undo, a row selecting its node), the touch stand-ins (long press, "Acties"), and a
 * details panel that never shows what is gone or what was asked for before the last choice.
 */
class ExploreKeyboardBrowserIT extends BrowserTest {

    private static final String CY = "document.getElementById('graph')._cyreg.cy";

    private long count(String cyExpression) {
        return (Long) script("return " + CY + "." + cyExpression + ".length");
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }

    private void waitForNodes(LongPredicate condition) {
        waitUntil(() -> condition.test(count("nodes()")));
    }

    /** Keys to whatever has the focus, as a keyboard user types them. */
    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private String announced() {
        return browser.findElement(By.id("graph-announcer")).getAttribute("textContent");
    }

    private void openExplorer() {
        signInAsAdmin();
        // The overview renders after sign-in; let it finish so that it cannot append to the explorer's page. On a
        // busy machine both screens take longer than the usual wait.
        WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(40));
        slow.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kind-cards")));
        browser.findElement(By.cssSelector("nav [data-screen=explore]")).sendKeys(Keys.ENTER);
        slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("landing-summary")));
        waitUntil(() -> "explore-search".equals(focused().getAttribute("id")));
    }

    /** Hollands Midden in the scene, picked from the suggestions with the keyboard. */
    private void addHollandsMiddenByKeyboard() {
        press("vrhm");
        waitForText(By.id("explore-suggestions"), "Hollands Midden");
        press(Keys.ARROW_DOWN, Keys.ENTER);
        waitForNodes(n -> n == 1);
        waitForText(By.cssSelector("#details h2"), "Hollands Midden");
    }

    /** Hollands Midden and its 50 first neighbours: its menu's first choice, opened by a double tap. */
    private void addHollandsMiddenWithItsNeighbours() {
        addHollandsMiddenByKeyboard();
        script(CY + ".getElementById('VR16').emit('dbltap')");
        waitForText(By.cssSelector(".context-menu"), "heeft");
        waitUntil(() -> "menuitem".equals(focused().getAttribute("role")));
        press(Keys.ENTER);
        waitForNodes(n -> n == 51);
    }

    /** Tabs forward from the search box until the graph has the focus: it is in the tab order. */
    private void tabToGraph() {
        for (int i = 0; i < 40 && !"graph".equals(focused().getAttribute("id")); i++) {
            press(Keys.TAB);
        }
        assertThat(focused().getAttribute("id")).isEqualTo("graph");
    }

    private String keyboardFocus() {
        return (String) script("const n = " + CY + ".nodes('.kb-focus'); return n.nonempty() ? n.id() : null;");
    }

    @Test
    void theSearchBoxIsAComboboxOfArrowsEnterAndEscape() {
        openExplorer();
        WebElement input = focused();
        assertThat(input.getAttribute("role")).isEqualTo("combobox");
        assertThat(input.getAttribute("aria-controls")).isEqualTo("explore-suggestions");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");

        press("hollands");
        waitFor(By.cssSelector("#explore-suggestions [role=option].suggestion"));
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> options = browser.findElements(By.cssSelector("#explore-suggestions .suggestion"));
        assertThat(options).hasSizeGreaterThan(1);
        assertThat(browser.findElement(By.id("explore-search-status")).getAttribute("textContent"))
                .startsWith(options.size() + " suggesties");
        assertThat(browser.findElement(By.id("explore-suggestions")).getAttribute("role")).isEqualTo("listbox");

        press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(1).getAttribute("id"));
        assertThat(options.get(1).getAttribute("aria-selected")).isEqualTo("true");
        press(Keys.ARROW_UP);
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
        assertThat(options.get(1).getAttribute("aria-selected")).isEqualTo("false");
        press(Keys.ARROW_UP);
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(options.size() - 1).getAttribute("id"));

        // Escape closes the list first and clears the input second.
        press(Keys.ESCAPE);
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.findElement(By.id("explore-suggestions")).isDisplayed()).isFalse();
        assertThat(input.getAttribute("value")).isEqualTo("hollands");
        press(Keys.ESCAPE);
        assertThat(input.getAttribute("value")).isEmpty();

        // The second suggestion, chosen with the arrows, is the one Enter takes.
        press("hollands");
        waitFor(By.cssSelector("#explore-suggestions .suggestion"));
        WebElement second = browser.findElements(By.cssSelector("#explore-suggestions .suggestion")).get(1);
        String id = second.getAttribute("data-id");
        press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
        waitForNodes(n -> n == 1);
        assertThat(count("getElementById('" + id + "')")).isEqualTo(1);
        waitForText(By.cssSelector("#details p.node-kind"), id);
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theGraphIsWalkedSelectedExpandedAndItsMenuOpenedWithKeysOnly() {
        openExplorer();
        addHollandsMiddenByKeyboard();
        tabToGraph();
        assertThat(focused().getAttribute("role")).isEqualTo("application");
        assertThat(focused().getAttribute("aria-describedby")).isEqualTo("graph-keys");
        waitUntil(() -> announced().startsWith("Hollands Midden, Veiligheidsregio, 0 buren"));

        // M opens the menu of the node in focus; the arrows move through its items; Escape gives the focus back.
        press("m");
        waitFor(By.cssSelector(".context-menu [role=menu]"));
        waitUntil(() -> "menuitem".equals(focused().getAttribute("role")));
        String first = focused().getText();
        press(Keys.ARROW_DOWN);
        assertThat(focused().getAttribute("role")).isEqualTo("menuitem");
        assertThat(focused().getText()).isNotEqualTo(first);
        press(Keys.ESCAPE);
        assertThat(browser.findElements(By.cssSelector(".context-menu"))).isEmpty();
        assertThat(focused().getAttribute("id")).isEqualTo("graph");

        // E expands; Hollands Midden has hundreds of neighbours, so the menu asks first: Enter takes the first 50.
        press("e");
        waitForText(By.cssSelector(".context-menu"), "heeft");
        waitUntil(() -> "menuitem".equals(focused().getAttribute("role")));
        press(Keys.ENTER);
        waitForNodes(n -> n == 51);
        waitUntil(() -> "graph".equals(focused().getAttribute("id")));

        // The arrows go from node to node, each said with its kind and its neighbours in view.
        script(CY + ".fit()");
        press(Keys.HOME);
        String home = keyboardFocus();
        assertThat(home).isNotNull();
        press(Keys.ARROW_DOWN);
        assertThat(keyboardFocus()).isNotNull().isNotEqualTo(home);
        String name = (String) script("return " + CY + ".getElementById(arguments[0]).data('name')", keyboardFocus());
        waitUntil(() -> announced().startsWith(name + ", ") && announced().contains("buren in beeld"));
        press(Keys.ARROW_RIGHT, Keys.ARROW_LEFT, Keys.ARROW_UP);
        assertThat(count("nodes('.kb-focus')")).isEqualTo(1);

        // N walks the neighbours of the node in focus.
        press(Keys.END);
        String end = keyboardFocus();
        press("n");
        waitUntil(() -> announced().startsWith("Buur 1 van"));
        String neighbour = keyboardFocus();
        assertThat((Boolean) script("return " + CY + ".getElementById(arguments[0]).neighborhood().contains("
                + CY + ".getElementById(arguments[1]))", end, neighbour)).isTrue();

        // Enter selects the node in focus: its details open.
        press(Keys.ENTER);
        assertThat((String) script("return " + CY + ".nodes(':selected').id()")).isEqualTo(neighbour);
        waitForText(By.cssSelector("#details h2"),
                (String) script("return " + CY + ".getElementById(arguments[0]).data('name')", neighbour));
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aLongPressAndTheActionsButtonDoWhatDoubleAndRightClickDo() {
        openExplorer();
        addHollandsMiddenByKeyboard();
        script(CY + ".getElementById('VR16').emit('taphold')");
        waitForText(By.cssSelector(".context-menu .menu-title"), "Hollands Midden");
        press(Keys.ESCAPE);
        assertThat(browser.findElements(By.cssSelector(".context-menu"))).isEmpty();

        waitFor(By.id("node-actions")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector(".context-menu [role=menu]"));
        waitUntil(() -> "menuitem".equals(focused().getAttribute("role")));
        press(Keys.ESCAPE);
        assertThat(focused().getAttribute("id")).isEqualTo("node-actions");

        browser.findElement(By.id("node-expand")).sendKeys(Keys.ENTER);
        waitForText(By.cssSelector(".context-menu"), "heeft");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theTableListsTheSceneSortsFiltersFollowsUndoAndSelectsInTheGraph() {
        openExplorer();
        addHollandsMiddenWithItsNeighbours();

        browser.findElement(By.id("view-table")).sendKeys(Keys.ENTER);
        waitFor(By.id("scene-nodes"));
        assertThat(browser.findElement(By.id("graph-wrap")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("view-table")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(rows("scene-nodes")).hasSize(51);
        assertThat(rows("scene-edges")).hasSize((int) count("edges()"));
        waitForText(By.id("table-summary"), "51 van 51 knopen");
        assertThat(cells("scene-nodes", 1)).contains("Veiligheidsregio");
        // Every neighbour of the region lies in it; the region's own row names itself.
        assertThat(cells("scene-nodes", 2)).allMatch(regions -> regions.contains("Hollands Midden"));

        // Sorted by name (ascending first), again (descending), by relationships in view (ascending).
        List<String> names = new ArrayList<>(cells("scene-nodes", 0));
        Collections.reverse(names);
        header("scene-nodes", "name").sendKeys(Keys.ENTER);
        waitUntil(() -> "descending".equals(headerCell("scene-nodes", "name").getAttribute("aria-sort")));
        assertThat(cells("scene-nodes", 0)).containsExactlyElementsOf(names);
        assertThat(focused().getAttribute("data-key")).isEqualTo("name");
        header("scene-nodes", "degree").sendKeys(Keys.ENTER);
        waitUntil(() -> "ascending".equals(headerCell("scene-nodes", "degree").getAttribute("aria-sort")));
        List<Integer> degrees = cells("scene-nodes", 3).stream().map(Integer::valueOf).toList();
        assertThat(degrees).isSorted();
        assertThat(degrees.get(degrees.size() - 1)).isEqualTo((int) count("getElementById('VR16').connectedEdges()"));
        assertThat(cells("scene-nodes", 0).get(50)).isEqualTo("Hollands Midden");

        // Filtered by kind and by text.
        Select kinds = new Select(browser.findElement(By.id("table-kind")));
        String kind = kinds.getOptions().get(1).getText();
        long ofKind = cells("scene-nodes", 1).stream().filter(kind::equals).count();
        kinds.selectByIndex(1);
        waitUntil(() -> rows("scene-nodes").size() == ofKind);
        assertThat(cells("scene-nodes", 1)).allMatch(kind::equals);
        kinds.selectByIndex(0);
        waitUntil(() -> rows("scene-nodes").size() == 51);
        browser.findElement(By.id("table-filter")).sendKeys("zzz-nothing");
        waitUntil(() -> rows("scene-nodes").isEmpty());
        waitForText(By.id("table-summary"), "0 van 51 knopen");
        browser.findElement(By.id("table-filter")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        waitUntil(() -> rows("scene-nodes").size() == 51);

        // A row's button selects its node in the graph, and the details show it.
        WebElement pick = browser.findElement(By.cssSelector("#scene-nodes tbody tr:nth-child(3) th button"));
        String id = pick.getAttribute("data-id");
        String name = pick.getText();
        assertThat(id).isNotEqualTo("VR16");
        pick.sendKeys(Keys.ENTER);
        waitUntil(() -> id.equals(script("return " + CY + ".nodes(':selected').id()")));
        waitForText(By.cssSelector("#details h2"), name);
        waitFor(By.cssSelector("#scene-nodes tr.selected[data-id='" + id + "']"));

        // The table follows the scene: undo takes the 50 neighbours away, and the details panel lets go of them.
        browser.findElement(By.id("undo")).sendKeys(Keys.ENTER);
        waitUntil(() -> rows("scene-nodes").size() == 1);
        assertThat(rows("scene-edges")).isEmpty();
        waitForText(By.cssSelector("#details p.hint"), "Zoek hierboven");
        browser.findElement(By.id("view-graph")).sendKeys(Keys.ENTER);
        waitUntil(() -> browser.findElement(By.id("graph-wrap")).isDisplayed());
        assertThat(browser.findElement(By.id("scene-table")).isDisplayed()).isFalse();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theTableExportsWhatItShowsAsCsv() {
        openExplorer();
        addHollandsMiddenByKeyboard();
        // The download itself is the one CSV writer's (tested elsewhere); here: what the table hands it.
        script("""
                window.csvAsked = null;
                const real = window.fetch;
                window.fetch = (url, options) => {
                  if (String(url).startsWith('/api/csv')) window.csvAsked = JSON.parse(options.body);
                  return real(url, options);
                };
                """);
        browser.findElement(By.id("view-table")).sendKeys(Keys.ENTER);
        waitFor(By.id("scene-nodes"));
        browser.findElement(By.id("table-export-nodes")).sendKeys(Keys.ENTER);
        waitUntil(() -> script("return window.csvAsked") != null);
        assertThat(script("return JSON.stringify(window.csvAsked.rows)").toString())
                .startsWith("[[\"id\",\"Naam\",\"Soort\",\"Regio's\",\"Relaties in beeld\",\"Status\"],[\"VR16\",\"Hollands Midden\"");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theDetailsPanelDropsALateAnswerAndWhatLeftTheScene() {
        openExplorer();
        addHollandsMiddenWithItsNeighbours();

        // The region's details come slowly; meanwhile a relationship is chosen: it stays in the panel.
        script("""
                const real = window.fetch;
                window.fetch = (url, options) => String(url).includes('/api/graph/nodes/VR16')
                  ? new Promise((resolve) => setTimeout(() => resolve(real(url, options)), 800))
                  : real(url, options);
                """);
        script(CY + ".$(':selected').unselect(); " + CY + ".getElementById('VR16').select(); "
                + CY + ".getElementById('VR16').unselect(); " + CY + ".edges()[0].select()");
        waitFor(By.cssSelector("#details .relationship-ends"));
        String relationship = browser.findElement(By.cssSelector("#details h2")).getText();
        new Actions(browser).pause(Duration.ofMillis(1500)).perform();
        assertThat(browser.findElement(By.cssSelector("#details h2")).getText()).isEqualTo(relationship);
        assertThat(browser.findElements(By.cssSelector("#details .relationship-ends"))).hasSize(1);

        // The selected relationship taken out of the scene (undo) leaves the panel.
        browser.findElement(By.id("undo")).sendKeys(Keys.ENTER);
        waitForNodes(n -> n == 1);
        waitForText(By.cssSelector("#details p.hint"), "Zoek hierboven");
        assertThat(consoleErrors()).isEmpty();
    }

    private List<WebElement> rows(String table) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr"));
    }

    /** The texts of one column (0: the row header) of a table's body. */
    private List<String> cells(String table, int column) {
        return rows(table).stream().map(row -> row.findElements(By.cssSelector("th, td")).get(column).getText()).toList();
    }

    private WebElement header(String table, String key) {
        return browser.findElement(By.cssSelector("#" + table + " thead button[data-key='" + key + "']"));
    }

    private WebElement headerCell(String table, String key) {
        return header(table, key).findElement(By.xpath(".."));
    }
}
