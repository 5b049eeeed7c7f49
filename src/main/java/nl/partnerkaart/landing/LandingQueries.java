package nl.partnerkaart.landing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/** Reads the landing view in one read transaction: four small aggregations over the 25 regions. */
@Service
class LandingQueries {

    /** A covenant counts on a date when it is active or expired later, and its validity covers the date. */
    private static final String IN_FORCE = """
            (c.status IN ['active', 'expired', 'terminated'])
            AND (c.validFrom IS NULL OR c.validFrom <= $on)
            AND (c.validUntil IS NULL OR c.validUntil >= $on)
            AND (c.status = 'active' OR c.validUntil IS NOT NULL)
            """;

    private static final String REGIONS = """
            MATCH (r:SafetyRegion)
            RETURN r.id AS id, r.name AS name, r.abbreviation AS abbreviation, r.lat AS lat, r.lon AS lon,
                   COUNT { (:Partner)-[:SERVES]->(r) } AS partners,
                   COUNT { (r)-[:PARTY_TO]->(c:Covenant) WHERE %1$s } AS covenants,
                   COUNT { (r)-[:PARTY_TO]->(c:Covenant)<-[:PART_OF]-(a:ActionItem)
                           WHERE %1$s AND a.status IN ['open', 'in-progress'] AND a.dueOn < $on } AS overdue
            ORDER BY id
            """.formatted(IN_FORCE);

    private static final String SHARED_PARTNERS = """
            MATCH (a:SafetyRegion)<-[:SERVES]-(p:Partner)-[:SERVES]->(b:SafetyRegion)
            WHERE a.id < b.id AND coalesce(p.scope, '') <> 'national'
            RETURN a.id AS source, b.id AS target, count(DISTINCT p) AS count
            """;

    private static final String JOINT_COVENANTS = """
            MATCH (a:SafetyRegion)-[:PARTY_TO]->(c:Covenant)<-[:PARTY_TO]-(b:SafetyRegion)
            WHERE a.id < b.id AND %s
            RETURN a.id AS source, b.id AS target, count(DISTINCT c) AS count
            """.formatted(IN_FORCE);

    private static final String SHARED_NETWORKS = """
            MATCH (n:Network)
            WHERE COUNT { (:SafetyRegion)-[:MEMBER_OF]->(n) } < COUNT { (:SafetyRegion) }
            MATCH (a:SafetyRegion)-[:MEMBER_OF]->(n)<-[:MEMBER_OF]-(b:SafetyRegion)
            WHERE a.id < b.id
            RETURN a.id AS source, b.id AS target, count(DISTINCT n) AS count
            """;

    private final Driver driver;

    LandingQueries(Driver driver) {
        this.driver = driver;
    }

    Landing on(LocalDate on) {
        Map<String, Object> params = Map.of("on", on);
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<Landing.Region> regions = tx.run(REGIONS, params).list(LandingQueries::region);
                Map<String, long[]> ties = new LinkedHashMap<>();
                count(tx, SHARED_PARTNERS, params, ties, 0);
                count(tx, JOINT_COVENANTS, params, ties, 1);
                count(tx, SHARED_NETWORKS, params, ties, 2);
                List<Landing.Tie> list = new ArrayList<>();
                ties.forEach((pair, counts) -> {
                    String[] ends = pair.split("\\|");
                    list.add(new Landing.Tie(ends[0], ends[1], counts[0], counts[1], counts[2]));
                });
                return new Landing(on.toString(), regions, list);
            });
        }
    }

    private static void count(TransactionContext tx, String query, Map<String, Object> params, Map<String, long[]> ties,
                              int slot) {
        tx.run(query, params).forEachRemaining(row -> ties.computeIfAbsent(
                row.get("source").asString() + "|" + row.get("target").asString(), key -> new long[3])[slot] =
                row.get("count").asLong());
    }

    private static Landing.Region region(Record row) {
        return new Landing.Region(row.get("id").asString(), row.get("name").asString(),
                row.get("abbreviation").asString(""), row.get("lat").asDouble(0), row.get("lon").asDouble(0),
                row.get("partners").asLong(), row.get("covenants").asLong(), row.get("overdue").asLong());
    }
}
