package nl.partnerkaart.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Secure by default: every {@code /api} call and every page needs a signed-in user (HTTP Basic for
 * scripts, the session for the browser); only health, the API description, the sign-in page and static
 * files are open. A strict Content-Security-Policy allows no inline script anywhere.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login.html";
    private static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI styles itself inline; it shows no data of ours, so it alone may. */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        STRICT_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, ProblemSecurityResponses problems,
                                    ObjectProvider<ClientRegistrationRepository> identityProviders,
                                    OidcAccounts oidcAccounts, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                            .requestMatchers(LOGIN_PAGE, "/login/providers", "/css/**", "/js/**", "/i18n/**", "/img/**", "/webjars/**",
                                    "/favicon.svg").permitAll();
                    for (ApiAccessRules.Rule rule : ApiAccessRules.RULES) {
                        var matched = requests.requestMatchers(rule.method(), rule.pattern());
                        if (rule.role() == null) {
                            matched.authenticated();
                        } else {
                            matched.hasRole(rule.role().name());
                        }
                    }
                    requests.requestMatchers("/api/**").denyAll()
                            .anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).loginProcessingUrl("/login")
                        .defaultSuccessUrl("/", true).failureHandler(problems).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                // Every session is registered under its account, so a change to the account can end them all.
                // Registered where a sign-in makes one (form, OpenID Connect), not for every authenticated request:
                // otherwise each HTTP Basic call without a cookie would make and register a session of its own.
                .sessionManagement(session -> session.requireExplicitAuthenticationStrategy(true)
                        .sessionConcurrency(concurrency -> concurrency.maximumSessions(-1).sessionRegistry(sessions)
                                .expiredSessionStrategy(problems)))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(problems, request -> request.getRequestURI().startsWith("/api/"))
                        .accessDeniedHandler(problems))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::cannotBeForged))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(STRICT_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage(LOGIN_PAGE).defaultSuccessUrl("/", true)
                    .failureUrl(LOGIN_PAGE + "?error").userInfoEndpoint(info -> info.oidcUserService(oidcAccounts)));
        }
        return http.build();
    }

    /**
     * A request without a session cookie that a browser did not send from another site has nothing a forger
     * could ride on: scripts with HTTP Basic, and anonymous calls (which then get 401). Everything else
     * needs the CSRF token.
     */
    static boolean cannotBeForged(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        boolean fromAnotherSite = "cross-site".equals(site) || "same-site".equals(site);
        return !fromAnotherSite && request.getRequestedSessionId() == null;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it forgets it. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_EDITOR
                ROLE_EDITOR > ROLE_ANALYST
                ROLE_ANALYST > ROLE_VIEWER
                """);
    }
}
