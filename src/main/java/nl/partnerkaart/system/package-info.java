/**
 * What cuts across features and knows none: the uniform error response (RFC 9457 problem details, which a feature's
 * own advice builds with {@link nl.partnerkaart.system.Problems}) and the OpenAPI description.
 */
package nl.partnerkaart.system;
