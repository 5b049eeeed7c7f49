/**
 * Saved explorer scenes: a named set of nodes with their positions, filters and style rules, stored per user in
 * the bookkeeping store. Only the owner lists, changes and deletes a scene; anyone signed in who has a
 * scene's link (its random id) may open it, and sees only nodes the API shows them anyway.
 * Depends on explore ({@code NodesById}), graph, model (the kinds style rules name), audit, bookkeeping and system.
 */
package nl.partnerkaart.scene;
