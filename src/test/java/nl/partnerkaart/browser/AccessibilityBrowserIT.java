package nl.partnerkaart.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Accessibility;
import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) on every screen, report view and dialog, on a desktop and on a phone: no
 * serious or critical violation anywhere. One walk through the application per size, in one page load where the
 * application allows; the findings of every place are collected and reported together.
 */
class AccessibilityBrowserIT extends BrowserTest {

    private static final String AS_OF = "2026-11-23";
    private static final String RECIPIENT = "toegankelijkheid@example.org";
    /** The first report or cascade after start compiles its queries; on a busy machine that takes a while. */
    private static final Duration SLOW = Duration.ofSeconds(60);
    /** A leaf element on show whose text says it is still loading ("Geschiedenis laden…"). */
    private static final String LOADING = "return [...document.querySelectorAll('main:not(.left) *, dialog *')].some((e) => "
            + "e.children.length === 0 && e.offsetParent !== null && /laden…$/.test(e.textContent.trim()))";

    private final Map<String, List<Accessibility.Violation>> findings = new LinkedHashMap<>();
    private String size;

    @Test
    void everyScreenAndDialogOnADesktop() {
        walkThroughEverything("1280x800");
    }

    @Test
    void everyScreenAndDialogOnAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            walkThroughEverything("390x844");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    private void walkThroughEverything(String size) {
        this.size = size;
        waitFor(By.id("username"));
        check("sign-in page");
        signInAsAdmin();
        new WebDriverWait(browser, SLOW).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kind-cards")));
        check("overview");

        explorer();
        workbench();
        reports();
        cascade();
        editingAndAdministration();

        if (!findings.isEmpty()) {
            throw new AssertionError(Accessibility.report(findings));
        }
    }

    private void explorer() {
        go("#/explore");
        waitForText(By.id("landing-summary"), "regio");
        check("explorer: map of regions");

        go("#/explore?node=P-VITENS");
        waitForText(By.cssSelector("#details h2"), "Vitens");
        script("document.getElementById('graph')._cyreg.cy.getElementById('P-VITENS').emit('cxttap')");
        waitFor(By.cssSelector(".context-menu .menu-choice button"));
        check("explorer: a node's menu");
        browser.findElement(By.cssSelector(".context-menu .menu-choice button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> (Long) script(
                "return document.getElementById('graph')._cyreg.cy.nodes().length") > 1);
        browser.findElements(By.cssSelector("details.side-section:not([open]) > summary")).forEach(WebElement::click);
        waitForText(By.cssSelector("#details h2"), "Vitens");
        check("explorer: a scene, a selected node, every side panel open");

        waitFor(By.id("edit-item")).click();
        waitFor(By.id("edit-save"));
        check("edit dialog");
        browser.findElement(By.id("tab-history")).click();
        waitFor(By.cssSelector("dialog .history-list"));
        settle();
        check("edit dialog: history");
        script("document.querySelector('dialog.edit-dialog').close()");
    }

