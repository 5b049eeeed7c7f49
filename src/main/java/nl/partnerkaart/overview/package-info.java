/**
 * The start screen's figures: what the knowledge base holds, per kind and per origin.
 * Depends on model.
 */
package nl.partnerkaart.overview;
