package nl.partnerkaart.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.partnerkaart.bookkeeping.MovedOutOfGraph;
import nl.partnerkaart.bookkeeping.SqlArrays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The accounts, kept in the bookkeeping store (table {@code user_account}), out of reach of the workbench's Cypher.
 * Passwords are kept only as hashes of the delegating encoder (bcrypt).
 */
@Service
public class UserAccounts {

    private static final String SELECT_ACCOUNT = "SELECT username, roles, regions, enabled, password_hash FROM user_account";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                 MovedOutOfGraph moved) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** The account as Spring Security checks it at sign-in. */
    UserDetails userDetails(String username) {
        StoredAccount stored = jdbc.sql(SELECT_ACCOUNT + " WHERE username = ?").param(username)
                .query((row, n) -> new StoredAccount(account(row), row.getString("password_hash"))).optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        Account account = stored.account();
        return User.withUsername(account.username())
                .password(stored.hash())
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                .disabled(!account.enabled())
                .build();
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE username = ?").param(username)
                .query((row, n) -> account(row)).optional();
    }

    public List<Account> all() {
        return jdbc.sql(SELECT_ACCOUNT + " ORDER BY username").query((row, n) -> account(row)).list();
    }

    public void create(String username, String password, Collection<Role> roles) {
        create(username, password, roles, List.of());
    }

    public void create(String username, String password, Collection<Role> roles, List<String> regions) {
        jdbc.sql("""
                        INSERT INTO user_account (username, password_hash, roles, regions, enabled, created_at)
                        VALUES (:username, :hash, :roles, :regions, TRUE, CURRENT_TIMESTAMP)
                        """)
                .param("username", username).param("hash", passwordEncoder.encode(password))
                .param("roles", SqlArrays.texts(roles.stream().map(Role::name).toList()))
                .param("regions", SqlArrays.texts(regions))
                .update();
    }

    public void update(String username, Collection<Role> roles, List<String> regions, boolean enabled) {
        jdbc.sql("""
                        UPDATE user_account
                        SET roles = :roles, regions = :regions, enabled = :enabled, updated_at = CURRENT_TIMESTAMP
                        WHERE username = :username
                        """)
                .param("username", username)
                .param("roles", SqlArrays.texts(roles.stream().map(Role::name).toList()))
                .param("regions", SqlArrays.texts(regions)).param("enabled", enabled)
                .update();
        events.publishEvent(new AccountChanged(username, AccountChanged.Kind.RIGHTS));
    }

    void setPassword(String username, String password) {
        jdbc.sql("UPDATE user_account SET password_hash = ?, updated_at = CURRENT_TIMESTAMP WHERE username = ?")
                .params(passwordEncoder.encode(password), username).update();
        events.publishEvent(new AccountChanged(username, AccountChanged.Kind.PASSWORD));
    }

    boolean passwordMatches(String username, String password) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE username = ?").param(username)
                .query(String.class).optional()
                .map(hash -> passwordEncoder.matches(password, hash)).orElse(false);
    }

    long enabledAdmins() {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE ARRAY_CONTAINS(roles, 'ADMIN') AND enabled")
                .query(Long.class).single();
    }

    private record StoredAccount(Account account, String hash) {
    }

    private static Account account(ResultSet row) throws SQLException {
        return new Account(row.getString("username"),
                SqlArrays.texts(row, "roles").stream().map(Role::valueOf).toList(), SqlArrays.texts(row, "regions"),
                row.getBoolean("enabled"));
    }
}
