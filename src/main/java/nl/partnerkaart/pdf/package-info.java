/** What the PDF documents of several features share: their style and page footer. */
package nl.partnerkaart.pdf;