    private void workbench() {
        go("#/workbench");
        waitFor(By.cssSelector("#workbench-editor .CodeMirror"));
        script("document.querySelector('#workbench-editor .CodeMirror').CodeMirror.setValue(arguments[0])",
                "MATCH path = (r:SafetyRegion {id: 'VR16'})<-[:SERVES]-(p:Partner) RETURN path LIMIT 5");
        browser.findElement(By.id("workbench-run")).click();
        waitForText(By.id("workbench-summary"), "5 rijen");
        browser.findElements(By.cssSelector(".library-theme:not([open]) > summary")).forEach(WebElement::click);
        check("workbench: results as a table, library open");
        browser.findElement(By.id("tab-graph")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Long) script(
                "return document.getElementById('workbench-graph')._cyreg.cy.nodes().length") > 0);
        check("workbench: results as a graph");
        browser.findElement(By.id("workbench-save")).click();
        waitFor(By.id("workbench-dialog"));
        check("workbench: save dialog");
        browser.findElement(By.cssSelector("#workbench-dialog button[value=cancel]")).click();
    }

    private void reports() {
        go("#/reports/coverage?asOf=" + AS_OF);
        WebElement cell = new WebDriverWait(browser, SLOW).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".coverage-matrix button[data-region=VR12][data-column=drinking-water]")));
        cell.click();
        waitFor(By.cssSelector(".cell-details .covenant-list"));
        check("report coverage, with a cell's covenants");

        @SuppressWarnings("unchecked")
        List<String> reports = (List<String>) script("return [...document.querySelectorAll('.report-tabs a')]"
                + ".map((a) => a.getAttribute('href').split('/')[2]).filter((id) => id !== 'coverage')");
        for (String report : reports) {
            if (report.equals("schedules")) {
                schedules();
            } else {
                // A region, for the reports that need one; the others narrow down to it.
                go("#/reports/" + report + "?region=VR16&asOf=" + AS_OF);
                new WebDriverWait(browser, SLOW).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("main:not(.left) .report-controls button.primary")));
                check("report " + report + " of Hollands Midden");
            }
        }
    }

    /** A schedule planned, listed and removed again (asked first), through the screen. */
    private void schedules() {
        go("#/reports/schedules");
        waitFor(By.cssSelector(".report-schedules"));
        waitFor(By.id("schedule-new")).click();
        new Select(waitFor(By.id("schedule-report"))).selectByValue("coverage");
        browser.findElement(By.id("schedule-recipients")).sendKeys(RECIPIENT);
        check("report schedules: a new one's form");
        browser.findElement(By.cssSelector(".schedule-form button[type=submit]")).click();
        try {
            waitForText(By.cssSelector(".report-schedules table"), RECIPIENT);
            check("report schedules: the list");
            browser.findElement(By.xpath("//tr[contains(., '" + RECIPIENT + "')]//button[contains(@class, 'schedule-delete')]"))
                    .click();
            waitFor(By.cssSelector("dialog[open] button[value=delete]"));
            check("report schedules: removing one, asked first");
            browser.findElement(By.cssSelector("dialog[open] button[value=delete]")).click();
        } finally {
            // Whatever happened above, the schedule goes: other tests count the schedules.
            for (JsonNode schedule : api().get("/api/reports/schedules").json()) {
                if (schedule.get("recipients").toString().contains(RECIPIENT)) {
                    api().delete("/api/reports/schedules/" + schedule.get("id").asString());
                }
            }
        }
    }

    private void cascade() {
        go("#/cascade?start=VP02&hours=30");
        new WebDriverWait(browser, SLOW).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main:not(.left) .message"), "Getroffen"));
        // Halfway, so that the timeline shows what is hit and what is still to come.
        script("const slider = document.getElementById('cascade-slider'); slider.value = '6';"
                + "slider.dispatchEvent(new Event('input'))");
        // A click on the outline itself: the middle of its box may lie in a neighbouring region.
        script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
                waitFor(By.cssSelector(".region-map [data-region=VR16]")));
        waitForText(By.id("cascade-region"), "Liander");
        check("cascade: simulation at hour 6, a region chosen");

        go("#/cascade?tab=briefing&region=VR16&incidentType=4.1.30&hours=12");
        new WebDriverWait(browser, SLOW).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("briefing-result"), "Hollands Midden"));
        check("cascade: briefing");

        go("#/cascade?tab=brokers");
        new WebDriverWait(browser, SLOW).until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("brokers"), "Landelijk transport"));
        check("cascade: brokers");
    }

    private void editingAndAdministration() {
        go("#/changes");
        waitFor(By.id("history-results"));
        settle();
        check("changes");

        go("#/transfer");
        waitFor(By.id("import-form"));
        settle();
        check("import and export");

        go("#/datasets");
        waitFor(By.cssSelector(".remove-examples"));
        settle();
        check("datasets");
        if (browser.findElement(By.id("remove-examples")).isEnabled()) {
            browser.findElement(By.id("remove-examples")).click();
            waitFor(By.id("remove-examples-dialog"));
            check("datasets: removing the examples, asked first");
            browser.findElement(By.cssSelector("#remove-examples-dialog button[value=cancel]")).click();
        }

        go("#/users");
        waitFor(By.cssSelector("#user-list table"));
        check("users");
        browser.findElement(By.cssSelector("#user-list tr[data-username] .actions button:last-child")).click();
        waitFor(By.id("reset-password"));
        check("users: new password dialog");
        browser.findElement(By.cssSelector("dialog button[value=cancel]")).click();

        go("#/audit");
        waitFor(By.id("audit-list"));
        settle();
        check("audit");
    }

    /** Moves to a screen within the page; the screen left is marked, so waits find only the new one. */
    private void go(String hash) {
        script("document.querySelector('main').classList.add('left'); window.location.hash = arguments[0]", hash);
        waitFor(By.cssSelector("main:not(.left)"));
    }

    /** Waits until nothing on the screen says it is still loading. */
    private void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Boolean.FALSE.equals(script(LOADING)));
    }

    private void check(String where) {
        settle();
        List<Accessibility.Violation> found = Accessibility.seriousViolations(browser);
        if (!found.isEmpty()) {
            findings.put(where + " (" + size + ")", found);
        }
    }

}
