package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import nl.partnerkaart.Api;
import nl.partnerkaart.BrowserTest;
import nl.partnerkaart.OwnApplication;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * A knowledge base of the reference set alone (no examples): every screen and every report opens without an error,
 * and where only examples would have filled a screen it says so.
 */
class ReferenceOnlyBrowserIT {

    @Test
    void everyScreenAndReportWorksOnTheReferenceAlone() throws Exception {
        try (OwnApplication app = OwnApplication.start("partnerkaart.dataset.examples=false")) {
            Api admin = app.admin();
            WebDriver browser = BrowserTest.headlessChromium();
            try {
                String base = "http://127.0.0.1:" + app.port();
                BrowserTest.signIn(browser, base, "admin", TestApplications.ADMIN_PASSWORD);
                BrowserTest.waitFor(browser, By.id("signed-in-as"));

                List<String> addresses = new ArrayList<>();
                browser.findElements(By.cssSelector("nav [data-screen]"))
                        .forEach(link -> addresses.add("#/" + link.getAttribute("data-screen")));
                for (JsonNode report : admin.get("/api/reports").json()) {
                    addresses.add("#/reports/" + report.get("id").asText() + "?region=VR16");
                }
                assertThat(addresses).hasSizeGreaterThan(10);
                List<String> problems = new ArrayList<>();
                for (String address : addresses) {
                    browser.get(base + "/" + address);
                    browser.navigate().refresh();
                    new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(address)
                            .ignoring(StaleElementReferenceException.class).until(b ->
                            !b.findElement(By.id("main")).getText().isBlank() && b.findElements(By.cssSelector(
                            "#main .loading, #main progress")).stream().noneMatch(e -> e.isDisplayed()));
                    browser.findElements(By.cssSelector("#main .message.error")).stream()
                            .filter(e -> e.isDisplayed()).forEach(e -> problems.add(address + ": " + e.getText()));
                    browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                            .map(LogEntry::getMessage).forEach(message -> problems.add(address + ": " + message));
                }
                assertThat(problems).isEmpty();
            } finally {
                browser.quit();
            }
        }
    }
}
