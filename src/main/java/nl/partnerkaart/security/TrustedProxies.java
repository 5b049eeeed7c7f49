package nl.partnerkaart.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a reverse proxy every request comes from the proxy's address. Only from the proxies listed in
 * {@code partnerkaart.security.trusted-proxies} does the application believe {@code X-Forwarded-For} (the
 * client's address, for sign-in throttling and the audit trail) and {@code X-Forwarded-Proto} (https: secure
 * cookies and HSTS); from anyone else those headers are ignored, so a client cannot choose its own address.
 * Tomcat's RemoteIpValve does the work, given exactly these proxies (Spring Boot's own default would trust
 * every private address).
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final List<String> proxies;

    TrustedProxies(SecurityProperties properties) {
        this.proxies = properties.trustedProxies();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (proxies.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(proxies.stream().map(TrustedProxies::asCidr).collect(Collectors.joining(",")));
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        factory.addEngineValves(valve);
    }

    /** Tomcat reads a list as CIDR blocks only when every entry is one; a single address becomes a block of one. */
    static String asCidr(String entry) {
        String trimmed = entry.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        // Numeric addresses only: a host name here would mean a DNS look-up at start and trust in its answer.
        if (!address.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
            throw new IllegalStateException("partnerkaart.security.trusted-proxies: '" + entry
                    + "' is not an IP address or CIDR block (such as 10.0.0.5 or 10.0.0.0/24)");
        }
        try {
            int bits = InetAddress.getByName(address).getAddress().length * 8;
            return slash < 0 ? trimmed + "/" + bits : trimmed;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("partnerkaart.security.trusted-proxies: '" + entry
                    + "' is not an IP address or CIDR block", e);
        }
    }
}
