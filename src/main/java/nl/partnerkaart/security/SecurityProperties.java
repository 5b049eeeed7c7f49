package nl.partnerkaart.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword initial password of the {@code admin} account; if empty, one is generated and printed once
 */
@ConfigurationProperties("partnerkaart.security")
public record SecurityProperties(String adminPassword) {
}
