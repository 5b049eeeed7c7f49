package nl.partnerkaart;

import java.util.Objects;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** What a user is told when the start fails: the answer of the application's failure analyzers, as registered. */
public final class StartupFailures {

    private StartupFailures() {
    }

    /** The first analysis of our analyzers in {@code META-INF/spring.factories}; Spring Boot's own are left out. */
    public static FailureAnalysis analyze(Throwable failure) {
        return SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, (type, name, notMade) -> { })
                .stream().filter(analyzer -> analyzer.getClass().getPackageName().startsWith("nl.partnerkaart"))
                .map(analyzer -> analyzer.analyze(failure)).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
