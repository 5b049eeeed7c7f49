package nl.partnerkaart.scene;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.partnerkaart.bookkeeping.MovedOutOfGraph;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenes, kept in the bookkeeping store (table {@code scene}), out of reach of the workbench's Cypher. Changes match
 * on the owner, so another user's scene is simply not found (404). Opening matches on the id alone: the random id
 * is the shareable link.
 */
@Service
class Scenes {

    static final int MAX_PER_USER = 500;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Scenes(JdbcClient jdbc, MovedOutOfGraph moved) {
        this.jdbc = jdbc;
    }

    List<Scene.Summary> list(String owner) {
        return jdbc.sql("""
                        SELECT id, name, node_count, updated_at FROM scene WHERE owner = ? ORDER BY LOWER(name), id
                        """).param(owner)
                .query((row, n) -> new Scene.Summary(row.getString("id"), row.getString("name"),
                        row.getLong("node_count"), row.getObject("updated_at", OffsetDateTime.class).toString()))
                .list();
    }

    Scene open(String reader, String id) {
        return jdbc.sql("SELECT * FROM scene WHERE id = ?").param(id).query((row, n) -> scene(row, reader)).optional()
                .orElseThrow(() -> notFound(id));
    }

    Scene create(String owner, Scene.Draft draft) {
        Map<String, Object> values = SceneDrafts.properties(draft, json);
        values.put("owner", owner);
        values.put("id", UUID.randomUUID().toString());
        values.put("max", MAX_PER_USER);
        int created = jdbc.sql("""
                INSERT INTO scene (id, owner, name, nodes, node_count, filters, view_state, style_rules, created_at,
                                   updated_at)
                SELECT CAST(:id AS VARCHAR), CAST(:owner AS VARCHAR), CAST(:name AS VARCHAR), CAST(:nodes AS VARCHAR),
                       CAST(:nodeCount AS INTEGER), CAST(:filters AS VARCHAR), CAST(:view AS VARCHAR),
                       CAST(:style AS VARCHAR), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
                FROM (SELECT count(*) AS saved FROM scene WHERE owner = :owner) WHERE saved < :max
                """).params(values).update();
        if (created == 0) {
            throw new InvalidInputException("name", Message.of("scene.tooMany", MAX_PER_USER));
        }
        return open(owner, (String) values.get("id"));
    }

    Scene update(String owner, String id, Scene.Draft draft) {
        Map<String, Object> values = SceneDrafts.properties(draft, json);
        values.put("owner", owner);
        values.put("id", id);
        int updated = jdbc.sql("""
                UPDATE scene
                SET name = :name, nodes = :nodes, node_count = :nodeCount, filters = :filters, view_state = :view,
                    style_rules = :style,
                    updated_at = CURRENT_TIMESTAMP
                WHERE owner = :owner AND id = :id
                """).params(values).update();
        if (updated == 0) {
            throw notFound(id);
        }
        return open(owner, id);
    }

    void delete(String owner, String id) {
        if (jdbc.sql("DELETE FROM scene WHERE owner = ? AND id = ?").params(owner, id).update() == 0) {
            throw notFound(id);
        }
    }

    private Scene scene(ResultSet row, String reader) throws SQLException {
        String owner = row.getString("owner");
        return new Scene(row.getString("id"), row.getString("name"), owner, owner.equals(reader),
                json.readValue(row.getString("nodes"), new TypeReference<List<Scene.SceneNode>>() { }),
                json.readValue(row.getString("filters"), new TypeReference<Map<String, Object>>() { }),
                json.readValue(row.getString("view_state"), new TypeReference<Map<String, Object>>() { }),
                SceneStyles.asStored(json.readValue(row.getString("style_rules"), SceneStyle.class)),
                row.getObject("created_at", OffsetDateTime.class).toString(),
                row.getObject("updated_at", OffsetDateTime.class).toString());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException(Message.of("scene.notFound", id));
    }
}
