package nl.partnerkaart.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.BrowserTest;
import nl.partnerkaart.TestApplications;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A benchmark, not a test: in headless Chromium, how long the explorer takes to lay out and show synthetic scenes
 * (fCoSE draft, and positions saved with a scene), how long a pan-and-zoom frame takes on them, and how long search
 * suggestions take to appear after the last keystroke on the shipped data. Starts its own application on a
 * temporary directory. Run with {@code scripts/measure-explorer.sh}.
 */
public final class ExplorerBenchmark {

    private static final int[][] SCENES = { { 1_000, 2_000 }, { 5_000, 10_000 }, { 10_000, 20_000 } };
    private static final List<String> QUERIES = List.of("vrhm", "vitens", "drinkwater", "hollands mid", "ghor", "rws",
            "gemeente", "politie");
    private static final int SEARCH_RUNS = 5;

    /** Builds a random scene of n nodes and m edges in the open explorer and times it; see the class comment. */
    private static final String SCENE = """
            const [n, m, mode, done] = arguments;
            (async () => {
              const { explorer } = await import('/js/explore.js');
              const { loadFcose, runLayout } = await import('/js/explore/layouts.js');
              const { scene } = explorer;
              const { cy } = scene;
              let seed = 42;
              const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
              const kinds = ['Partner', 'SafetyRegion', 'Municipality', 'Asset', 'Covenant'];
              const nodes = Array.from({ length: n }, (_, i) => ({ id: `B${i}`, name: `Knoop ${i}`,
                labels: [kinds[i % kinds.length]], properties: { origin: 'illustrative' } }));
              const edges = new Map();
              while (edges.size < m) {
                const a = Math.floor(random() * n); const b = Math.floor(random() * n);
                if (a !== b) edges.set(`B${a}|SERVES|B${b}`, { id: `B${a}|SERVES|B${b}`, source: `B${a}`,
                  target: `B${b}`, type: 'SERVES', properties: {} });
              }
              await loadFcose();
              const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
              const start = performance.now();
              scene.replace({ nodes, edges: [...edges.values()] });
              const added = performance.now() - start;
              if (mode === 'saved') {
                const side = Math.ceil(Math.sqrt(n));
                cy.batch(() => cy.nodes().forEach((node, i) => node.position({ x: (i % side) * 40, y: Math.floor(i / side) * 40 })));
              } else {
                await runLayout(cy, 'fcose');
              }
              const laidOut = performance.now() - start;
              cy.fit();
              await frame(); await frame();
              const shown = performance.now() - start;
              const frames = [];
              for (let i = 0; i < 30; i++) {
                const t = performance.now();
                cy.zoom({ level: cy.zoom() * (i % 2 ? 1.15 : 0.87), renderedPosition: { x: 400, y: 300 } });
                cy.panBy({ x: 7, y: 4 });
                await frame();
                frames.push(performance.now() - t);
              }
              frames.sort((a, b) => a - b);
              done({ added, laidOut, shown, median: frames[15], worst: frames[29] });
            })().catch((error) => done({ error: String(error) }));
            """;

    /** Time from the last keystroke (an input event) to the suggestions on screen. */
    private static final String SUGGEST = """
            const [q, done] = arguments;
            const input = document.getElementById('explore-search');
            const list = document.getElementById('explore-suggestions');
            input.value = ''; input.dispatchEvent(new Event('input'));
            const start = performance.now();
            const watch = new MutationObserver(() => {
              if (list.querySelector('.suggestion, .empty')) { watch.disconnect(); done(performance.now() - start); }
            });
            watch.observe(list, { childList: true, subtree: true });
            input.value = q; input.dispatchEvent(new Event('input'));
            """;

    private ExplorerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = TestApplications.start(TestApplications.newDataDirectory())) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            ChromeDriver browser = BrowserTest.headlessChromium();
            try {
                browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
                signIn(browser, base);
                // Full page loads, so that the overview shown after sign-in cannot interfere.
                browser.get(base + "/login.html");
                browser.get(base + "/#/explore");
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("explore-search")));
                measureSearch(browser);
                browser.get(base + "/login.html");
                browser.get(base + "/#/explore?node=VR16");
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details h2"), "Hollands"));
                measureScenes(browser);
            } finally {
                browser.quit();
            }
        }
    }

    private static void measureSearch(ChromeDriver browser) {
        System.out.printf("%n%-16s %22s%n", "search", "suggestions shown, ms (median of " + SEARCH_RUNS + ")");
        for (String query : QUERIES) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < SEARCH_RUNS + 1; i++) {
                double ms = number(((JavascriptExecutor) browser).executeAsyncScript(SUGGEST, query));
                if (i > 0) {
                    times.add(ms);
                }
            }
            Collections.sort(times);
            System.out.printf("%-16s %22.0f%n", query, times.get(SEARCH_RUNS / 2));
        }
    }

    /**
     * Saved positions for every size first, then fCoSE from small to large: a layout that outlasts the driver's
     * three-minute answer time ends the run, as the browser is still busy with it.
     */
    private static void measureScenes(ChromeDriver browser) {
        System.out.printf("%n%-40s %9s %11s %9s %13s %12s%n", "scene", "added ms", "laid out ms", "shown ms",
                "frame median", "frame worst");
        for (String mode : List.of("saved", "fcose")) {
            for (int[] size : SCENES) {
                String name = String.format("%,d nodes, %,d edges, %s", size[0], size[1],
                        mode.equals("saved") ? "saved positions" : "fCoSE draft");
                Map<String, Object> result;
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) browser)
                            .executeAsyncScript(SCENE, size[0], size[1], mode);
                    result = answer;
                } catch (org.openqa.selenium.TimeoutException e) {
                    System.out.printf("%-40s %s%n", name, "no answer within 3 minutes; run ended");
                    return;
                }
                if (result.containsKey("error")) {
                    throw new IllegalStateException(String.valueOf(result.get("error")));
                }
                System.out.printf("%-40s %9.0f %11.0f %9.0f %13.0f %12.0f%n", name, number(result.get("added")),
                        number(result.get("laidOut")), number(result.get("shown")), number(result.get("median")),
                        number(result.get("worst")));
            }
        }
    }

    private static void signIn(ChromeDriver browser, String base) {
        browser.get(base + "/login.html");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestApplications.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kind-cards")));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
