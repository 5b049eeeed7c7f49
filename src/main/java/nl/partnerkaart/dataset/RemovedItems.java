package nl.partnerkaart.dataset;

import java.util.Map;

import nl.partnerkaart.history.ChangeBatch;
import nl.partnerkaart.history.ChangeLog;
import nl.partnerkaart.model.ItemLayout;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The history's image of an item a bulk removal takes out, from a row that names it: a relationship by
 * {@code from, fromLabel, type, to, toLabel, props}, a node by {@code label, id, props}.
 */
final class RemovedItems {

    private RemovedItems() {
    }

    static ChangeBatch.Removed relationship(Record r) {
        String type = r.get("type").asString();
        return new ChangeBatch.Removed(ItemLayout.kindOfRelationship(type, r.get("fromLabel").asString(),
                r.get("toLabel").asString()).orElse(type),
                ChangeLog.relationshipId(r.get("from").asString(), type, r.get("to").asString()), properties(r));
    }

    static ChangeBatch.Removed node(Record r) {
        return new ChangeBatch.Removed(ItemLayout.nodeByLabel(r.get("label").asString())
                .map(ItemLayout.NodeLayout::kind).orElseThrow(), r.get("id").asString(), properties(r));
    }

    static Map<String, Object> properties(Record r) {
        return r.get("props").asMap(Value::asObject);
    }
}
