/**
 * Editing one item at a time (forms and the editing API): create, read, update and delete the editable kinds
 * and add or remove their relationships. Fields, types, enumerations and references come from the import
 * layout ({@code model.ItemLayout}) and a save is validated like an import row; every write records its
 * Change nodes ({@code history}) in the same transaction and checks the item's version (optimistic concurrency).
 * Offers only HTTP. Depends on model, importer ({@code RowValidation}), history, security, audit and system.
 */
package nl.partnerkaart.editing;
