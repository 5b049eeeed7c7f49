package nl.partnerkaart.model;

import static nl.partnerkaart.model.ColumnType.BOOLEAN;
import static nl.partnerkaart.model.ColumnType.DATE;
import static nl.partnerkaart.model.ColumnType.FLOAT;
import static nl.partnerkaart.model.ColumnType.INTEGER;
import static nl.partnerkaart.model.ColumnType.STRING;
import static nl.partnerkaart.model.ColumnType.STRING_LIST;
import static nl.partnerkaart.model.Enumerations.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The import layout of docs/data-format.md: every kind, in load order. */
public final class Kinds {

    static final String REGION = "SafetyRegion";
    static final String MUNICIPALITY = "Municipality";
    static final String PARTNER = "Partner";
    static final String SECTOR = "Sector";
    static final String VITAL_PROCESS = "VitalProcess";
    static final String INCIDENT_TYPE = "IncidentType";
    public static final String SOURCE = "Source";
    public static final String VERIFICATION = "verification";

    public static final List<Kind> ALL = List.of(
            new NodeKind("sources", SOURCE, withOrigin(true, List.of(Column.of("publisher", STRING),
                    Column.of("publishedOn", DATE), Column.of("accessedOn", DATE), Column.of("url", STRING),
                    Column.of("description", STRING))), withSource(List.of()), null),
            node("sectors", SECTOR, List.of(Column.of("nameEn", STRING)), List.of()),
            node("regions", REGION, List.of(Column.of("officialName", STRING), Column.of("cbsName", STRING),
                    Column.of("abbreviation", STRING), Column.of("synonyms", STRING_LIST), Column.of("seat", STRING),
                    Column.of("province", STRING), Column.of("lat", FLOAT), Column.of("lon", FLOAT)), List.of()),
            node("municipalities", MUNICIPALITY, List.of(),
                    List.of(Reference.out("region", "PART_OF", REGION).one())),
            node("vital-processes", VITAL_PROCESS, List.of(Column.enumeration("category", false, VITAL_CATEGORIES),
                    Column.of("subsector", STRING), Column.of("ministry", STRING)),
                    List.of(Reference.out("sector", "IN_SECTOR", SECTOR))),
            node("themes", "Theme", List.of(), List.of()),
            node("crisis-types", "CrisisType", List.of(), List.of(Reference.out("theme", "IN_THEME", "Theme").one())),
            node("incident-types", INCIDENT_TYPE, List.of(),
                    List.of(Reference.out("crisisType", "IN_CRISIS_TYPE", "CrisisType").one(),
                            Reference.out("disrupts", "DISRUPTS", VITAL_PROCESS))),
            node("partners", PARTNER, List.of(Column.enumeration("category", false, PARTNER_CATEGORIES).asRequired(),
                    Column.enumeration("scope", false, PARTNER_SCOPES), Column.of("website", STRING),
                    Column.of("synonyms", STRING_LIST)),
                    List.of(Reference.out("serves", "SERVES", REGION).with("partial", false),
                            Reference.out("servesPartially", "SERVES", REGION).with("partial", true),
                            Reference.out("sectors", "ACTIVE_IN", SECTOR),
                            Reference.out("provides", "PROVIDES", VITAL_PROCESS))),
            node("networks", "Network", List.of(Column.of("description", STRING)),
                    List.of(Reference.out("focusesOn", "FOCUSES_ON", SECTOR))),
            node("assets", "Asset", List.of(Column.enumeration("kind", false, ASSET_KINDS), Column.of("lat", FLOAT),
                    Column.of("lon", FLOAT)),
                    List.of(Reference.in("operator", "OPERATES", PARTNER),
                            Reference.out("supports", "SUPPORTS", VITAL_PROCESS),
                            Reference.out("locatedIn", "LOCATED_IN", MUNICIPALITY))),
            node("covenants", "Covenant", List.of(Column.enumeration("kind", false, COVENANT_KINDS),
                    Column.enumeration("status", false, COVENANT_STATUSES).asRequired(), Column.of("signedOn", DATE),
                    Column.of("validFrom", DATE), Column.of("validUntil", DATE),
                    Column.of("reviewCycleMonths", INTEGER), Column.enumeration("phases", true, PHASES),
                    Column.of("topics", STRING_LIST)),
                    List.of(Reference.out("covers", "COVERS", SECTOR, VITAL_PROCESS, INCIDENT_TYPE))),
            node("action-items", "ActionItem", List.of(Column.enumeration("theme", false, ACTION_THEMES),
                    Column.enumeration("status", false, ACTION_STATUSES).asRequired(), Column.of("dueOn", DATE),
                    Column.of("doneOn", DATE)),
                    List.of(Reference.out("covenant", "PART_OF", "Covenant").one(),
                            Reference.out("assignedTo", "ASSIGNED_TO", REGION, PARTNER))),
            node("exercises", "Exercise", List.of(Column.of("heldOn", DATE),
                    Column.enumeration("level", false, EXERCISE_LEVELS)),
                    List.of(Reference.out("scenario", "SCENARIO", INCIDENT_TYPE),
                            Reference.in("participants", "PARTICIPATED_IN", REGION, PARTNER))),
            node("persons", "Person", List.of(Column.of("function", STRING)),
                    List.of(Reference.out("worksFor", "WORKS_FOR", REGION, PARTNER),
                            Reference.out("accountHolderFor", "ACCOUNT_HOLDER_FOR", PARTNER))),
            new NodeKind("partner-profiles", "PartnerProfile",
                    withCommonColumns(false, List.of(Column.enumeration("role", false, PROFILE_ROLES).asRequired(),
                            Column.enumeration("phases", true, PHASES))),
                    withSource(List.of(Reference.out("partner", "OF_PARTNER", PARTNER).one(),
                            Reference.out("incidentType", "FOR_INCIDENT_TYPE", INCIDENT_TYPE).one(),
                            Reference.out("region", "IN_REGION", REGION).one())),
                    "[(n)-[:OF_PARTNER]->(p) | p.name][0] + ' – ' + [(n)-[:FOR_INCIDENT_TYPE]->(t) | t.name][0]"),
            new RelationshipKind("covenant-parties", "PARTY_TO", "party", List.of(REGION, PARTNER, MUNICIPALITY),
                    "covenant", List.of("Covenant"), relationshipColumns(
                    Column.enumeration("role", false, PARTY_ROLES), Column.of("signatory", BOOLEAN),
                    Column.of("joined", BOOLEAN))),
            new RelationshipKind("memberships", "MEMBER_OF", "member", List.of(REGION, PARTNER), "network",
                    List.of("Network"), relationshipColumns(Column.of("host", BOOLEAN),
                    Column.of("joined", BOOLEAN))),
            new RelationshipKind("process-dependencies", "DEPENDS_ON", "from", List.of(VITAL_PROCESS), "to",
                    List.of(VITAL_PROCESS), relationshipColumns(Column.of("timeToImpactHours", FLOAT),
                    Column.enumeration("strength", false, DEPENDENCY_STRENGTHS))),
            new RelationshipKind("asset-dependencies", "DEPENDS_ON", "from", List.of("Asset"), "to",
                    List.of("Asset"), relationshipColumns(Column.of("timeToImpactHours", FLOAT))));

