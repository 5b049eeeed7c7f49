package nl.partnerkaart.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 validation (the machine-checkable rules of ISO 14289-1), in the process, on a document. */
public final class VeraPdfCheck {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdfCheck() {
    }

    public static void assertPdfUa1(byte[] pdf) {
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            result = validator.validate(parser);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
        List<String> failed = result.getTestAssertions().stream()
                .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
                        + assertion.getMessage())
                .distinct().toList();
        assertThat(failed).as("PDF/UA-1 rules veraPDF finds broken").isEmpty();
        assertThat(result.isCompliant()).as("compliant with PDF/UA-1").isTrue();
    }
}
