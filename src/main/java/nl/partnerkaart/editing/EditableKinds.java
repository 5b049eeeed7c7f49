package nl.partnerkaart.editing;

import java.util.List;

import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;

/** Which kinds of the import layout people edit one item at a time; reference data (regions, typology) is import-only. */
final class EditableKinds {

    static final List<String> NODES = List.of("partners", "covenants", "action-items", "exercises",
            "partner-profiles", "networks", "persons", "sources");
    static final List<String> RELATIONSHIPS = List.of("covenant-parties", "memberships");

    private EditableKinds() {
    }

    static ItemLayout.NodeLayout node(String kind) {
        return NODES.contains(kind) ? ItemLayout.node(kind).orElseThrow()
                : fail("kind", kind, NODES);
    }

    static ItemLayout.RelationshipLayout relationship(String kind) {
        return RELATIONSHIPS.contains(kind) ? ItemLayout.relationship(kind).orElseThrow()
                : fail("kind", kind, RELATIONSHIPS);
    }

    private static <T> T fail(String field, String kind, List<String> kinds) {
        throw new NotFoundException(Message.of("item.notEditable", kind, kinds));
    }
}
