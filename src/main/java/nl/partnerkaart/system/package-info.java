/**
 * What cuts across features and knows none: the uniform error response (RFC 9457 problem details, which a feature's
 * own advice builds with {@link nl.partnerkaart.system.Problems} from a {@link nl.partnerkaart.system.Message}, said
 * in the request's language by {@link nl.partnerkaart.system.ServerMessages}), the request-body limit, random
 * passwords, folders readable by the owner only, and the OpenAPI description. Depends on no other package.
 */
package nl.partnerkaart.system;
