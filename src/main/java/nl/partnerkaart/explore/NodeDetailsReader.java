package nl.partnerkaart.explore;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.graph.Graph;
import nl.partnerkaart.graph.GraphNode;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** One node with what the explorer shows beside it ({@link ExploreQueries#NODE_DETAILS}). */
@Service
class NodeDetailsReader {

    /** How many relationships of one type a node has in one direction, so the explorer can ask before expanding. */
    record Degree(String type, String direction, long count) {
    }

    /** A source with the dates that say how current it is: when it was published and when it was read (ISO dates). */
    record SourceRef(String id, String name, String publisher, String url, String publishedOn, String accessedOn) {
    }

    record NodeDetails(GraphNode node, List<Degree> degrees, List<SourceRef> sources) {
    }

    private final Driver driver;

    NodeDetailsReader(Driver driver) {
        this.driver = driver;
    }

    NodeDetails node(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<Record> rows = tx.run(ExploreQueries.NODE_DETAILS, Map.of("id", id)).list();
                if (rows.isEmpty()) {
                    throw new NotFoundException(Message.of("node.notFound", id));
                }
                Record row = rows.get(0);
                GraphNode node = new Graph.Builder().node(row.get("n").asNode()).build().nodes().get(0);
                List<Degree> degrees = row.get("degrees").asList(d -> new Degree(d.get("type").asString(),
                        d.get("direction").asString(), d.get("count").asLong()));
                List<SourceRef> sources = row.get("sources").asList(s -> new SourceRef(s.get("id").asString(),
                        s.get("name").asString(), s.get("publisher").asString(null), s.get("url").asString(null),
                        s.get("publishedOn").asString(null), s.get("accessedOn").asString(null)));
                return new NodeDetails(node, degrees, sources);
            });
        }
    }
}
