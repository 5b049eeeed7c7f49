package nl.partnerkaart.security;

import java.util.List;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.system.RandomPasswords;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * People who sign in through the organisation's identity provider get the roles of the Partnerkaart account
 * with the same user name; at their first sign-in that account is made with the configured default role
 * (and a random password nobody knows), so administrators manage their roles like any other account.
 */
@Component
class OidcAccounts extends OidcUserService {

    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final AuditLog audit;

    OidcAccounts(UserAccounts accounts, SecurityProperties properties, AuditLog audit) {
        this.accounts = accounts;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String claim = user.getPreferredUsername() != null ? "preferred_username"
                : user.getEmail() != null ? "email" : "sub";
        String username = user.getClaimAsString(claim);
        return new DefaultOidcUser(authoritiesFor(username), user.getIdToken(), user.getUserInfo(), claim);
    }

    List<GrantedAuthority> authoritiesFor(String username) {
        if (!accounts.exists(username)) {
            accounts.create(username, RandomPasswords.generate(), List.of(properties.oidcDefaultRole()));
            audit.record(username, "user.created", username, "success",
                    "first OpenID Connect sign-in; role " + properties.oidcDefaultRole());
        }
        Account account = accounts.find(username).orElseThrow();
        if (!account.enabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"), "account disabled");
        }
        return account.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
