/**
 * What the PDF documents of several features share: their style and page footer.
 * Depends on no other package.
 */
package nl.partnerkaart.pdf;
