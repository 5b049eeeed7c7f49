/**
 * What the PDF documents of several features share: {@link nl.partnerkaart.pdf.TaggedPdf}, which lays out headings,
 * paragraphs, tables and figures as a tagged PDF/UA-1 document with embedded fonts, and their style.
 * Depends on no other package.
 */
package nl.partnerkaart.pdf;
