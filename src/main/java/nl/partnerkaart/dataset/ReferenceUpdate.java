package nl.partnerkaart.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.partnerkaart.importer.HeldRow;
import nl.partnerkaart.importer.ImportReport;
import nl.partnerkaart.importer.Importer;
import nl.partnerkaart.importer.RawTable;
import nl.partnerkaart.system.ServerMessages;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings a knowledge base in use to the shipped reference version, through the import path and with history
 * (channel {@code reference}, user {@value #USER}). Items people changed keep their values; where the new reference
 * differs, a {@code ReferenceDifference} lists both for an editor to decide. Public facts the version no longer holds
 * are withdrawn ({@link ReferenceWithdrawal}). Each applied version is a
 * {@code ReferenceVersion} node.
 */
@Component
public class ReferenceUpdate {

    static final String USER = "partnerkaart";

    private static final Logger log = LoggerFactory.getLogger(ReferenceUpdate.class);

    private final Importer importer;
    private final ReferenceWithdrawal withdrawal;
    private final Driver driver;
    private final DatasetProperties properties;
    private final JsonMapper json;

    ReferenceUpdate(Importer importer, ReferenceWithdrawal withdrawal, Driver driver, DatasetProperties properties,
                    JsonMapper json) {
        this.importer = importer;
        this.withdrawal = withdrawal;
        this.driver = driver;
        this.properties = properties;
        this.json = json;
    }

    /**
     * The reference set was just loaded whole (a first start or a reset), or the part of it a generated graph
     * rests on: its version is the applied one.
     */
    public void loaded() {
        String shipped = ShippedDataset.REFERENCE.version(properties.location());
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MATCH (d:ReferenceDifference {status: 'open'}) SET d.status = 'superseded'"));
        }
        if (shipped != null) {
            record(shipped, 0, List.of());
        }
    }

    /**
     * Applies the shipped version when it is newer than the applied one (or none was recorded: a knowledge base
     * loaded before versions existed). A version whose rows do not validate against the knowledge base (a person
     * deleted an item it names, say) is not applied and is tried again at the next start; the start goes on.
     */
    void applyIfNewer() {
        String shipped = ShippedDataset.REFERENCE.version(properties.location());
        String applied = applied();
        if (shipped == null || (applied != null && shipped.compareTo(applied) <= 0)) {
            return;
        }
        List<RawTable> tables = ShippedDataset.REFERENCE.tables(properties.location());
        ImportReport report = importer.updateReference(tables, USER, "Reference set " + shipped);
        if (!report.problems().isEmpty()) {
            log.warn("Reference version {} was not applied (the knowledge base stays at {}); {} problem(s), first: {}",
                    shipped, applied, report.problems().size(), report.problems().stream().limit(5)
                            .map(problem -> ServerMessages.english(problem.described())).toList());
            return;
        }
        // The version is recorded last: a start cut off before it applies the version (and its withdrawals) again.
        ReferenceWithdrawal.Result withdrawn = withdrawal.apply(tables, USER);
        int created = report.kinds().stream().mapToInt(ImportReport.KindCounts::created).sum();
        int updated = report.kinds().stream().mapToInt(ImportReport.KindCounts::updated).sum();
        List<HeldRow> held = new ArrayList<>(report.held());
        held.addAll(withdrawn.held());
        record(shipped, created + updated + withdrawn.removed(), held);
        log.info("Applied reference version {} (was {}): {} items created, {} updated, {} withdrawn, {} relationships "
                        + "created and {} removed; {} held back because people changed them or rest on them (an editor "
                        + "decides: GET /api/dataset/reference)", shipped, applied, created, updated, withdrawn.removed(),
                report.relationshipsCreated(), report.relationshipsDeleted(), held.size());
    }

    private String applied() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (v:ReferenceVersion) RETURN max(v.version) AS version")
                    .single().get("version").asString(null));
        }
    }

    /** The version and its held rows in one transaction; an item's older open difference gives way to the new one. */
    private void record(String version, int changed, List<HeldRow> held) {
        List<Map<String, Object>> differences = held.stream().map(row -> Map.<String, Object>of("kind", row.kind(),
                "itemId", row.itemId(), "current", text(row.current()), "reference", text(row.reference()))).toList();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("CREATE (:ReferenceVersion {version: $version, appliedAt: datetime(), changed: $changed, "
                        + "held: $held})", Map.of("version", version, "changed", changed, "held", held.size()));
                tx.run("""
                        UNWIND $differences AS d
                        OPTIONAL MATCH (old:ReferenceDifference {itemId: d.itemId, status: 'open'})
                        SET old.status = 'superseded'
                        WITH DISTINCT d
                        CREATE (:ReferenceDifference {id: randomUUID(), version: $version, kind: d.kind,
                                itemId: d.itemId, current: d.current, reference: d.reference, status: 'open',
                                heldAt: datetime()})
                        """, Map.of("differences", differences, "version", version));
            });
        }
    }

    /** Sorted keys, as the history writes its images: the same item always reads the same. */
    private String text(Map<String, Object> properties) {
        return properties == null ? "null" : json.writeValueAsString(new TreeMap<>(properties));
    }
}
