package nl.partnerkaart.security;

/** What a user may do; each role includes the ones before it. */
public enum Role {
    /** explore and read reports */
    VIEWER,
    /** also the Cypher workbench, own saved queries and scenes */
    ANALYST,
    /** also edit and import */
    EDITOR,
    /** also users, schedules and settings */
    ADMIN
}
