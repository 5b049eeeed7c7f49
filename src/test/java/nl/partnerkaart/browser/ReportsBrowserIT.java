package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The coverage page in a real browser: the matrix, drilling into a cell, the chart, the other reports as tabs. */
class ReportsBrowserIT extends BrowserTest {

    private static By cell(String region, String column) {
        return By.cssSelector(".coverage-matrix button[data-region='" + region + "'][data-column='" + column + "']");
    }

    @Test
    void theCoverageMatrixShowsTheGapsAndACellOpensTheCovenantsBehindIt() {
        signInAsAdmin();
        browser.findElement(By.cssSelector("nav a[data-screen=reports]")).click();

        // The first report after start compiles its queries; on a busy machine that takes a while.
        WebElement kennemerland = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(cell("VR12", "drinking-water")));
        assertThat(kennemerland.getAttribute("class")).contains("state-in-preparation");
        assertThat(browser.findElement(cell("VR02", "VP02")).getAttribute("class")).contains("state-expired");
        assertThat(browser.findElement(cell("VR03", "drinking-water")).getAttribute("class")).containsAnyOf(
                "state-active", "state-expiring");
        // Groningen's drinking-water covenant of 2010 is public: signed, but no source says it still holds
        assertThat(browser.findElement(cell("VR01", "drinking-water")).getAttribute("class"))
                .contains("state-unknown");
        assertThat(browser.findElement(By.cssSelector(".coverage-gaps")).getText())
                .contains("Gelderland-Zuid", "Kennemerland", "Limburg-Noord", "Zuid-Limburg");
        assertThat(browser.findElements(By.cssSelector(".chart-box canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".downloads a[data-format=pdf]")).getAttribute("href"))
                .contains("/api/reports/coverage?", "format=pdf");

        kennemerland.click();

        WebElement details = waitFor(By.cssSelector(".cell-details"));
        assertThat(details.getText()).contains("Kennemerland");
        assertThat(details.findElements(By.cssSelector(".covenant-list li"))).hasSize(2);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theNationalOverviewsMatrixOpensTheCovenantsAndPointsToTheCoverageReportForTheirPartners() {
        signInAsAdmin();
        browser.get(url("/#/reports/state-of-vital-partnerships?asOf=2026-11-23"));

        WebElement kennemerland = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(cell("VR12", "drinking-water")));
        kennemerland.click();

        WebElement details = waitFor(By.cssSelector(".cell-details"));
        assertThat(details.findElements(By.cssSelector(".covenant-list li"))).hasSize(2);
        assertThat(details.getText()).contains("Dekking convenanten").doesNotContain("Partners: –");
        // the networks as a summary per sector, not one row per network
        assertThat(browser.findElements(By.cssSelector("table[data-table=sectors] tbody tr"))).isNotEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theOtherReportsAreTabsWithSortableTablesAndAHelpfulEmptyState() {
        signInAsAdmin();
        // A fixed date: with today's the number of overdue items grows by the day.
        browser.get(url("/#/reports/action-items?asOf=2026-11-23"));

        WebElement overdue = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table[data-table=overdue]")));
        assertThat(overdue.findElements(By.cssSelector("tbody tr"))).hasSize(127);
        WebElement days = browser.findElement(By.cssSelector("table[data-table=overdue] th:nth-child(2) button"));
        days.click();
        assertThat(browser.findElement(By.cssSelector("table[data-table=overdue] th:nth-child(2)"))
                .getAttribute("aria-sort")).isEqualTo("ascending");

        browser.findElement(By.cssSelector(".report-tabs a[href='#/reports/partner-profiles']")).click();
        waitFor(By.cssSelector(".report-content .empty-state"));
        assertThat(browser.findElement(By.cssSelector(".report-content .empty-state")).getText()).isNotBlank();
        assertThat(consoleErrors()).isEmpty();
    }
}
