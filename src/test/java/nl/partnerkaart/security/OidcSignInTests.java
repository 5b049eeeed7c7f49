package nl.partnerkaart.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an identity provider configured by properties, the sign-in page offers it, the browser is sent to
 * the provider's authorization endpoint, and a first sign-in gets an account with the default role.
 * (The provider itself is outside these machines; its endpoint here is an address nothing listens on.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.idp.client-id=partnerkaart",
        "spring.security.oauth2.client.registration.idp.client-secret=not-a-real-secret",
        "spring.security.oauth2.client.registration.idp.client-name=Veiligheidsregio IdP",
        "spring.security.oauth2.client.registration.idp.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.idp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.idp.authorization-uri=http://127.0.0.1:9/authorize",
        "spring.security.oauth2.client.provider.idp.token-uri=http://127.0.0.1:9/token",
        "spring.security.oauth2.client.provider.idp.jwk-set-uri=http://127.0.0.1:9/jwks",
        "spring.security.oauth2.client.provider.idp.user-name-attribute=preferred_username",
        "partnerkaart.dataset.load-on-start=false"})
class OidcSignInTests {

    private static final Path DATA_DIRECTORY = TestApplications.newDataDirectory();

    @LocalServerPort
    int port;

    @Autowired
    OidcAccounts oidcAccounts;

    @Autowired
    UserAccounts accounts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("partnerkaart.embedded.data-directory", DATA_DIRECTORY::toString);
        registry.add("partnerkaart.embedded.bolt-address", () -> "127.0.0.1:0");
    }

    @Test
    void theSignInPageOffersTheProviderAndSendsTheBrowserThere() {
        Api anonymous = new Api(port, null, null);
        Api.Response providers = anonymous.get("/login/providers");
        assertThat(providers.json().get(0).get("name").asString()).isEqualTo("Veiligheidsregio IdP");

        Api.Response redirect = anonymous.get(providers.json().get(0).get("url").asString());
        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://127.0.0.1:9/authorize?").contains("client_id=partnerkaart")
                .contains("response_type=code").contains("scope=openid").contains("state=");
    }

    @Test
    void aFirstSignInGetsAnAccountWithTheDefaultRoleAndKeepsItsRolesAfterwards() {
        assertThat(oidcAccounts.authoritiesFor("j.jansen@vrhm.example")).extracting(Object::toString)
                .containsExactly("ROLE_VIEWER");
        Account account = accounts.find("j.jansen@vrhm.example").orElseThrow();
        accounts.update(account.username(), java.util.List.of(Role.EDITOR), account.regions(), true);
        assertThat(oidcAccounts.authoritiesFor("j.jansen@vrhm.example")).extracting(Object::toString)
                .containsExactly("ROLE_EDITOR");
    }
}
