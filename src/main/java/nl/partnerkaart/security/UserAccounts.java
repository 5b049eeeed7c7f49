package nl.partnerkaart.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.database.SchemaMigrations;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The accounts stored in the database as {@code (:UserAccount {username, passwordHash, roles, enabled})}. */
@Service
public class UserAccounts implements UserDetailsService {

    private final Neo4jClient neo4j;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(Neo4jClient neo4j, PasswordEncoder passwordEncoder, SchemaMigrations schema) {
        this.neo4j = neo4j;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return neo4j.query("""
                        MATCH (u:UserAccount {username: $username})
                        RETURN u.username AS username, u.passwordHash AS hash, u.roles AS roles, u.enabled AS enabled
                        """)
                .bind(username).to("username")
                .fetchAs(UserDetails.class)
                .mappedBy((types, row) -> User.withUsername(row.get("username").asString())
                        .password(row.get("hash").asString())
                        .authorities(authorities(row.get("roles").asList(v -> v.asString())))
                        .disabled(!row.get("enabled").asBoolean(true))
                        .build())
                .one()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public boolean exists(String username) {
        return neo4j.query("MATCH (u:UserAccount {username: $username}) RETURN count(u) > 0")
                .bind(username).to("username").fetchAs(Boolean.class).one().orElse(false);
    }

    public void create(String username, String password, Collection<Role> roles) {
        neo4j.query("""
                        CREATE (u:UserAccount {username: $username, passwordHash: $hash, roles: $roles,
                                               enabled: true, createdAt: datetime()})
                        """)
                .bindAll(Map.of("username", username, "hash", passwordEncoder.encode(password),
                        "roles", roles.stream().map(Role::name).toList()))
                .run();
    }

    private static List<SimpleGrantedAuthority> authorities(List<String> roles) {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
