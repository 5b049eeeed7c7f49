/** The start screen's figures: what the knowledge base holds, per kind and per origin. */
package nl.partnerkaart.overview;
