package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator plans, changes and removes a scheduled report on the Rapportages page. */
class ReportSchedulesBrowserIT extends BrowserTest {

    private static final By ROW = By.cssSelector(".report-schedules tr[data-schedule]");
    private static final By EMPTY = By.cssSelector(".report-schedules .empty-state");

    @Test
    void anAdministratorCreatesChangesAndRemovesASchedule() {
        signInAsAdmin();
        browser.get(url("/#/reports/schedules"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(EMPTY));

        browser.findElement(By.id("schedule-new")).click();
        new Select(waitFor(By.id("schedule-report"))).selectByValue("coverage");
        WebElement cron = browser.findElement(By.id("schedule-cron"));
        cron.clear();
        cron.sendKeys("0 30 6 * * TUE");
        waitForText(By.id("schedule-cron-hint"), "Volgende keren:");
        browser.findElement(By.id("schedule-recipients")).sendKeys("bestuur@example.org");
        browser.findElement(By.cssSelector(".schedule-form button[type=submit]")).click();

        WebElement row = waitFor(ROW);
        assertThat(row.getText()).contains("Dekking", "0 30 6 * * TUE", "bestuur@example.org", "nog niet uitgevoerd");

        row.findElement(By.cssSelector(".schedule-edit")).click();
        WebElement changed = waitFor(By.id("schedule-cron"));
        changed.sendKeys(Keys.chord(Keys.CONTROL, "a"), "elke dinsdag");
        browser.findElement(By.cssSelector(".schedule-form button[type=submit]")).click();
        waitFor(By.id("schedule-cron-error"));
        assertThat(changed.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.switchTo().activeElement()).isEqualTo(changed);

        changed.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0 0 8 1 * *");
        browser.findElement(By.cssSelector(".schedule-form button[type=submit]")).click();
        waitForText(ROW, "0 0 8 1 * *");
        assertThat(browser.findElements(ROW)).hasSize(1);

        browser.findElement(By.cssSelector(".schedule-delete")).click();
        waitFor(By.cssSelector("dialog[open] button[value=delete]")).click();
        waitFor(EMPTY);
        // The refused cron expression answered 400 (preview and save); nothing else may have failed.
        assertThat(consoleErrors()).allMatch(error -> error.contains("400"));
    }
}
