package nl.partnerkaart.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.system.ForbiddenException;
import nl.partnerkaart.system.Message;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Service;

/**
 * What an account limited to some safety regions may change: only items "of its regions", checked inside the
 * change's own transaction (before a change, and after it, so an item cannot be moved out of reach either).
 * An item is of a region when (see docs/editing.md):
 * <ul>
 * <li>Partner: it serves the region (fully or partially);</li>
 * <li>PartnerProfile: it is for the region;</li>
 * <li>Covenant and Network, which several regions share: every region that owns it is one of the account's
 * regions (see {@link #requireTie});</li>
 * <li>ActionItem: its covenant is, or it is assigned to the region or a partner serving it;</li>
 * <li>Exercise: a participant is the region or a partner serving it;</li>
 * <li>Person: works for, or is account holder for, the region or a partner serving it;</li>
 * <li>Source and every other kind: never (sources and reference data serve all regions).</li>
 * </ul>
 * Accounts without regions may change everything.
 */
@Service
public class RegionScope {

    /** {@code x} is the region itself, a partner serving it or one of its municipalities. */
    private static final String LOCAL = """
            (%1$s.id IN $regions OR EXISTS { (%1$s)-[:SERVES|PART_OF]->(r:SafetyRegion) WHERE r.id IN $regions })""";

    /** The relationship that makes a party of a shared item, per label of the item. */
    private static final Map<String, String> TIES = Map.of("Covenant", "PARTY_TO", "Network", "MEMBER_OF");

    // Fixed Cypher per label (never built from input): true when node n is of one of $regions.
    private static final Map<String, String> OF_REGION = Map.of(
            "SafetyRegion", "n.id IN $regions",
            "Partner", "EXISTS { (n)-[:SERVES]->(r:SafetyRegion) WHERE r.id IN $regions }",
            "PartnerProfile", "EXISTS { (n)-[:IN_REGION]->(r:SafetyRegion) WHERE r.id IN $regions }",
            "Covenant", owned("n", "PARTY_TO"),
            "ActionItem", "EXISTS { (n)-[:PART_OF]->(c:Covenant) WHERE " + owned("c", "PARTY_TO") + " }"
                    + " OR EXISTS { (n)-[:ASSIGNED_TO]->(x) WHERE " + LOCAL.formatted("x") + " }",
            "Exercise", "EXISTS { (x)-[:PARTICIPATED_IN]->(n) WHERE " + LOCAL.formatted("x") + " }",
            "Network", owned("n", "MEMBER_OF"),
            "Person", "EXISTS { (n)-[:WORKS_FOR|ACCOUNT_HOLDER_FOR]->(x) WHERE " + LOCAL.formatted("x") + " }");

    /**
     * True when party {@code x} is wholly of $regions: one of them, one of their municipalities, or a partner that
     * serves only them.
     */
    private static final String OWN_PARTY = """
            (x.id IN $regions OR EXISTS { (x:Municipality)-[:PART_OF]->(r:SafetyRegion) WHERE r.id IN $regions }
             OR x:Partner AND EXISTS { (x)-[:SERVES]->() }
                AND NOT EXISTS { (x)-[:SERVES]->(r:SafetyRegion) WHERE NOT r.id IN $regions })""";

    private final UserAccounts accounts;

    RegionScope(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The regions that own shared item {@code item}: those that are a party (themselves or through a municipality)
     * without having merely joined ({@code joined: true}); when every region party joined, all region parties.
     */
    private static String owners(String item, String tie) {
        String owning = tied(item, tie, "NOT coalesce(t.joined, false)");
        return "CASE WHEN size(" + owning + ") > 0 THEN " + owning + " ELSE " + tied(item, tie, "true") + " END";
    }

    private static String tied(String item, String tie, String condition) {
        return "COLLECT { MATCH (x)-[t:" + tie + "]->(" + item + ") WHERE " + condition
                + " MATCH (x)-[:PART_OF*0..1]->(o:SafetyRegion) RETURN DISTINCT o.id AS id ORDER BY id }";
    }

    /**
     * Every owner is one of $regions; an item without region parties is of the regions its partners serve (those that
     * merely joined do not count, or joining with a partner would take the item over), and one without any party (a
     * draft) is open to every editor, so a region can draft one and then add itself.
     */
    private static String owned(String item, String tie) {
        String owners = owners(item, tie);
        return "CASE WHEN size(" + owners + ") > 0 THEN all(owner IN " + owners + " WHERE owner IN $regions)"
                + " ELSE NOT EXISTS { ()-[:" + tie + "]->(" + item + ") }"
                + " OR EXISTS { (x)-[t:" + tie + "]->(" + item + ") WHERE NOT coalesce(t.joined, false) AND "
                + LOCAL.formatted("x") + " } END";
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
            throw TIES.containsKey(label) ? notOwner(tx, regions, label, id) : refused(regions, id);
        }
    }

