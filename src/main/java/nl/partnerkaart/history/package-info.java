/**
 * Change history of the knowledge base: one internal {@code Change} node per changed item (who, when, what
 * before and after, why), written in the same transaction as the change; reading it per item or as a list of
 * recent changes; undoing a delete; and the state of an item on an earlier date. Change nodes are not part of
 * the public graph model. The contract is HISTORY-SPEC (docs/editing.md).
 * Offers {@code ChangeBatch}, {@code ChangeLog} and {@code NodeLabels} to editing and dataset. Depends on model,
 * security, audit, database and system.
 */
package nl.partnerkaart.history;
