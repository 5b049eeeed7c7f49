package nl.partnerkaart.scene;

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
 * Scenes as internal {@code (:Scene {id, owner, ...})} nodes. Changes match on the owner, so another user's
 * scene is simply not found (404). Opening matches on the id alone: the random id is the shareable link.
 */
@Service
class Scenes {

    static final int MAX_PER_USER = 500;

    private final Driver driver;
    private final JsonMapper json = JsonMapper.builder().build();

    Scenes(Driver driver) {
        this.driver = driver;
    }

    List<Scene.Summary> list(String owner) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (s:Scene {owner: $owner})
                    RETURN s.id AS id, s.name AS name, s.nodeCount AS nodeCount, s.updatedAt AS updatedAt
                    ORDER BY toLower(s.name), s.id
                    """, Map.of("owner", owner)).list(row -> new Scene.Summary(row.get("id").asString(),
                    row.get("name").asString(), row.get("nodeCount").asLong(),
                    row.get("updatedAt").asZonedDateTime().toOffsetDateTime().toString())));
        }
    }

    Scene open(String reader, String id) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run("MATCH (s:Scene {id: $id}) RETURN s", Map.of("id", id))
                    .list(row -> scene(row, reader))).stream().findFirst().orElseThrow(() -> notFound(id));
        }
    }

    Scene create(String owner, Scene.Draft draft) {
        Map<String, Object> values = SceneDrafts.properties(draft, json);
        values.put("owner", owner);
        values.put("id", UUID.randomUUID().toString());
        values.put("max", MAX_PER_USER);
        return write(owner, """
                OPTIONAL MATCH (existing:Scene {owner: $owner})
                WITH count(existing) AS saved WHERE saved < $max
                CREATE (s:Scene {id: $id, owner: $owner, name: $name, nodes: $nodes, nodeCount: $nodeCount,
                                 filters: $filters, view: $view, createdAt: datetime(), updatedAt: datetime()})
                RETURN s
                """, values).orElseThrow(() -> new InvalidInputException("name",
                "You have " + MAX_PER_USER + " scenes, the most one user may keep; delete some first."));
    }

    Scene update(String owner, String id, Scene.Draft draft) {
        Map<String, Object> values = SceneDrafts.properties(draft, json);
        values.put("owner", owner);
        values.put("id", id);
        return write(owner, """
                MATCH (s:Scene {owner: $owner, id: $id})
                SET s.name = $name, s.nodes = $nodes, s.nodeCount = $nodeCount, s.filters = $filters, s.view = $view,
                    s.updatedAt = datetime()
                RETURN s
                """, values).orElseThrow(() -> notFound(id));
    }

    void delete(String owner, String id) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build())) {
            long deleted = session.executeWrite(tx -> tx.run(
                    "MATCH (s:Scene {owner: $owner, id: $id}) DELETE s RETURN count(*) AS deleted",
                    Map.of("owner", owner, "id", id)).single().get("deleted").asLong());
            if (deleted == 0) {
                throw notFound(id);
            }
        }
    }

    private Optional<Scene> write(String owner, String cypher, Map<String, Object> params) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build())) {
            return session.executeWrite(tx -> tx.run(cypher, params).list(row -> scene(row, owner))).stream().findFirst();
        }
    }

    private Scene scene(Record row, String reader) {
        var s = row.get("s");
        String owner = s.get("owner").asString();
        return new Scene(s.get("id").asString(), s.get("name").asString(), owner, owner.equals(reader),
                json.readValue(s.get("nodes").asString("[]"), new TypeReference<List<Scene.SceneNode>>() { }),
                json.readValue(s.get("filters").asString("{}"), new TypeReference<Map<String, Object>>() { }),
                json.readValue(s.get("view").asString("{}"), new TypeReference<Map<String, Object>>() { }),
                s.get("createdAt").asZonedDateTime().toOffsetDateTime().toString(),
                s.get("updatedAt").asZonedDateTime().toOffsetDateTime().toString());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("There is no scene with id " + id + ", or it is not yours to change.");
    }
}
