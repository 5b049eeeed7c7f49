package nl.partnerkaart.dataset;

import nl.partnerkaart.importer.InvalidImportException;
import nl.partnerkaart.system.ServerMessages;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A shipped data set that cannot be loaded stops the start with its problems instead of a stack trace. */
class ShippedDatasetFailureAnalyzer extends AbstractFailureAnalyzer<InvalidImportException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidImportException invalid) {
        return new FailureAnalysis("The shipped data set cannot be loaded; nothing was written:\n  "
                + String.join("\n  ", invalid.problems().stream().limit(20)
                        .map(problem -> ServerMessages.english(problem.described())).toList()),
                "Correct the data files named above (dataset/ in the repository) and start again.", invalid);
    }
}
