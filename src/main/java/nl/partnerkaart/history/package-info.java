/**
 * Change history of the knowledge base: one internal {@code Change} node per changed item (who, when, what
 * before and after, why), written in the same transaction as the change; reading it per item or as a list of
 * recent changes; undoing a delete or an import's committed batches; and the state of an item on an earlier date.
 * This package is the only one that writes, reads or deletes Change nodes: editors write through
 * {@link nl.partnerkaart.history.ChangeBatch}, an import through {@link nl.partnerkaart.history.ImportChanges}.
 * Change nodes are not part of the public graph model. The contract is HISTORY-SPEC (docs/editing.md).
 * Offers {@code ChangeBatch}, {@code ChangeLog}, {@code NodeLabels}, {@code ImportChanges}, {@code ChangeReversal}
 * and {@code PeopleEdits} to editing, importer and dataset. Depends on model, security, audit, database and system.
 */
package nl.partnerkaart.history;
