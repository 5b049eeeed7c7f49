package nl.partnerkaart.dataset;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.importer.ImportReport;
import nl.partnerkaart.importer.ImportProgress;
import nl.partnerkaart.importer.Importer;
import nl.partnerkaart.importer.RawTable;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import nl.partnerkaart.system.Problems;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows a reference update held back because people had changed the items, and an editor's decision on each:
 * keep the knowledge base's value, or take the reference's (written through the import path in the editor's name).
 */
@Service
public class ReferenceDifferences {

    /**
     * @param current what the knowledge base holds (null: people deleted the item)
     * @param reference what the set says (null: the set withdrew the item)
     */
    public record Difference(String id, String version, String kind, String itemId, String name, JsonNode current,
                             JsonNode reference) {
    }

    public record State(String shipped, String applied, String appliedAt, List<Difference> differences) {
    }

    public enum Decision { KEEP, REFERENCE }

    private final Driver driver;
    private final Importer importer;
    private final ReferenceWithdrawal withdrawal;
    private final DatasetProperties properties;
    private final AuditLog audit;
    private final JsonMapper json;

    ReferenceDifferences(Driver driver, Importer importer, ReferenceWithdrawal withdrawal,
                         DatasetProperties properties, AuditLog audit, JsonMapper json) {
        this.driver = driver;
        this.importer = importer;
        this.withdrawal = withdrawal;
        this.properties = properties;
        this.audit = audit;
        this.json = json;
    }

    public State state() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Record version = tx.run("""
                        OPTIONAL MATCH (v:ReferenceVersion) WITH v ORDER BY v.version DESC LIMIT 1
                        RETURN v.version AS version, toString(v.appliedAt) AS at""").single();
                List<Difference> differences = tx.run("""
                        MATCH (d:ReferenceDifference {status: 'open'})
                        OPTIONAL MATCH (n {id: d.itemId}) WHERE n.name IS NOT NULL
                        RETURN d, n.name AS name ORDER BY d.kind, d.itemId""").list(r -> new Difference(
                        r.get("d").get("id").asString(), r.get("d").get("version").asString(),
                        r.get("d").get("kind").asString(), r.get("d").get("itemId").asString(),
                        r.get("name").asString(null), json.readTree(r.get("d").get("current").asString()),
                        json.readTree(r.get("d").get("reference").asString())));
                return new State(ShippedDataset.REFERENCE.version(properties.location()),
                        version.get("version").asString(null), version.get("at").asString(null), differences);
            });
        }
    }

    public void decide(String id, Decision decision, String user) {
        Difference difference = state().differences().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("reference.differenceNotFound", id)));
        if (decision == Decision.REFERENCE) {
            take(difference, user);
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MATCH (d:ReferenceDifference {id: $id}) SET d.status = $status, d.decidedBy = $user,
                    d.decidedAt = datetime()""", Map.of("id", id, "status", decision == Decision.KEEP ? "kept" : "taken",
                    "user", user)));
        }
        audit.record(user, "dataset.reference.decide", difference.kind() + "/" + difference.itemId(), "success",
                "decision=" + decision.name().toLowerCase(java.util.Locale.ROOT) + ", version=" + difference.version());
    }

    /** The reference's row as the shipped set holds it, imported in the editor's name (so it is theirs in history). */
    private void take(Difference difference, String user) {
        String shipped = ShippedDataset.REFERENCE.version(properties.location());
        if (!difference.version().equals(shipped)) {
            throw Problems.refusal(HttpStatus.CONFLICT, Message.of("reference.superseded", difference.version(), shipped));
        }
        if (difference.reference().isNull()) {
            withdrawal.removeWithdrawn(difference.itemId(), user);
            return;
        }
        RawTable row = ShippedDataset.REFERENCE.row(properties.location(), difference.kind(), difference.itemId())
                .orElseThrow(() -> new NotFoundException(Message.of("reference.itemGone", difference.itemId())));
        ImportReport report = importer.run(List.of(row), new Importer.Request(user, "Reference value taken ("
                + difference.version() + ")", false), ImportProgress.ignored());
        if (!report.problems().isEmpty()) {
            throw new InvalidInputException("decision", Message.of("reference.notWritten",
                    report.problems().get(0).described()));
        }
    }
}