    /** Every label a node kind writes, for look-ups by id across labels. */
    public static final List<String> NODE_LABELS = ALL.stream()
            .filter(NodeKind.class::isInstance).map(k -> ((NodeKind) k).label()).toList();

    /** Every relationship type the import layout writes: the relationship types of the graph model. */
    public static final List<String> RELATIONSHIP_TYPES = ALL.stream()
            .flatMap(k -> k instanceof NodeKind n ? n.references().stream().map(Reference::type)
                    : java.util.stream.Stream.of(((RelationshipKind) k).type()))
            .distinct().toList();

    private Kinds() {
    }

    /** The kind names in load order: the file names of a data set folder, without {@code .csv}. */
    public static List<String> names() {
        return ALL.stream().map(Kind::name).toList();
    }

    public static Optional<Kind> named(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    private static NodeKind node(String name, String label, List<Column> columns, List<Reference> references) {
        return new NodeKind(name, label, withCommonColumns(true, columns), withSource(references), null);
    }

    /** A source is the document a fact comes from: it has dates, but no verification status of its own. */
    private static List<Column> withCommonColumns(boolean named, List<Column> columns) {
        List<Column> all = withOrigin(named, columns);
        all.add(Column.enumeration(VERIFICATION, false, VERIFICATIONS));
        return all;
    }

    private static List<Column> withOrigin(boolean named, List<Column> columns) {
        List<Column> all = new ArrayList<>();
        all.add(Column.required("id", STRING));
        if (named) {
            all.add(Column.required("name", STRING));
        }
        all.addAll(columns);
        all.add(Column.enumeration("origin", false, ORIGINS));
        return all;
    }

    private static List<Reference> withSource(List<Reference> references) {
        List<Reference> all = new ArrayList<>(references);
        all.add(Reference.in("source", "MENTIONS", SOURCE));
        return all;
    }

    private static List<Column> relationshipColumns(Column... columns) {
        List<Column> all = new ArrayList<>(Arrays.asList(columns));
        all.add(Column.enumeration("origin", false, ORIGINS));
        all.add(Column.enumeration(VERIFICATION, false, VERIFICATIONS));
        all.add(Column.of("source", STRING_LIST));
        return all;
    }
}
