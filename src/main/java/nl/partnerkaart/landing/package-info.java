/**
 * The explorer's landing view: the 25 safety regions with their measures (partners, covenants, overdue action
 * items) and the ties between them (shared partners, joint covenants, shared networks).
 * Depends on system only.
 */
package nl.partnerkaart.landing;
