package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.partnerkaart.BrowserTest;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in, the start screen, the language switch and sign-out in a real browser. */
class ShellBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    private String newAccount(Role role) {
        String username = "shell-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, TestAccounts.PASSWORD, List.of(role));
        return username;
    }

    @Test
    void aSessionEndedByAnAccountChangeSendsThePageToTheSignInPageWhichSaysWhy() {
        String username = newAccount(Role.ANALYST);
        signIn(username, TestAccounts.PASSWORD);
        waitFor(By.id("signed-in-as"));
        browser.findElement(By.cssSelector("nav [data-screen=explore]")).click();
        waitFor(By.id("explore-search"));
        browser.findElement(By.cssSelector("nav [data-screen=overview]")).click();
        waitFor(By.cssSelector("[data-label=SafetyRegion]"));
        demote(username);

        // The explorer's next API call gets 401 with code session.ended; the sign-in page says why, in the UI's "u".
        browser.findElement(By.cssSelector("nav [data-screen=explore]")).click();
        waitForText(By.id("login-message"), "Uw sessie is beëindigd omdat uw account is gewijzigd");
        assertThat(browser.getCurrentUrl()).endsWith("/login.html?ended");
        assertThat(consoleErrors()).allSatisfy(error -> assertThat(error).contains("401"));
    }

    @Test
    void aScreenNotYetLoadedWhenTheSessionEndsLeadsToTheSignInPageNotToAStuckPage() {
        String username = newAccount(Role.ANALYST);
        signIn(username, TestAccounts.PASSWORD);
        waitFor(By.cssSelector("[data-label=SafetyRegion]"));
        demote(username);

        // The server redirects the screen's module to the sign-in page, so it does not load; the page must follow.
        browser.findElement(By.cssSelector("nav [data-screen=workbench]")).click();
        waitFor(By.id("login-form"));
        assertThat(browser.getCurrentUrl()).contains("/login.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Aanmelden");
        assertThat(browser.findElement(By.id("username")).isDisplayed()).isTrue();
    }

    private void demote(String username) {
        assertThat(api().putJson("/api/users/" + username, Map.of("roles", List.of("VIEWER"), "regions", List.of(),
                "enabled", true)).status()).isEqualTo(200);
    }

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
        waitForText(By.id("signed-in-as"), "admin");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("Aangemeld als admin");
        assertThat(browser.getCurrentUrl()).doesNotContain("login");
    }
}
