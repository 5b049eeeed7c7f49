package nl.partnerkaart.history;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.neo4j.driver.Transaction;

/**
 * Whether people changed an item: a {@code Change} of the node (or of a relationship it starts) written through a
 * form, the API, an import or a restore, not by the application itself. A reference update leaves such items alone.
 */
public final class PeopleEdits {

    /** The channel of the Changes a reference update writes. */
    public static final String VIA_REFERENCE = "reference";
    /** The channel of the Changes the removal of the examples writes. */
    public static final String VIA_EXAMPLES = "examples";

    private static final Set<String> NOT_BY_PEOPLE = Set.of(VIA_REFERENCE, VIA_EXAMPLES);

    private final Supplier<Transaction> transaction;

    public PeopleEdits(Supplier<Transaction> transaction) {
        this.transaction = transaction;
    }

    /** @param itemId a node's id, or {@code from|TYPE|to} for a relationship */
    public boolean changed(String itemId) {
        return transaction.get().run("""
                MATCH (c:Change) WHERE (c.itemId = $id OR c.itemId STARTS WITH $id + '|') AND NOT c.via IN $notByPeople
                RETURN c LIMIT 1""", Map.of("id", itemId, "notByPeople", NOT_BY_PEOPLE)).hasNext();
    }
}
