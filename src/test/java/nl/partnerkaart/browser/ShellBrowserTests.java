package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Sign-in, the start screen, the language switch and sign-out in a real browser. */
class ShellBrowserTests extends BrowserTest {

    @Test
    void signInShowsTheOverviewInDutchAndTheSwitchTurnsItEnglish() {
        signInAsAdmin();

        waitForText(By.cssSelector("[data-label=SafetyRegion] .label"), "Veiligheidsregio's");
        assertThat(browser.findElement(By.cssSelector("[data-label=SafetyRegion] .count")).getText()).isEqualTo("25");
        assertThat(browser.findElement(By.cssSelector("[data-label=Municipality] .count")).getText()).isEqualTo("342");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("Aangemeld als admin");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

        browser.findElement(By.id("language-switch")).click();

        waitForText(By.cssSelector("[data-label=SafetyRegion] .label"), "Safety regions");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("Signed in as admin");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aWrongPasswordSaysSoAndSigningOutEndsTheSession() {
        signIn("admin", "wrong password");
        waitForText(By.id("login-message"), "onjuist");

        signInAsAdmin();
        browser.findElement(By.cssSelector("#logout-form button")).click();
        waitForText(By.id("login-message"), "afgemeld");

        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).contains("/login.html");
        assertThat(consoleErrors()).allSatisfy(error -> assertThat(error).contains("401"));
    }

    @Test
    void theSignInPageIsUsableWithTheKeyboardAlone() {
        browser.get(url("/login.html"));
        waitFor(By.id("username"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        browser.switchTo().activeElement().sendKeys("admin\t" + nl.partnerkaart.TestApplications.ADMIN_PASSWORD + "\n");
        waitFor(By.id("signed-in-as"));
        assertThat(browser.getCurrentUrl()).doesNotContain("login");
    }
}
