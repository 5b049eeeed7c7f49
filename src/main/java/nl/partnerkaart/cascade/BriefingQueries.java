package nl.partnerkaart.cascade;

/** The Cypher of the briefing; everything starts from the region and the incident type by id. */
final class BriefingQueries {

    static final String SUBJECT = """
            OPTIONAL MATCH (r:SafetyRegion {id: $region})
            OPTIONAL MATCH (i:IncidentType {id: $incidentType})
            RETURN r {.id, .name, .origin} AS region, i {.id, .name, .origin} AS incidentType,
                   COLLECT { MATCH (i)-[:DISRUPTS]->(v:VitalProcess) RETURN v {.id, .name} ORDER BY v.id } AS disrupted
            """;

    /** Processes whose providers serve the region, or that have no known provider (then: everywhere). */
    static final String PROCESSES_IN_REGION = """
            UNWIND $ids AS id
            MATCH (v:VitalProcess {id: id})
            WHERE EXISTS { (v)<-[:PROVIDES]-(:Partner)-[:SERVES]->(:SafetyRegion {id: $region}) }
               OR NOT EXISTS { (v)<-[:PROVIDES]-(:Partner) }
            RETURN id
            """;

    static final String PROFILES = """
            MATCH (pp:PartnerProfile)-[:IN_REGION]->(:SafetyRegion {id: $region}),
                  (pp)-[:FOR_INCIDENT_TYPE]->(:IncidentType {id: $incidentType}),
                  (pp)-[:OF_PARTNER]->(p:Partner)
            RETURN p.id AS partner, pp.role AS role, coalesce(pp.phases, []) AS phases
            """;

    /** Per partner: active covenants with the region, the region's account holders and the partner's own contacts. */
    static final String PARTNERS = """
            MATCH (r:SafetyRegion {id: $region})
            UNWIND $partners AS partnerId
            MATCH (p:Partner {id: partnerId})
            RETURN p {.id, .name, .category, .origin} AS partner,
              COLLECT { MATCH (r)-[:PARTY_TO]->(c:Covenant {status: 'active'})<-[:PARTY_TO]-(p)
                        WHERE c.validUntil IS NULL OR c.validUntil >= $asOf
                        RETURN c {.id, .name, .kind, validUntil: toString(c.validUntil), .origin} ORDER BY c.id } AS covenants,
              COLLECT { MATCH (r)<-[:WORKS_FOR]-(h:Person)-[:ACCOUNT_HOLDER_FOR]->(p)
                        RETURN h {.id, .name, .function, .origin} ORDER BY h.id } AS accountHolders,
              COLLECT { MATCH (c:Person)-[:WORKS_FOR]->(p)
                        RETURN c {.id, .name, .function, .origin} ORDER BY c.id } AS contacts
            ORDER BY p.name
            """;

    private BriefingQueries() {
    }
}