    /**
     * The one rule for the parties of a shared item (a covenant's parties, a network's members). An account that may
     * change the item ({@link #requireNode}) may add, change and remove any party. Any other region-limited account
     * may only add, change or remove its own participation (its region, one of its municipalities, or a partner that
     * serves only its regions), and what it adds only joins: it carries {@code joined: true}, so it does not make its
     * region an owner of the item, and it may not change that flag. Refuses with 403 otherwise.
     *
     * @param itemLabel {@code Covenant} or {@code Network}
     * @param current the tie's {@code joined} now (false when the tie exists without it); null for a new tie
     * @param requested the {@code joined} the caller sent; null when it sent none
     * @return the {@code joined} the tie must carry
     */
    public boolean requireTie(Transaction tx, String username, String partyLabel, String partyId, String itemLabel,
                              String itemId, Boolean current, Boolean requested) {
        List<String> regions = regionsOf(username);
        if (regions.isEmpty()) {
            return requested != null ? requested : current != null && current;
        }
        boolean own = isOwnParty(tx, regions, partyLabel, partyId);
        if (isOf(tx, regions, itemLabel, itemId)) {
            return requested != null ? requested : current != null ? current : !own;
        }
        if (!own) {
            throw notOwner(tx, regions, itemLabel, itemId);
        }
        boolean joined = current == null || current;
        if (requested != null && requested != joined) {
            throw new ForbiddenException(Message.of("region.joinedOnly", partyId, itemId));
        }
        return joined;
    }

    /**
     * Refuses (403) when a region-limited account adds or removes a tie of an item to another region (a partner's
     * {@code serves}, an exercise's participants, ...): changing an item of its regions gives no say over the ties
     * that other regions have to it.
     *
     * @param changed the ids the item's reference columns gain or lose; those that are regions are checked
     */
    public void requireOwnRegionTies(Transaction tx, String username, String id, Collection<String> changed) {
        List<String> regions = regionsOf(username);
        if (regions.isEmpty() || changed.isEmpty()) {
            return;
        }
        List<String> others = tx.run("MATCH (r:SafetyRegion) WHERE r.id IN $changed AND NOT r.id IN $regions "
                        + "RETURN r.id AS id ORDER BY id", Map.of("changed", List.copyOf(changed), "regions", regions))
                .list(r -> r.get("id").asString());
        if (!others.isEmpty()) {
            throw new ForbiddenException(Message.of("region.otherRegionTies", id, regions, others));
        }
    }

    private static boolean isOf(Transaction tx, List<String> regions, String label, String id) {
        String predicate = OF_REGION.get(label);
        return predicate != null && tx.run("MATCH (n:`" + label + "` {id: $id}) RETURN " + predicate + " AS allowed",
                Map.of("id", id, "regions", regions)).list().stream().anyMatch(r -> r.get("allowed").asBoolean());
    }

    private static boolean isOwnParty(Transaction tx, List<String> regions, String label, String id) {
        return tx.run("MATCH (x:`" + label + "` {id: $id}) RETURN " + OWN_PARTY + " AS own",
                Map.of("id", id, "regions", regions)).list().stream().anyMatch(r -> r.get("own").asBoolean());
    }

    private static ForbiddenException notOwner(Transaction tx, List<String> regions, String label, String id) {
        List<String> owners = tx.run("MATCH (n:`" + label + "` {id: $id}) RETURN " + owners("n", TIES.get(label))
                + " AS owners", Map.of("id", id)).list().stream().findFirst()
                .map(r -> r.get("owners").asList(v -> v.asString())).orElse(List.of());
        return new ForbiddenException(owners.isEmpty() ? Message.of("region.notOwnerOfPartners", id, regions)
                : Message.of("region.notOwner", id, regions, owners));
    }

    private static ForbiddenException refused(List<String> regions, String what) {
        return new ForbiddenException(Message.of("region.notOfRegions", what, regions));
    }
}
