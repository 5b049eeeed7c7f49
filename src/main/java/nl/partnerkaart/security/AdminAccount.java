package nl.partnerkaart.security;

import java.util.List;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.system.RandomPasswords;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure an {@code admin} account exists, so that a fresh start is usable at once: with the configured
 * password, or with one generated now and printed once for the person who started the application.
 */
@Component
class AdminAccount implements ApplicationRunner {

    static final String USERNAME = "admin";

    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final AuditLog audit;

    AdminAccount(UserAccounts accounts, SecurityProperties properties, AuditLog audit) {
        this.accounts = accounts;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(USERNAME)) {
            return;
        }
        boolean generated = !StringUtils.hasText(properties.adminPassword());
        String password = generated ? RandomPasswords.generate() : properties.adminPassword();
        accounts.create(USERNAME, password, List.of(Role.ADMIN));
        audit.record("system", "user.created", USERNAME, "success", "first start; roles [ADMIN]");
        if (generated) {
            System.out.printf("%n  Partnerkaart: sign in as admin with password %s%n"
                    + "  (shown once; set partnerkaart.security.admin-password to choose it yourself)%n%n", password);
        }
    }
}
