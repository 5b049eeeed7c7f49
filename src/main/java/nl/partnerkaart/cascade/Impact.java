package nl.partnerkaart.cascade;

/**
 * One step of the failure graph: when {@code failed} fails, {@code hit} is hit {@code hours} later.
 * {@code edgeId} is the id of the relationship behind it in the shared format {@code source|TYPE|target};
 * {@code relationshipId} is its element id in the database, kept to draw the graph of the answer.
 */
record Impact(String failed, Element hit, double hours, Link link, String edgeId, String relationshipId) {

    enum Link {
        /** the hit one DEPENDS_ON the failed one (both processes or both assets) */
        DEPENDS_ON,
        /** a process failed as a whole: the assets that SUPPORT it are out at the same hour */
        SUPPORTING_ASSET,
        /** an asset failed: the process it SUPPORTS is disrupted there, which does not spread further */
        LOCAL_DISRUPTION
    }
}
