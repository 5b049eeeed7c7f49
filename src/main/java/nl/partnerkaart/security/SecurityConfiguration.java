package nl.partnerkaart.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Secure by default: every {@code /api} call needs a signed-in user (HTTP Basic for scripts, the session
 * for the browser); health, the API description and static files are open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemSecurityResponses problems) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(Customizer.withDefaults())
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(problems, request -> request.getRequestURI().startsWith("/api/"))
                        .accessDeniedHandler(problems))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::cannotBeForged));
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
