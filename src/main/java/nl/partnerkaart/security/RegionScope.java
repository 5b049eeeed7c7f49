package nl.partnerkaart.security;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.system.ForbiddenException;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Service;

/**
 * What an account limited to some safety regions may change: only items "of its regions", checked inside the
 * change's own transaction (before a change, and after it, so an item cannot be moved out of reach either).
 * An item is of a region when (see docs/editing.md):
 * <ul>
 * <li>Partner: it serves the region (fully or partially);</li>
 * <li>PartnerProfile: it is for the region;</li>
 * <li>Covenant: a party is the region, one of its municipalities, or a partner serving it; a covenant without any
 * party yet is open to every editor, so a region can draft one and then add itself as party;</li>
 * <li>ActionItem: its covenant is of the region, or it is assigned to the region or a partner serving it;</li>
 * <li>Exercise: a participant is the region or a partner serving it;</li>
 * <li>Network: a member is the region or a partner serving it (or it has no members yet);</li>
 * <li>Person: works for, or is account holder for, the region or a partner serving it;</li>
 * <li>Source and every other kind: never (sources and reference data serve all regions).</li>
 * </ul>
 */
@Service
public class RegionScope {

    /** {@code x} is the region itself, a partner serving it or one of its municipalities. */
    private static final String LOCAL = """
            (%1$s.id IN $regions OR EXISTS { (%1$s)-[:SERVES|PART_OF]->(r:SafetyRegion) WHERE r.id IN $regions })""";

    // Fixed Cypher per label (never built from input): true when node n is of one of $regions.
    private static final Map<String, String> OF_REGION = Map.of(
            "SafetyRegion", "n.id IN $regions",
            "Partner", "EXISTS { (n)-[:SERVES]->(r:SafetyRegion) WHERE r.id IN $regions }",
            "PartnerProfile", "EXISTS { (n)-[:IN_REGION]->(r:SafetyRegion) WHERE r.id IN $regions }",
            "Covenant", covenant("n"),
            "ActionItem", "EXISTS { (n)-[:PART_OF]->(c:Covenant) WHERE " + covenant("c") + " }"
                    + " OR EXISTS { (n)-[:ASSIGNED_TO]->(x) WHERE " + LOCAL.formatted("x") + " }",
            "Exercise", "EXISTS { (x)-[:PARTICIPATED_IN]->(n) WHERE " + LOCAL.formatted("x") + " }",
            "Network", "NOT EXISTS { ()-[:MEMBER_OF]->(n) } OR EXISTS { (x)-[:MEMBER_OF]->(n) WHERE "
                    + LOCAL.formatted("x") + " }",
            "Person", "EXISTS { (n)-[:WORKS_FOR|ACCOUNT_HOLDER_FOR]->(x) WHERE " + LOCAL.formatted("x") + " }");

    private final UserAccounts accounts;

    RegionScope(UserAccounts accounts) {
        this.accounts = accounts;
    }

    private static String covenant(String c) {
        return "NOT EXISTS { ()-[:PARTY_TO]->(" + c + ") } OR EXISTS { (x)-[:PARTY_TO]->(" + c + ") WHERE "
                + LOCAL.formatted("x") + " }";
    }

    /** The regions the account is limited to; empty means all. */
    public List<String> regionsOf(String username) {
        return accounts.find(username).map(Account::regions).orElse(List.of());
    }

    /**
     * Refuses (403) when the account is limited to regions and the node is not of them.
     *
     * @param label the node's label, from the fixed list of the graph model
     */
    public void requireNode(Transaction tx, String username, String label, String id) {
        List<String> regions = regionsOf(username);
        if (!regions.isEmpty() && !isOf(tx, regions, label, id)) {
            throw refused(regions, id);
        }
    }

    /** A relationship is in reach when either end is: a region may join a covenant, or add a party to its own. */
    public void requireEitherNode(Transaction tx, String username, String fromLabel, String fromId, String toLabel,
                                  String toId) {
        List<String> regions = regionsOf(username);
        if (!regions.isEmpty() && !isOf(tx, regions, fromLabel, fromId) && !isOf(tx, regions, toLabel, toId)) {
            throw refused(regions, fromId + " → " + toId);
        }
    }

    private static boolean isOf(Transaction tx, List<String> regions, String label, String id) {
        String predicate = OF_REGION.get(label);
        return predicate != null && tx.run("MATCH (n:`" + label + "` {id: $id}) RETURN " + predicate + " AS allowed",
                Map.of("id", id, "regions", regions)).list().stream().anyMatch(r -> r.get("allowed").asBoolean());
    }

    private static ForbiddenException refused(List<String> regions, String what) {
        return new ForbiddenException("Your account may only change items of " + String.join(", ", regions)
                + "; " + what + " is not of those regions (see docs/editing.md for what counts)");
    }
}
