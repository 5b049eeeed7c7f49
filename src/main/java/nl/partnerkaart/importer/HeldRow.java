package nl.partnerkaart.importer;

import java.util.Map;

/**
 * A row a reference update did not apply because people changed the item since it was loaded: what the knowledge
 * base holds now and what the new reference says, for an editor to decide.
 *
 * @param itemId a node's id, or {@code from|TYPE|to} for a relationship
 * @param current the item's properties now (with the targets of its reference columns); null when people deleted it
 * @param reference the properties (and targets) the reference row would give it
 */
public record HeldRow(String kind, String itemId, Map<String, Object> current, Map<String, Object> reference) {
}
