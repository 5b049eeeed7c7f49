/** What cuts across features: the uniform error response (RFC 9457 problem details) and the OpenAPI description. */
package nl.partnerkaart.system;
