package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import nl.partnerkaart.BrowserTest;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every screen from a phone (390x844, and 320 px wide: WCAG 1.4.10 reflow) to a wall display: nothing scrolls
 * sideways but a table in its own box and a graph; the navigation folds into a menu button; the skip link and the
 * start page's tasks lead where they say.
 */
class ResponsiveBrowserIT extends BrowserTest {

    /** A screen's address and what shows once its content is there. */
    private record Screen(String hash, String loaded) {
    }

    private static final List<Screen> SCREENS = List.of(
            new Screen("#/overview", ".kind-cards"),
            new Screen("#/explore", "#view-region-a"),
            new Screen("#/reports/coverage?asOf=2026-11-23", ".coverage-matrix button.cell"),
            new Screen("#/reports/action-items?asOf=2026-11-23", "table[data-table=overdue]"),
            new Screen("#/reports/partner-profiles", "#downloads-need-region"),
            new Screen("#/reports/schedules", ".report-schedules"),
            new Screen("#/cascade", "#cascade-search"),
            new Screen("#/cascade?tab=briefing&region=VR16", "#briefing-gaps"),
            new Screen("#/cascade?tab=brokers", "#brokers-partners table"),
            new Screen("#/workbench", "#workbench-editor .CodeMirror"),
            new Screen("#/changes", "#history-results"),
            new Screen("#/transfer", "#export-link"),
            new Screen("#/users", "#user-list table"),
            new Screen("#/audit", "#audit-list"),
            new Screen("#/datasets", "#dataset-summary"));

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 800));
    }

    @Test
    void noScreenScrollsSidewaysOnAPhoneNorAt320PixelsWide() {
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(320, 800))) {
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(size);
            assertThat(script("return window.innerWidth")).isEqualTo((long) size.width);
            browser.get(url("/login.html"));
            waitFor(By.id("username"));
            assertNoSidewaysScroll("the sign-in page at " + size.width);

            signInAtAnyWidth();
            for (Screen screen : SCREENS) {
                open(screen);
                assertNoSidewaysScroll(screen.hash() + " at " + size.width);
            }
            open(new Screen("#/users", "#user-list table"));
            browser.findElement(By.xpath("//*[@id='user-list']//button[.='Nieuw wachtwoord']")).click();
            WebElement dialog = waitFor(By.cssSelector("dialog[open]"));
            assertThat(dialog.getRect().getX() + dialog.getRect().getWidth()).as("the dialog fits")
                    .isLessThanOrEqualTo(size.width);
            assertNoSidewaysScroll("the password dialog at " + size.width);
            dialog.findElement(By.cssSelector("button[value=cancel]")).click();
        }
        // Signing out by deleting the cookies leaves a screen's late calls unanswered (401); nothing else fails.
        assertThat(consoleErrors()).allSatisfy(error -> assertThat(error).contains("401"));
    }

    @Test
    void aWideTableScrollsInABoxOfItsOwnThatTheKeyboardReaches() {
        browser.manage().window().setSize(new Dimension(320, 800));
        signInAtAnyWidth();
        open(new Screen("#/reports/coverage?asOf=2026-11-23", ".coverage-matrix button.cell"));
        WebElement box = browser.findElement(By.xpath("//table[contains(@class,'coverage-matrix')]/.."));
        assertThat(box.getAttribute("tabindex")).isEqualTo("0");
        assertThat(box.getAttribute("role")).isEqualTo("region");
        assertThat(box.getAttribute("aria-label")).isNotBlank();
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", box))
                .as("the matrix is wider than the phone, so its box scrolls").isPositive();
    }

    @Test
    void onANarrowScreenTheMenuButtonOpensTheNavigationWithSignOutAndLanguage() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signInAtAnyWidth();
        waitFor(By.cssSelector(".kind-cards"));
        WebElement button = waitFor(By.id("menu-button"));
        WebElement reports = browser.findElement(By.cssSelector("nav [data-screen=reports]"));
        assertThat(reports.isDisplayed()).as("folded away").isFalse();
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(button.getAttribute("aria-controls")).isEqualTo("site-menu");

        button.click();
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(reports.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#logout-form button")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("language-switch")).isDisplayed()).isTrue();
        assertNoSidewaysScroll("the open menu");

        // Tab leads into the open menu; Escape there closes it and gives the focus back to its button.
        assertThat(browser.switchTo().activeElement()).isEqualTo(button);
        button.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("data-screen")).isEqualTo("overview");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(reports.isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement()).isEqualTo(button);

        button.sendKeys(Keys.ENTER);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        reports.click();
        waitFor(By.cssSelector(".report-tabs"));
        assertThat(browser.getCurrentUrl()).endsWith("#/reports");
        assertThat(button.getAttribute("aria-expanded")).as("a chosen link closes the menu").isEqualTo("false");
        assertThat(reports.isDisplayed()).isFalse();

        button.click();
        browser.findElement(By.cssSelector("#logout-form button")).click();
        waitForText(By.id("login-message"), "afgemeld");
    }

    @Test
    void theSkipLinkMovesTheFocusToTheContentAndKeepsTheScreen() {
        signInAtAnyWidth();
        open(new Screen("#/cascade?tab=brokers", "#brokers-partners table"));
        WebElement skip = browser.findElement(By.cssSelector(".skip-link"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", skip);
        assertThat(skip.isDisplayed()).as("shown once it has the focus").isTrue();
        skip.sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> "main".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.getCurrentUrl()).endsWith("#/cascade?tab=brokers");
        assertThat(browser.findElements(By.cssSelector("#brokers-partners table"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".kind-cards"))).as("not sent to the overview").isEmpty();
    }

    @Test
    void theStartPagesTasksAndCountsLeadToTheirScreens() {
        signInAtAnyWidth();
        waitFor(By.cssSelector(".kind-cards"));
        assertThat(browser.findElement(By.id("start-hint")).getText()).startsWith("Nieuw hier?");

        task("task-explore", "#/explore", "#view-region-a");
        task("task-shared", "#/explore?view=shared", "#view-region-a");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> "view-region-a".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.findElement(By.id("side-views")).getAttribute("open")).isNotNull();
        task("task-outage", "#/cascade", "#cascade-search");
        task("task-coverage", "#/reports/coverage", ".coverage-matrix button.cell");

        browser.get(url("/#/overview"));
        WebElement covenants = waitFor(By.cssSelector("[data-label=Covenant] a"));
        assertThat(covenants.getText()).contains("Convenanten");
        covenants.click();
        waitLong(".coverage-matrix button.cell");
        assertThat(browser.getCurrentUrl()).endsWith("#/reports/coverage");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aRegionBoundReportOffersItsDownloadsOnceARegionIsChosenAndEveryDownloadIsOne() {
        signInAtAnyWidth();
        open(new Screen("#/reports/region-profile", "#downloads-need-region"));
        assertThat(browser.findElement(By.id("downloads-need-region")).getText()).startsWith("Kies eerst een regio");
        assertThat(browser.findElements(By.cssSelector(".downloads a"))).isEmpty();

        open(new Screen("#/reports/region-profile?region=VR16&asOf=2026-11-23", ".downloads a[data-format=pdf]"));
        for (WebElement link : browser.findElements(By.cssSelector(".downloads a"))) {
            assertThat(link.getAttribute("href")).contains("region=VR16");
            assertThat(link.getAttribute("download")).as("a download, not a page in place of the application")
                    .isNotNull();
        }
    }

    @Test
    void theCoverageDrillDownNamesEveryCovenantAndPrintsNoNulls() {
        signInAtAnyWidth();
        for (String report : List.of("coverage", "state-of-vital-partnerships", "region-profile?region=VR12&")) {
            String hash = report.contains("?") ? "#/reports/" + report + "asOf=2026-11-23" : "#/reports/" + report + "?asOf=2026-11-23";
            open(new Screen(hash, ".coverage-matrix button[data-region=VR12][data-column=drinking-water]"));
            browser.findElement(By.cssSelector(".coverage-matrix button[data-region=VR12][data-column=drinking-water]")).click();
            WebElement details = waitFor(By.cssSelector(".cell-details"));
            assertThat(details.getText()).as(report).contains("Kennemerland").doesNotContain("null", "undefined");
            assertThat(browser.findElement(By.cssSelector(".report-content")).getText()).as(report)
                    .doesNotContain("null", "undefined");
        }
    }

    @Test
    void aWallDisplayUsesItsWidth() {
        signInAtAnyWidth();
        for (Dimension size : List.of(new Dimension(1920, 1080), new Dimension(2560, 1440))) {
            browser.manage().window().setSize(size);
            open(SCREENS.get(0));
            assertNoSidewaysScroll("the overview at " + size.width);
            WebElement main = browser.findElement(By.id("main"));
            long left = main.getRect().getX();
            long right = size.width - left - main.getRect().getWidth();
            assertThat(Math.abs(left - right)).as("the reading screens sit in the middle").isLessThanOrEqualTo(20);
            open(SCREENS.get(1));
            assertNoSidewaysScroll("the explorer at " + size.width);
            assertThat(browser.findElement(By.id("landing")).getRect().getWidth()).as("the map takes the room")
                    .isGreaterThan(size.width / 2);
        }
    }

    /** Signs in as admin at any width: on a narrow one the name of who is signed in sits in the folded menu. */
    private void signInAtAnyWidth() {
        signIn("admin", TestApplications.ADMIN_PASSWORD);
        waitLong(".kind-cards");
    }

    private void task(String id, String hash, String loaded) {
        browser.get(url("/#/overview"));
        waitFor(By.id(id)).click();
        waitLong(loaded);
        assertThat(browser.getCurrentUrl()).endsWith(hash);
    }

    private void open(Screen screen) {
        browser.get(url("/" + screen.hash()));
        waitLong(screen.loaded());
    }

    /** Reports compile their queries on first use; on a busy machine that takes a while. */
    private void waitLong(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** The page is no wider than the window; else which elements stick out (outside any box that scrolls or clips). */
    private void assertNoSidewaysScroll(String where) {
        String sticking = (String) script("""
                const width = window.innerWidth;
                const clipped = (el) => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
                return [...document.querySelectorAll('body *')].filter((el) => {
                  const box = el.getBoundingClientRect();
                  return box.width > 0 && box.right > width + 1 && !clipped(el);
                }).slice(0, 8).map((el) => `${el.tagName.toLowerCase()}#${el.id}.${String(el.className).replace(/ /g, '.')}`
                  + ` right ${Math.round(el.getBoundingClientRect().right)}`).join('; ');""");
        assertThat((Long) script("return document.documentElement.scrollWidth - window.innerWidth"))
                .as("%s scrolls sideways: %s", where, sticking).isLessThanOrEqualTo(0L);
    }
}
