package nl.partnerkaart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

class VerifiedCredentialsTests {

    private final UserDetails user = User.withUsername("analist").password("{noop}x").roles("ANALYST").build();

    @Test
    void onlyTheSamePasswordIsRecognisedAndAnyChangeForgetsIt() {
        VerifiedCredentials verified = new VerifiedCredentials();
        verified.remember(user, "correct horse battery staple");

        assertThat(verified.find("analist", "correct horse battery staple")).isSameAs(user);
        assertThat(verified.find("analist", "correct horse battery stapler")).isNull();
        assertThat(verified.find("someone-else", "correct horse battery staple")).isNull();

        verified.forget("analist");
        assertThat(verified.find("analist", "correct horse battery staple")).isNull();
    }

    @Test
    void twoInstancesDoNotShareTheirKey() {
        VerifiedCredentials first = new VerifiedCredentials();
        VerifiedCredentials second = new VerifiedCredentials();
        first.remember(user, "secret");
        assertThat(second.find("analist", "secret")).isNull();
        assertThat(List.of(first.find("analist", "secret"))).containsExactly(user);
    }
}
