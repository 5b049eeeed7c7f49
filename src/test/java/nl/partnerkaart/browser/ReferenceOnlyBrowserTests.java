package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import nl.partnerkaart.Api;
import nl.partnerkaart.BrowserTest;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A knowledge base of the reference set alone (no examples): every screen and every report opens without an error,
 * and where only examples would have filled a screen it says so.
 */
class ReferenceOnlyBrowserTests {

    @Test
    void everyScreenAndReportWorksOnTheReferenceAlone() throws Exception {
        try (ConfigurableApplicationContext app = TestApplications.start(TestApplications.newDataDirectory(),
                "partnerkaart.dataset.examples=false")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Api admin = new Api(port, "admin", TestApplications.ADMIN_PASSWORD);
            WebDriver browser = BrowserTest.headlessChromium();
            try {
                String base = "http://127.0.0.1:" + port;
                browser.get(base + "/");
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElements(By.id("username")).isEmpty());
                browser.findElement(By.id("username")).sendKeys("admin");
                browser.findElement(By.id("password")).sendKeys(TestApplications.ADMIN_PASSWORD);
                browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElements(By.id("signed-in-as")).isEmpty());

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
