package nl.partnerkaart.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword initial password of the {@code admin} account; if empty, one is generated and printed once
 * @param oidcDefaultRole role of an account made at the first OpenID Connect sign-in of a person without one
 */
@ConfigurationProperties("partnerkaart.security")
public record SecurityProperties(String adminPassword, @DefaultValue("VIEWER") Role oidcDefaultRole) {
}
