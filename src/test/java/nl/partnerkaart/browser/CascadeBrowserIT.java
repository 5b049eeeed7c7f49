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

/**
 * The failure simulation in a real browser: an outage scenario (where + how long), the time slider, the map, backups,
 * the briefing and the brokers.
 */
class CascadeBrowserIT extends BrowserTest {

    /** A cascade over the whole country takes a while on a busy build machine: wait longer than for a page. */
    private void waitForCascade() {
        waitLongForText(By.cssSelector("main .message"), "Getroffen");
    }

    private void waitLongForText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private void waitUntilTrue(String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .withMessage(() -> condition + " never held; slider at " + script(
                        "return document.getElementById('cascade-slider').value") + ", classes of VP22: " + script(
                        "return document.getElementById('cascade-graph')._cyreg.cy.$id('VP22').classes().join(' ')"))
                .until(d -> Boolean.TRUE.equals(script("return " + condition)));
    }

    private long timelineEntries(String selector) {
        return browser.findElements(By.cssSelector("#cascade-timeline " + selector)).size();
    }

    @Test
    void aPowerFailureUnfoldsHourByHourOnTheGraphTheMapAndTheTimeline() {
        signInAsAdmin();
        browser.get(url("/#/cascade"));
        waitFor(By.id("cascade-search")).sendKeys("VP02");
        waitForText(By.id("cascade-suggestions"), "Regionale distributie elektriciteit");
        browser.findElement(By.id("cascade-search")).sendKeys(Keys.ENTER);
        waitForText(By.id("cascade-starts"), "Regionale distributie elektriciteit");
        WebElement hours = browser.findElement(By.id("cascade-hours"));
        hours.clear();
        hours.sendKeys("30");
        browser.findElement(By.id("cascade-run")).click();
        waitForCascade();

        // Known answers (docs/cascade.md): drinking water (VP10) at 26 hours, 112 and C2000 (VP22) at 2.
        assertThat(browser.findElement(By.cssSelector("#cascade-timeline li[data-id=VP10]")).getAttribute("data-hour"))
                .isEqualTo("26");
        assertThat(browser.findElements(By.cssSelector("#cascade-timeline li[data-id=VP21]"))).isEmpty();
        assertThat(browser.getCurrentUrl()).contains("start=VP02").contains("hours=30");

        WebElement slider = browser.findElement(By.id("cascade-slider"));
        slider.click();
        slider.sendKeys(Keys.HOME);
        waitForText(By.id("cascade-hour"), "uur 0");
        for (int hour = 0; hour < 6; hour++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        waitForText(By.id("cascade-hour"), "uur 6");
        waitUntilTrue("document.getElementById('cascade-graph')._cyreg.cy.$id('VP22').hasClass('hit')");
        waitUntilTrue("document.getElementById('cascade-graph')._cyreg.cy.$id('VP10').hasClass('pending')");
        assertThat(timelineEntries("li[data-id=VP10].future")).isEqualTo(1);
        assertThat(browser.findElements(By.cssSelector(".region-map .region"))).hasSize(25);
        assertThat(browser.findElement(By.cssSelector(".region-map [data-region=VR16]")).getCssValue("fill"))
                .isNotEqualTo("rgb(233, 238, 243)");

        // A click on the outline itself: the middle of its box may lie in a neighbouring region.
        script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
                browser.findElement(By.cssSelector(".region-map [data-region=VR16]")));
        waitForText(By.id("cascade-region"), "Liander");

        // A backup on drinking water's telemetry: VP10 no longer fails as a whole at 26 hours (that would now be at
        // 240, beyond the horizon); only the local disruption through a booster station in Alphen at 2 hours remains.
        script("document.getElementById('cascade-graph')._cyreg.cy.getElementById('VP10|DEPENDS_ON|VP08').emit('tap')");
        waitForText(By.id("cascade-ignored"), "VP10 → VP08");
        new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(d -> timelineEntries("li[data-id=VP10].localProcess[data-hour='2']") == 1);
        assertThat(timelineEntries("li[data-id=VP10]")).isEqualTo(1);
        assertThat(browser.getCurrentUrl()).contains("ignore=VP10");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theBriefingOfARegionListsPartnersCovenantsAndGaps() {
        signInAsAdmin();
        browser.get(url("/#/cascade?tab=briefing&region=VR16&incidentType=4.1.30&hours=12"));
        waitLongForText(By.id("briefing-result"), "Uitval elektriciteitsvoorziening in Hollands Midden");
        assertThat(browser.findElement(By.id("briefing-result")).getText()).contains("Liander", "lid crisisteam");
        assertThat(browser.findElement(By.id("briefing-gaps")).getText()).contains("KPN");
        assertThat(browser.findElement(By.id("briefing-pdf")).getAttribute("href"))
                .contains("region=VR16").contains("format=pdf").contains("lang=nl");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theBrokersLeadToASimulation() {
        signInAsAdmin();
        browser.get(url("/#/cascade?tab=brokers"));
        waitLongForText(By.className("brokers"), "Landelijk transport, distributie en productie elektriciteit");
        assertThat(browser.findElement(By.id("brokers-infrastructure-chains")).getText()).contains("VP02");
        assertThat(browser.findElement(By.id("brokers-partners-chains")).getText()).contains("Liander");
        browser.findElement(By.cssSelector(".brokers a[href*='start=VP01']")).click();
        waitForCascade();
        assertThat(browser.findElement(By.id("cascade-starts")).getText()).contains("Landelijk transport");
        assertThat(consoleErrors()).isEmpty();
    }

    /** "12 hours without power in Hollands Midden" asked on the form; known answers in OutageScenarioShippedDataTests. */
    @Test
    void twelveHoursWithoutPowerInHollandsMiddenOnOneScreen() {
        signInAsAdmin();
        browser.get(url("/#/cascade"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cascade-incident option[value='4.1.30']")));
        new Select(browser.findElement(By.id("cascade-incident"))).selectByValue("4.1.30");
        new Select(browser.findElement(By.id("cascade-regions"))).selectByValue("VR16");
        browser.findElement(By.id("cascade-duration")).sendKeys("12");
        WebElement hours = browser.findElement(By.id("cascade-hours"));
        hours.clear();
        hours.sendKeys("24");
        browser.findElement(By.id("cascade-run")).click();
        waitForCascade();
        assertThat(browser.getCurrentUrl()).contains("incidentType=4.1.30", "region=VR16", "duration=12");

        // the layers of time: columns left to right, the drinking-water booster in Alphen in the column of hour 2
        assertThat(browser.findElements(By.cssSelector("#cascade-layers-columns > .layer-column")).stream()
                .map(c -> c.getAttribute("data-hour")).toList()).containsExactly("0", "2", "4", "6", "8", "12");
        assertThat(browser.findElement(By.cssSelector(".layer-column[data-hour='2'] [data-id=AS-HM-BOOSTER-ALPHEN]"))
                .isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".layer-column.recovery")).getText()).contains("uur 12");
        assertThat((Boolean) script("const cy = document.getElementById('cascade-graph')._cyreg.cy;"
                + "return cy.$id('AS-HM-BOOSTER-ALPHEN').position('x') > cy.$id('AS-HM-SUB-ALPHEN').position('x');"))
                .isTrue();

        // the map by the hour a region is first hit, with its legend: Hollands Midden at once, Haaglanden at 8
        WebElement slider = browser.findElement(By.id("cascade-slider"));
        slider.click();
        slider.sendKeys(Keys.END);
        waitForText(By.id("cascade-hour"), "uur 24");
        assertThat(browser.findElement(By.cssSelector(".region-map [data-region=VR16]")).getCssValue("fill"))
                .isEqualTo("rgb(103, 0, 13)");
        assertThat(browser.findElement(By.cssSelector(".region-map [data-region=VR15]")).getCssValue("fill"))
                .isEqualTo("rgb(203, 24, 29)");
        assertThat(browser.findElement(By.id("cascade-map-legend")).getText())
                .contains("meteen (uur 0)", "na 4 tot en met 12 uur", "niet geraakt");

        // whom to call, and the partner hit without an active covenant
        assertThat(browser.findElement(By.id("scenario-calls")).getText()).contains("Liander", "Stedin");
        assertThat(browser.findElement(By.id("scenario-no-covenant")).getText()).contains("KPN");
        assertThat(browser.findElement(By.id("scenario-pdf")).getAttribute("href"))
                .contains("region=VR16", "scope=region", "duration=12", "format=pdf");
        assertThat(consoleErrors()).isEmpty();
    }
}
