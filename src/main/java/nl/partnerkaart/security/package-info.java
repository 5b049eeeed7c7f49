/**
 * Accounts and access: every API call is authenticated (HTTP Basic or the browser session), accounts
 * live in the bookkeeping store (not in the graph) with a hashed password and roles.
 * Offers {@code UserAccounts} and {@code RegionScope}. Depends on audit, bookkeeping and system.
 */
package nl.partnerkaart.security;
