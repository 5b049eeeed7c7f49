package nl.partnerkaart.model;

import java.util.Set;

/** The closed value sets of the graph model; Dutch labels are in docs/data-format.md and the message files. */
public final class Enumerations {

    public static final Set<String> ORIGINS = Set.of("public", "illustrative", "user");
    /** How sure a public fact is: its source states it, it follows from facts that are, or not yet confirmed. */
    public static final Set<String> VERIFICATIONS = Set.of("verified", "derived", "unverified");
    public static final Set<String> PARTNER_CATEGORIES = Set.of("police", "fire-service", "ambulance",
            "drinking-water", "grid-operator", "energy-company", "telecom", "water-board", "rijkswaterstaat", "rail",
            "transport", "defence", "environment-service", "ggd", "acute-care-network", "hospital",
            "care-institution", "relief-organisation", "coast-guard", "public-prosecution", "province", "meldkamer",
            "municipality", "national-government", "consultative-body", "company", "education", "housing", "other");
    public static final Set<String> PARTNER_SCOPES = Set.of("national", "regional", "local");
    public static final Set<String> COVENANT_KINDS = Set.of("covenant", "cooperation-agreement", "model-covenant",
            "working-agreement");
    public static final Set<String> COVENANT_STATUSES = Set.of("draft", "active", "unknown", "expired", "terminated");
    public static final Set<String> PHASES = Set.of("proaction", "prevention", "preparation", "response",
            "aftercare");
    public static final Set<String> ACTION_THEMES = Set.of("risk-management", "information",
            "emergency-provisions", "exercises", "alerting", "crisis-communication", "continuity", "evaluation");
    public static final Set<String> ACTION_STATUSES = Set.of("open", "in-progress", "done", "cancelled");
    public static final Set<String> PROFILE_ROLES = Set.of("crisis-team-member", "advisor", "executor", "supplier",
            "informed", "coordinator");
    public static final Set<String> EXERCISE_LEVELS = Set.of("tabletop", "staff", "field", "system");
    public static final Set<String> PARTY_ROLES = Set.of("region", "partner", "police", "observer");
    public static final Set<String> DEPENDENCY_STRENGTHS = Set.of("critical", "high", "medium", "low");
    public static final Set<String> VITAL_CATEGORIES = Set.of("A", "B");
    public static final Set<String> ASSET_KINDS = Set.of("substation", "power-plant", "gas-station", "pipeline",
            "water-treatment", "pumping-station", "water-tower", "telecom-site", "data-centre", "exchange",
            "control-room", "dike", "sluice", "rail-node", "hospital", "plant");

    private Enumerations() {
    }
}
