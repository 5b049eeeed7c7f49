/**
 * The graph model every feature rests on: the kinds of docs/data-format.md ({@link nl.partnerkaart.model.Kinds}:
 * node and relationship kinds, their columns, reference columns and enumerations), how a cell's text becomes a
 * value ({@link nl.partnerkaart.model.ColumnType}), how large a value may be
 * ({@link nl.partnerkaart.model.FieldLimits}) and the read-only layout editors see
 * ({@link nl.partnerkaart.model.ItemLayout}). Depends on no feature, only on {@code system} (a refused comment is a
 * 400). Validating a whole row against the graph stays with the importer's validator ({@code RowValidation}).
 */
package nl.partnerkaart.model;
