package nl.partnerkaart.cypher;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Estimates, row by row, how many bytes of JSON an answer will take: the table's values, plus each node and
 * relationship once with all its properties (the graph view). Close enough to stop an answer long before it
 * takes hundreds of megabytes of the server's memory, and cheap: no value is rendered to measure it.
 */
final class AnswerSize {

    /** The fixed part of a value in the table: quotes, separators, a compact node's keys. */
    private static final int SCALAR = 8;
    private static final int ENTITY = 80;

    private final Set<String> seen = new HashSet<>();
    private long bytes;

    /** Adds one row and returns the estimate so far. */
    long add(List<Value> row) {
        row.forEach(value -> bytes += of(value));
        return bytes;
    }

    private long of(Value value) {
        return switch (ResultValues.kind(value)) {
            case "STRING" -> SCALAR + value.asString().length();
            case "BYTES" -> SCALAR + value.size() * 4L / 3;
            case "LIST" -> SCALAR + sum(value.values());
            case "MAP" -> SCALAR + keys(value.keys()) + sum(value.values());
            case "NODE" -> entity(value.asNode());
            case "RELATIONSHIP" -> entity(value.asRelationship());
            case "PATH" -> path(value.asPath());
            default -> SCALAR + value.toString().length();
        };
    }

    private long path(Path path) {
        long total = ENTITY;
        for (Node node : path.nodes()) {
            total += entity(node);
        }
        for (Relationship relationship : path.relationships()) {
            total += entity(relationship);
        }
        return total;
    }

    /** In the table as a compact reference; in the graph, the first time it is seen, with all its properties. */
    private long entity(Entity entity) {
        long total = ENTITY;
        if (seen.add(entity.elementId())) {
            total += ENTITY + keys(entity.keys()) + sum(entity.values());
        }
        return total;
    }

    private long sum(Iterable<Value> values) {
        long total = 0;
        for (Value value : values) {
            total += of(value) + 1;
        }
        return total;
    }

    private static long keys(Iterable<String> keys) {
        long total = 0;
        for (String key : keys) {
            total += key.length() + 4;
        }
        return total;
    }
}
