package nl.partnerkaart.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword initial password of the {@code admin} account; if empty, one is generated and printed once
 * @param oidcDefaultRole role of an account made at the first OpenID Connect sign-in of a person without one
 * @param trustedProxies addresses or CIDR blocks of the reverse proxies whose {@code X-Forwarded-For} and
 *        {@code X-Forwarded-Proto} headers are believed; empty (the default) believes nobody's
 */
@ConfigurationProperties("partnerkaart.security")
public record SecurityProperties(String adminPassword, @DefaultValue("VIEWER") Role oidcDefaultRole,
                                 @DefaultValue List<String> trustedProxies) {
}
