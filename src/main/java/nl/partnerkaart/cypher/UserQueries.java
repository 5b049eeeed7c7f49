package nl.partnerkaart.cypher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Users' own saved queries as internal {@code (:SavedQuery {id, owner, ...})} nodes. The owner is a property,
 * not a relationship: internal data stays out of the graph model. Every read and write matches on the owner,
 * so another user's query is simply not found (404), never "forbidden", which would tell it exists.
 */
@Service
class UserQueries {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_PER_USER = 500;

    private final Driver driver;
    private final CypherProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    UserQueries(Driver driver, CypherProperties properties) {
        this.driver = driver;
        this.properties = properties;
    }

    List<UserQuery> list(String owner) {
        return read("""
                MATCH (q:SavedQuery {owner: $owner}) RETURN q ORDER BY toLower(q.title), q.id
                """, Map.of("owner", owner));
    }

    UserQuery get(String owner, String id) {
        return read("MATCH (q:SavedQuery {owner: $owner, id: $id}) RETURN q", Map.of("owner", owner, "id", id))
                .stream().findFirst().orElseThrow(() -> notFound(id));
    }

    UserQuery create(String owner, UserQuery.Draft draft) {
        Map<String, Object> values = validated(draft);
        values.put("owner", owner);
        values.put("id", UUID.randomUUID().toString());
        values.put("max", MAX_PER_USER);
        return write("""
                OPTIONAL MATCH (existing:SavedQuery {owner: $owner})
                WITH count(existing) AS saved WHERE saved < $max
                CREATE (q:SavedQuery {id: $id, owner: $owner, title: $title, description: $description, query: $query,
                                      params: $params, createdAt: datetime(), updatedAt: datetime()})
                RETURN q
                """, values).orElseThrow(() -> new InvalidInputException("title",
                "You have " + MAX_PER_USER + " saved queries, the most one user may keep; delete some first."));
    }

    UserQuery update(String owner, String id, UserQuery.Draft draft) {
        Map<String, Object> values = validated(draft);
        values.put("owner", owner);
        values.put("id", id);
        return write("""
                MATCH (q:SavedQuery {owner: $owner, id: $id})
                SET q.title = $title, q.description = $description, q.query = $query, q.params = $params,
                    q.updatedAt = datetime()
                RETURN q
                """, values).orElseThrow(() -> notFound(id));
    }

    void delete(String owner, String id) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build())) {
            long deleted = session.executeWrite(tx -> tx.run(
                    "MATCH (q:SavedQuery {owner: $owner, id: $id}) DELETE q RETURN count(*) AS deleted",
                    Map.of("owner", owner, "id", id)).single().get("deleted").asLong());
            if (deleted == 0) {
                throw notFound(id);
            }
        }
    }

    private Map<String, Object> validated(UserQuery.Draft draft) {
        if (draft == null || draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInputException("title", "A title is required.");
        }
        if (draft.title().length() > MAX_TITLE) {
            throw new InvalidInputException("title", "The title may be at most " + MAX_TITLE + " characters.");
        }
        if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description",
                    "The description may be at most " + MAX_DESCRIPTION + " characters.");
        }
        if (draft.query() == null || draft.query().isBlank()) {
            throw new InvalidInputException("query", "A query is required.");
        }
        if (draft.query().length() > properties.maxQueryLength()) {
            throw new InvalidInputException("query", "The query may be at most " + properties.maxQueryLength()
                    + " characters.");
        }
        CypherParameters.convert(draft.params(), properties);
        Map<String, Object> values = new HashMap<>();
        values.put("title", draft.title().strip());
        values.put("description", draft.description() == null ? "" : draft.description().strip());
        values.put("query", draft.query());
        values.put("params", json.writeValueAsString(draft.params() == null ? Map.of() : draft.params()));
        return values;
    }

    private List<UserQuery> read(String cypher, Map<String, Object> params) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run(cypher, params).list(this::userQuery));
        }
    }

    private Optional<UserQuery> write(String cypher, Map<String, Object> params) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build())) {
            return session.executeWrite(tx -> tx.run(cypher, params).list(this::userQuery)).stream().findFirst();
        }
    }

    private UserQuery userQuery(Record row) {
        var q = row.get("q");
        return new UserQuery(q.get("id").asString(), q.get("title").asString(), q.get("description").asString(""),
                q.get("query").asString(), json.readValue(q.get("params").asString("{}"), new TypeReference<>() { }),
                q.get("createdAt").asZonedDateTime().toOffsetDateTime().toString(),
                q.get("updatedAt").asZonedDateTime().toOffsetDateTime().toString());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("You have no saved query with id " + id + ".");
    }
}
