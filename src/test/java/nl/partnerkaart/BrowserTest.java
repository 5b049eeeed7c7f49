package nl.partnerkaart;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the front-end tests: a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, installed by .ci/run) against the running application with the shipped data.
 */
public abstract class BrowserTest extends ApplicationTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    protected static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = headlessChromium();
    }

    /** A fresh headless Chromium at 1280x800 that keeps the console log; also used by the benchmarks. */
    public static ChromeDriver headlessChromium() throws java.io.IOException {
        if (!new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,800",
                "--user-data-dir=" + Files.createTempDirectory("partnerkaart-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.get(url("/login.html"));
        browser.manage().deleteAllCookies();
        script("localStorage.clear()");
        consoleErrors();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected void signIn(String user, String password) {
        signIn(browser, url(""), user, password);
    }

    /** Signs in through the sign-in form of the application at {@code base} (for tests with an application of their own). */
    public static void signIn(WebDriver browser, String base, String user, String password) {
        browser.get(base + "/");
        waitFor(browser, By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    }

    /** Runs a script in the page (the graph's Cytoscape instance is {@code document.getElementById(..)._cyreg.cy}). */
    protected Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    protected void signInAsAdmin() {
        signIn("admin", TestApplications.ADMIN_PASSWORD);
        // Its text, not its visibility: on a narrow screen the session sits behind the menu button.
        until(browser, driver -> driver.findElements(By.id("signed-in-as")).stream()
                .anyMatch(name -> !name.getAttribute("textContent").isBlank()));
    }

    protected WebElement waitFor(By locator) {
        return waitFor(browser, locator);
    }

    protected void waitForText(By locator, String text) {
        waitForText(browser, locator, text);
    }

    public static WebElement waitFor(WebDriver browser, By locator) {
        return until(browser, ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public static void waitForText(WebDriver browser, By locator, String text) {
        until(browser, ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * Many waits span a navigation (to the sign-in page, say): a look-up that the page's replacement aborts is tried
     * again on the new page, as a look-up that finds nothing yet is.
     */
    private static <T> T until(WebDriver browser, ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("aborted by navigation")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Errors the page wrote to the console since the last call (and so clears them). */
    protected List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
