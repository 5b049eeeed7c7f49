package nl.partnerkaart.cascade;

/** The Cypher that finds where the hit elements are and who is involved; all of it reads by id. */
final class ConsequenceQueries {

    static final String ASSETS = """
            UNWIND $ids AS id
            MATCH (a:Asset {id: id})
            RETURN id, a.name AS name, a.kind AS kind, a.origin AS origin,
              COLLECT { MATCH (a)-[:LOCATED_IN]->(m:Municipality)
                        OPTIONAL MATCH (m)-[:PART_OF]->(r:SafetyRegion)
                        RETURN m {.id, .name, region: r.id, regionName: r.name} } AS places,
              COLLECT { MATCH (p:Partner)-[:OPERATES]->(a)
                        RETURN p {.id, .name, .category, .origin} } AS partners
            """;

    /** Providers of a process that fails as a whole, with the regions they serve. */
    static final String PROCESSES = """
            UNWIND $ids AS id
            MATCH (v:VitalProcess {id: id})
            RETURN id, v.name AS name, v.origin AS origin,
              COLLECT { MATCH (p:Partner)-[:PROVIDES]->(v)
                        RETURN p {.id, .name, .category, .origin,
                                  regions: COLLECT { MATCH (p)-[:SERVES]->(r:SafetyRegion) RETURN r {.id, .name} }}
                      } AS partners
            """;

    /**
     * Per region and involved partner serving it: active covenants between the two and account holders. Each
     * partner's covenants and account holders are read once and then split over the regions it serves.
     */
    static final String REGION_PARTNERS = """
            UNWIND $partners AS partnerId
            MATCH (p:Partner {id: partnerId})
            WITH p,
              COLLECT { MATCH (p)-[:PARTY_TO]->(c:Covenant {status: 'active'})
                        WHERE c.validUntil IS NULL OR c.validUntil >= $today
                        RETURN c {.id, .name, validUntil: toString(c.validUntil), .origin,
                                  regions: COLLECT { MATCH (c)<-[:PARTY_TO]-(party:SafetyRegion) RETURN party.id }}
                        ORDER BY c.id } AS covenants,
              COLLECT { MATCH (h:Person)-[:ACCOUNT_HOLDER_FOR]->(p)
                        RETURN h {.id, .name, .function, .origin,
                                  regions: COLLECT { MATCH (h)-[:WORKS_FOR]->(employer:SafetyRegion) RETURN employer.id }}
                        ORDER BY h.id } AS holders
            MATCH (p)-[:SERVES]->(r:SafetyRegion)
            WHERE r.id IN $regions
            RETURN r.id AS region, p.id AS partner, p.name AS name,
              [c IN covenants WHERE r.id IN c.regions | c {.id, .name, .validUntil, .origin}] AS covenants,
              [h IN holders WHERE r.id IN h.regions | h {.id, .name, .function, .origin}] AS accountHolders
            ORDER BY region, name
            """;

    private ConsequenceQueries() {
    }
}
