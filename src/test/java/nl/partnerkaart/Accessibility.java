package nl.partnerkaart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core run in the page a browser shows. The engine comes from its WebJar on the test classpath (never from the
 * internet) and is put into the page through WebDriver, which the page's Content-Security-Policy does not govern.
 */
public final class Accessibility {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA (EN 301 549); axe's best practices are not asked for. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final int TARGETS_SHOWN = 6;
    private static final int REASONS_SHOWN = 4;
    private static final String AXE = readAxe();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then((results) => done(results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), impact: n.impact,
                  summary: n.failureSummary || '' })) }))))
              .catch((error) => done(String(error)));
            """;

    private Accessibility() {
    }

    /** One rule broken on the page: its id, its impact, what it asks, and the elements that break it. */
    public record Violation(String rule, String impact, String help, List<Element> elements) {

        public boolean serious() {
            return FAILING.contains(impact);
        }

        @Override
        public String toString() {
            String shown = elements.stream().limit(TARGETS_SHOWN).map(Element::target).collect(Collectors.joining(", "));
            String more = elements.size() > TARGETS_SHOWN ? ", ... (" + (elements.size() - TARGETS_SHOWN) + " more)" : "";
            // The distinct reasons (a contrast's colours, say), without axe's "Fix any of the following:" headings.
            String reasons = elements.stream().map(e -> e.summary().lines().map(String::strip)
                    .filter(line -> !line.startsWith("Fix ")).collect(Collectors.joining("; ")))
                    .distinct().limit(REASONS_SHOWN).collect(Collectors.joining("\n      "));
            return rule + " (" + impact + ", " + elements.size() + " elements): " + help + "\n    " + shown + more
                    + "\n      " + reasons;
        }
    }

    /** An element that breaks a rule: its CSS selector and axe's summary of how to fix it. */
    public record Element(String target, String impact, String summary) {
    }

    private static String readAxe() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        if (path == null) {
            throw new IllegalStateException("axe-core's WebJar (org.webjars.npm:axe-core, test scope) is missing");
        }
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the WCAG A and AA rules on the page as it is now (open dialogs included). */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(AXE);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = page.executeAsyncScript(RUN, TAGS);
        if (!(answer instanceof List<?> list)) {
            throw new IllegalStateException("axe-core failed: " + answer);
        }
        return ((List<Map<String, Object>>) list).stream().map(v -> new Violation((String) v.get("id"),
                (String) v.get("impact"), (String) v.get("help"),
                ((List<Map<String, Object>>) v.get("nodes")).stream().map(n -> new Element((String) n.get("target"),
                        (String) n.get("impact"), (String) n.get("summary"))).toList())).toList();
    }

    /** The serious and critical violations on the page, the ones the tests do not accept. */
    public static List<Violation> seriousViolations(WebDriver browser) {
        return violations(browser).stream().filter(Violation::serious).toList();
    }

    /** Fails listing rule, impact, elements and axe's advice for each serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver browser, String where) {
        List<Violation> found = seriousViolations(browser);
        if (!found.isEmpty()) {
            throw new AssertionError(report(Map.of(where, found)));
        }
    }

    /** The findings per place (screen, dialog, size), as a failure message. */
    public static String report(Map<String, List<Violation>> findings) {
        StringBuilder text = new StringBuilder("Serious or critical accessibility violations (axe-core, ")
                .append(String.join(", ", TAGS)).append("):");
        findings.forEach((where, violations) -> {
            text.append("\n").append(where).append(":");
            violations.forEach(v -> text.append("\n  ").append(v));
        });
        return text.toString();
    }
}
