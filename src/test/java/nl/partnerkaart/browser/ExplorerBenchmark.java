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
 * (fCoSE below 1,500 nodes, by kind above), how long a frame takes while the mouse wheel zooms them, and how long
 * search suggestions take to appear after the last keystroke on the shipped data. Starts its own application on a
 * temporary directory. Run with {@code scripts/measure-explorer.sh}.
 */
public final class ExplorerBenchmark {

    private static final int[][] SCENES = { { 1_000, 2_000 }, { 5_000, 10_000 }, { 10_000, 20_000 } };
    private static final List<String> QUERIES = List.of("vrhm", "vitens", "drinkwater", "hollands mid", "ghor", "rws",
            "gemeente", "politie");
    private static final int SEARCH_RUNS = 5;

    /**
     * Answers the workbench hand-off ({@code #/explore?nodes=...}) with a random scene of n nodes and m edges, opens
     * it as an analyst would, and times it to the status line (laid out) and two frames later (shown). Then turns the
     * mouse wheel once a frame for 30 frames (synthetic wheel events, so Cytoscape draws its cached bitmap as for a
     * user) and times the frames until half a second after, the full redraw when the wheel stops included.
     */
    private static final String SCENE = """
            const [n, m, done] = arguments;
            (async () => {
              let seed = 42;
              // mulberry32: a float LCG loses its low bits past 2^53 and cycled, so big scenes never got their edges.
              const random = () => { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
                t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
              const kinds = ['Partner', 'SafetyRegion', 'Municipality', 'Asset', 'Covenant'];
              const nodes = Array.from({ length: n }, (_, i) => ({ id: `B${i}`, name: `Knoop ${i}`,
                labels: [kinds[i % kinds.length]], properties: { origin: 'illustrative' } }));
              const edges = new Map();
              while (edges.size < m) {
                const a = Math.floor(random() * n); const b = Math.floor(random() * n);
                if (a !== b) edges.set(`B${a}|SERVES|B${b}`, { id: `B${a}|SERVES|B${b}`, source: `B${a}`,
                  target: `B${b}`, type: 'SERVES', properties: {} });
              }
              const body = JSON.stringify({ nodes, edges: [...edges.values()], truncated: false });
              const real = window.fetch;
              window.fetch = (url, options) => String(url).startsWith('/api/graph/among?ids=bench')
                ? Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }))
                : real(url, options);
              const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
              const status = () => document.querySelector('main p.message[role=status]')?.textContent || '';
              // The count tells this scene's message from the one before (the old page keeps it until replaced).
              const expected = `${new Intl.NumberFormat('nl-NL').format(n)} knopen`;
              const start = performance.now();
              location.hash = `#/explore?nodes=bench${n}`;
              while (!status().includes(expected)) await new Promise((resolve) => setTimeout(resolve, 5));
              const laidOut = performance.now() - start;
              await frame(); await frame();
              const shown = performance.now() - start;
              window.fetch = real;
              const graph = document.getElementById('graph');
              const box = graph.getBoundingClientRect();
              const frames = [];
              let last = performance.now();
              const until = async (end) => {
                while (performance.now() < end) {
                  await frame();
                  const now = performance.now();
                  frames.push(now - last);
                  last = now;
                }
              };
              for (let i = 0; i < 30; i++) {
                graph.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 10 < 5 ? -40 : 40, deltaMode: 0,
                  clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
                await until(performance.now() + 1);
              }
              await until(performance.now() + 500);
              frames.sort((a, b) => a - b);
              done({ laidOut, shown, frameMedian: frames[Math.floor(frames.length / 2)], frameWorst: frames[frames.length - 1] });
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

    private static void measureScenes(ChromeDriver browser) {
        System.out.printf("%n%-28s %14s %9s %16s %11s   (load average %s)%n", "scene", "laid out ms", "shown ms",
                "wheel frame ms", "worst ms", loadAverage());
        for (int[] size : SCENES) {
            String name = String.format("%,d nodes, %,d edges", size[0], size[1]);
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) browser)
                    .executeAsyncScript(SCENE, size[0], size[1]);
            if (result.containsKey("error")) {
                throw new IllegalStateException(String.valueOf(result.get("error")));
            }
            System.out.printf("%-28s %14.0f %9.0f %16.0f %11.0f%n", name, number(result.get("laidOut")),
                    number(result.get("shown")), number(result.get("frameMedian")), number(result.get("frameWorst")));
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
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
