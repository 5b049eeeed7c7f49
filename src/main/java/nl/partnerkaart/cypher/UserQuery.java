package nl.partnerkaart.cypher;

import java.util.Map;

/** A query a user saved for themselves; only its owner sees and changes it. */
record UserQuery(String id, String title, String description, String query, Map<String, Object> params,
                 String createdAt, String updatedAt) {

    /** What a user sends to save or change one. */
    record Draft(String title, String description, String query, Map<String, Object> params) {
    }
}
