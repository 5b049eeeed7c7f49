package nl.partnerkaart.cypher;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A workbench query with its parameters and, optionally, a row cap. */
record CypherRequest(
        @Schema(description = "one read-only Cypher statement", example = "MATCH (r:SafetyRegion {id: $region}) RETURN r")
        String query,
        @Schema(description = "parameters; dates as {\"type\": \"date\", \"value\": \"2026-11-23\"}",
                example = "{\"region\": \"VR16\"}")
        Map<String, Object> params,
        @Schema(description = "most rows to return (default 1,000, at most 10,000)")
        Integer rowCap) {
}
