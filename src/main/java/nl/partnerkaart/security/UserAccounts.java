package nl.partnerkaart.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.partnerkaart.database.SchemaMigrations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The accounts stored in the database as {@code (:UserAccount {username, passwordHash, roles, regions, enabled})}.
 * Passwords are kept only as hashes of the delegating encoder (bcrypt).
 */
@Service
public class UserAccounts {

    /**
     * Read as a map: before the first account exists these property keys are unknown to the database, and
     * reading them off the node would log a warning at every first start.
     */
    private static final String RETURN_ACCOUNT = """
            WITH properties(u) AS u
            RETURN u.username AS username, u.roles AS roles, coalesce(u.regions, []) AS regions,
                   coalesce(u.enabled, true) AS enabled, u.passwordHash AS hash""";

    private final Neo4jClient neo4j;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserAccounts(Neo4jClient neo4j, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                 SchemaMigrations schema) {
        this.neo4j = neo4j;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** The account as Spring Security checks it at sign-in. */
    UserDetails userDetails(String username) {
        var row = neo4j.query("MATCH (u:UserAccount {username: $username}) " + RETURN_ACCOUNT)
                .bind(username).to("username").fetch().one()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        Account account = account(row);
        return User.withUsername(account.username())
                .password((String) row.get("hash"))
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                .disabled(!account.enabled())
                .build();
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    public Optional<Account> find(String username) {
        return neo4j.query("MATCH (u:UserAccount {username: $username}) " + RETURN_ACCOUNT)
                .bind(username).to("username").fetch().one().map(UserAccounts::account);
    }

    public List<Account> all() {
        return neo4j.query("MATCH (u:UserAccount) " + RETURN_ACCOUNT + " ORDER BY username")
                .fetch().all().stream().map(UserAccounts::account).toList();
    }

    public void create(String username, String password, Collection<Role> roles) {
        create(username, password, roles, List.of());
    }

    public void create(String username, String password, Collection<Role> roles, List<String> regions) {
        neo4j.query("""
                        CREATE (u:UserAccount {username: $username, passwordHash: $hash, roles: $roles,
                                               regions: $regions, enabled: true, createdAt: datetime()})
                        """)
                .bindAll(Map.of("username", username, "hash", passwordEncoder.encode(password),
                        "roles", roles.stream().map(Role::name).toList(), "regions", regions))
                .run();
    }

    public void update(String username, Collection<Role> roles, List<String> regions, boolean enabled) {
        neo4j.query("""
                        MATCH (u:UserAccount {username: $username})
                        SET u.roles = $roles, u.regions = $regions, u.enabled = $enabled, u.updatedAt = datetime()
                        """)
                .bindAll(Map.of("username", username, "roles", roles.stream().map(Role::name).toList(),
                        "regions", regions, "enabled", enabled))
                .run();
        events.publishEvent(new AccountChanged(username, AccountChanged.Kind.RIGHTS));
    }

    void setPassword(String username, String password) {
        neo4j.query("MATCH (u:UserAccount {username: $username}) SET u.passwordHash = $hash, u.updatedAt = datetime()")
                .bindAll(Map.of("username", username, "hash", passwordEncoder.encode(password))).run();
        events.publishEvent(new AccountChanged(username, AccountChanged.Kind.PASSWORD));
    }

    boolean passwordMatches(String username, String password) {
        return neo4j.query("MATCH (u:UserAccount {username: $username}) RETURN u.passwordHash AS hash")
                .bind(username).to("username").fetchAs(String.class).one()
                .map(hash -> passwordEncoder.matches(password, hash)).orElse(false);
    }

    long enabledAdmins() {
        return neo4j.query("MATCH (u:UserAccount) WHERE 'ADMIN' IN u.roles AND coalesce(u.enabled, true) RETURN count(u)")
                .fetchAs(Long.class).one().orElse(0L);
    }

    private static Account account(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) row.get("roles");
        @SuppressWarnings("unchecked")
        List<String> regions = (List<String>) row.get("regions");
        return new Account((String) row.get("username"), roles.stream().map(Role::valueOf).toList(), regions,
                (Boolean) row.get("enabled"));
    }
}
