package nl.partnerkaart.security;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

/**
 * Which safety regions the graph holds: an account may only be limited to those, and a report or an export is
 * only about one of them.
 */
@Service
public class KnownRegions {

    private static final String EXISTING = "MATCH (r:SafetyRegion) WHERE r.id IN $ids RETURN r.id";

    private final Driver driver;

    public KnownRegions(Driver driver) {
        this.driver = driver;
    }

    public boolean holds(String id) {
        return !of(List.of(id)).isEmpty();
    }

    /** @return those of {@code ids} that are safety regions in the graph */
    List<String> of(List<String> ids) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(EXISTING, Map.of("ids", ids)).list(r -> r.get(0).asString()));
        }
    }
}
