package nl.partnerkaart.cypher;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import nl.partnerkaart.bookkeeping.MovedOutOfGraph;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Users' own saved queries, kept in the bookkeeping store (table {@code saved_query}), out of reach of the
 * workbench's Cypher. Every read and write matches on the owner, so another user's query is simply not found
 * (404), never "forbidden", which would tell it exists.
 */
@Service
class UserQueries {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_PER_USER = 500;

    private static final String SELECT = """
            SELECT id, title, description, query, params, created_at, updated_at FROM saved_query""";

    private final JdbcClient jdbc;
    private final CypherProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    UserQueries(JdbcClient jdbc, CypherProperties properties, MovedOutOfGraph moved) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    List<UserQuery> list(String owner) {
        return jdbc.sql(SELECT + " WHERE owner = ? ORDER BY LOWER(title), id").param(owner)
                .query((row, n) -> userQuery(row)).list();
    }

    UserQuery get(String owner, String id) {
        return jdbc.sql(SELECT + " WHERE owner = ? AND id = ?").params(owner, id)
                .query((row, n) -> userQuery(row)).optional().orElseThrow(() -> notFound(id));
    }

    UserQuery create(String owner, UserQuery.Draft draft) {
        Map<String, Object> values = validated(draft);
        values.put("owner", owner);
        values.put("id", UUID.randomUUID().toString());
        values.put("max", MAX_PER_USER);
        int created = jdbc.sql("""
                INSERT INTO saved_query (id, owner, title, description, query, params, created_at, updated_at)
                SELECT CAST(:id AS VARCHAR), CAST(:owner AS VARCHAR), CAST(:title AS VARCHAR),
                       CAST(:description AS VARCHAR), CAST(:query AS VARCHAR), CAST(:params AS VARCHAR),
                       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
                FROM (SELECT count(*) AS saved FROM saved_query WHERE owner = :owner) WHERE saved < :max
                """).params(values).update();
        if (created == 0) {
            throw new InvalidInputException("title", Message.of("query.tooMany", MAX_PER_USER));
        }
        return get(owner, (String) values.get("id"));
    }

    UserQuery update(String owner, String id, UserQuery.Draft draft) {
        Map<String, Object> values = validated(draft);
        values.put("owner", owner);
        values.put("id", id);
        int updated = jdbc.sql("""
                UPDATE saved_query
                SET title = :title, description = :description, query = :query, params = :params,
                    updated_at = CURRENT_TIMESTAMP
                WHERE owner = :owner AND id = :id
                """).params(values).update();
        if (updated == 0) {
            throw notFound(id);
        }
        return get(owner, id);
    }

    void delete(String owner, String id) {
        if (jdbc.sql("DELETE FROM saved_query WHERE owner = ? AND id = ?").params(owner, id).update() == 0) {
            throw notFound(id);
        }
    }

    private Map<String, Object> validated(UserQuery.Draft draft) {
        if (draft == null || draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInputException("title", Message.of("query.titleRequired"));
        }
        if (draft.title().length() > MAX_TITLE) {
            throw new InvalidInputException("title", Message.of("input.tooLong", "title", MAX_TITLE));
        }
        if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", Message.of("input.tooLong", "description", MAX_DESCRIPTION));
        }
        if (draft.query() == null || draft.query().isBlank()) {
            throw new InvalidInputException("query", Message.of("query.queryRequired"));
        }
        if (draft.query().length() > properties.maxQueryLength()) {
            throw new InvalidInputException("query", Message.of("input.tooLong", "query", properties.maxQueryLength()));
        }
        CypherParameters.convert(draft.params(), properties);
        Map<String, Object> values = new HashMap<>();
        values.put("title", draft.title().strip());
        values.put("description", draft.description() == null ? "" : draft.description().strip());
        values.put("query", draft.query());
        values.put("params", json.writeValueAsString(draft.params() == null ? Map.of() : draft.params()));
        return values;
    }

    private UserQuery userQuery(ResultSet row) throws SQLException {
        return new UserQuery(row.getString("id"), row.getString("title"), row.getString("description"),
                row.getString("query"), json.readValue(row.getString("params"), new TypeReference<>() { }),
                row.getObject("created_at", OffsetDateTime.class).toString(),
                row.getObject("updated_at", OffsetDateTime.class).toString());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException(Message.of("query.notFound", id));
    }
}
