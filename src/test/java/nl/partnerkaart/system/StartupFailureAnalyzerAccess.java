package nl.partnerkaart.system;

import org.springframework.boot.diagnostics.FailureAnalysis;

/** Lets tests in other packages ask the (package-private) analyzer what a user would be told. */
public final class StartupFailureAnalyzerAccess {

    private StartupFailureAnalyzerAccess() {
    }

    public static FailureAnalysis analyze(Throwable failure) {
        return new StartupFailureAnalyzer().analyze(failure);
    }
}
