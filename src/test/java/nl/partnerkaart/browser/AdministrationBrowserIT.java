package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.partnerkaart.Api;
import nl.partnerkaart.BrowserTest;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** Accounts and audit in a real browser: what each role sees, and hostile text staying text. */
class AdministrationBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void aViewerSeesNoAdministrationAndCannotOpenIt() {
        TestAccounts.as(Role.VIEWER, accounts, port);
        signIn(TestAccounts.username(Role.VIEWER), TestAccounts.PASSWORD);
        waitFor(By.cssSelector("[data-label=SafetyRegion]"));

        assertThat(browser.findElement(By.cssSelector("nav [data-screen=users]")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("nav [data-screen=audit]")).isDisplayed()).isFalse();
        browser.get(url("/#/users"));
        waitFor(By.cssSelector("[data-label=SafetyRegion]"));
        assertThat(browser.findElements(By.id("create-user"))).isEmpty();
    }

    @Test
    void anAdministratorCreatesAnAccountAndChangesItsRole() {
        String username = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        signInAsAdmin();
        browser.findElement(By.cssSelector("nav [data-screen=users]")).click();
        waitFor(By.id("new-username")).sendKeys(username);
        browser.findElement(By.id("new-password")).sendKeys("a-long-enough-password");
        new Select(browser.findElement(By.id("new-role"))).selectByValue("EDITOR");
        browser.findElement(By.id("new-regions")).sendKeys("vr16, VR15");
        browser.findElement(By.cssSelector("#create-user button[type=submit]")).click();

        waitForText(By.cssSelector("main .message"), username);
        By row = By.cssSelector("tr[data-username='" + username + "']");
        assertThat(new Select(waitFor(row).findElement(By.tagName("select"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("EDITOR");
        assertThat(accounts.find(username).orElseThrow().regions()).containsExactly("VR15", "VR16");

        new Select(browser.findElement(row).findElement(By.tagName("select"))).selectByValue("ANALYST");
        browser.findElement(row).findElement(By.cssSelector(".actions button")).click();
        waitForText(By.cssSelector("main .message"), "opgeslagen");
        assertThat(accounts.find(username).orElseThrow().roles()).containsExactly(Role.ANALYST);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aShortPasswordIsExplainedInTheForm() {
        signInAsAdmin();
        browser.get(url("/#/users"));
        waitFor(By.id("new-username")).sendKeys("short-password-user");
        browser.findElement(By.id("new-password")).sendKeys("short");
        browser.findElement(By.cssSelector("#create-user button[type=submit]")).click();
        waitForText(By.cssSelector("main .message.error"), "12");
        assertThat(browser.findElement(By.cssSelector("main .message.error")).getText())
                .isEqualTo("password: ten minste 12 tekens");
        assertThat(browser.findElement(By.id("new-username")).getAttribute("value")).isEqualTo("short-password-user");
        assertThat(accounts.exists("short-password-user")).isFalse();
        assertThat(consoleErrors()).allSatisfy(error -> assertThat(error).contains("400"));
    }

    @Test
    void hostileTextInTheAuditTrailIsShownAsText() {
        String hostile = "<img src=x onerror=alert(1)>";
        new Api(port, hostile, "wrong").get("/api/overview");
        signInAsAdmin();
        browser.get(url("/#/audit"));
        waitFor(By.id("audit-user")).sendKeys(hostile);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        waitForText(By.id("audit-list"), hostile);
        assertThat(browser.findElements(By.cssSelector("#audit-list img"))).isEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aThrottledSignInIsToldHowLongToWait() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "the-right-password", List.of(Role.VIEWER));
        Api guesser = new Api(port, username, "wrong");
        // Fail whenever allowed, until the next attempt must wait at least 4 s (failures 6 to 8 wait 1, 2, 4 s).
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Api.Response response = guesser.get("/api/overview");
            return response.status() == 429
                    && Integer.parseInt(response.headers().firstValue("Retry-After").orElse("0")) >= 4;
        });
        signIn(username, "the-right-password");
        waitForText(By.id("login-message"), "Probeer het over");
        assertThat(browser.getCurrentUrl()).contains("/login.html");
        // The wait in words, singular and plural, and minutes once it is long ("1 seconden" before).
        assertThat(browser.findElement(By.id("login-message")).getText())
                .matches("Te veel mislukte pogingen .*\\. Probeer het over [0-9]+ seconden opnieuw\\.");
        Object waits = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/lib/i18n.js').then((m) => done([1, 30, 300].map((s) => m.formatDuration(s)).join(' / ')));
                """);
        assertThat(waits).isEqualTo("1 seconde / 30 seconden / 5 minuten");
        browser.findElement(By.id("language-switch")).click();
        waitForText(By.id("login-message"), "Too many failed attempts");
        assertThat(browser.findElement(By.id("login-message")).getText()).matches(".* Try again in [0-9]+ seconds\\.");
    }
}
