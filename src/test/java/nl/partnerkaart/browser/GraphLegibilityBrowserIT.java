package nl.partnerkaart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import nl.partnerkaart.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pictures that read at a glance, in a real browser: labels never below 12 px on screen and never over each other,
 * relationship types only where they help, a distinct colour and shape per kind, expansions around their origin and
 * in view, style rules saved with the scene, and PNG and SVG exports that Chromium opens.
 */
class GraphLegibilityBrowserIT extends BrowserTest {

    private static final String CY = "document.getElementById('graph')._cyreg.cy";
    private static final String SCENE_NAME = "T-legibility-scene";
    /**
     * What the renderer draws: an element's label shows when it has text, is not transparent, and its font size at
     * this zoom reaches the style's min-zoomed-font-size. Answers the drawn labels, the smallest on screen (px), and
     * how many pairs of drawn node labels overlap.
     */
    private static final String LABELS = """
            const cy = document.getElementById('graph')._cyreg.cy;
            const zoom = cy.zoom();
            const px = (el) => parseFloat(el.style('font-size')) * zoom;
            const drawn = (el) => el.visible() && el.style('label') !== '' && Number(el.style('text-opacity')) > 0
              && px(el) >= parseFloat(el.style('min-zoomed-font-size'));
            const nodes = cy.nodes().filter(drawn);
            const edges = cy.edges().filter(drawn);
            const view = cy.extent();
            const meets = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
            // On screen: labels in the view (those outside are weighed when a pan brings them in).
            const boxes = nodes.map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }))
              .filter((box) => meets(box, view));
            let overlaps = 0;
            boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
              if (meets(a, b)) overlaps += 1;
            }));
            return { zoom, nodes: nodes.map((n) => n.id()), edges: edges.map((e) => e.id()),
              smallest: Math.min(999, ...nodes.union(edges).map(px)), overlaps,
              leastMinimum: Math.min(...cy.elements().filter((el) => el.style('label') !== '')
                .map((el) => parseFloat(el.style('min-zoomed-font-size')))),
              allEdges: cy.edges().length };
            """;

    @Autowired
    private JdbcClient bookkeeping;

    @AfterEach
    void removeScenes() {
        bookkeeping.sql("DELETE FROM scene WHERE name LIKE 'T-%'").update();
    }

    private Object asyncScript(String js) {
        return ((JavascriptExecutor) browser).executeAsyncScript(js);
    }

    private long nodeCount() {
        return (Long) script("return " + CY + ".nodes().length");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> labels() {
        return (Map<String, Object>) script(LABELS);
    }

    /** Waits until the labels (settled after a change of view or selection) meet the condition, and returns them. */
    private Map<String, Object> labelsWhen(Predicate<Map<String, Object>> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            Map<String, Object> now = labels();
            return condition.test(now) ? now : null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> labels, String key) {
        return (List<Object>) labels.get(key);
    }

    private static void assertReadable(Map<String, Object> labels) {
        assertThat(((Number) labels.get("leastMinimum")).doubleValue()).isGreaterThanOrEqualTo(12);
        assertThat(((Number) labels.get("smallest")).doubleValue()).isGreaterThanOrEqualTo(12);
        assertThat((Long) labels.get("overlaps")).as("drawn node labels that overlap").isZero();
    }

    private void openExplorer() {
        signInAsAdmin();
        // Generous waits: on the shared machine the overview and the landing map can take more than 10 s.
        WebDriverWait patient = new WebDriverWait(browser, Duration.ofSeconds(40));
        patient.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kind-cards")));
        browser.findElement(By.cssSelector("nav [data-screen=explore]")).click();
        patient.until(ExpectedConditions.visibilityOfElementLocated(By.id("landing-summary")));
    }

    /** Hollands Midden's network from the landing map: about 200 nodes, many more edges than a few. */
    private void openHollandsMidden() {
        openExplorer();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Long) script(
                "return document.getElementById('landing-graph')._cyreg.cy.nodes().length") == 25);
        script("document.getElementById('landing-graph')._cyreg.cy.getElementById('VR16').emit('tap')");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> nodeCount() > 100);
        waitForText(By.cssSelector("main .message"), "Netwerk van de regio");
    }

    private void zoomOnHollandsMidden(double level) {
        script(CY + ".zoom({ level: arguments[0], position: " + CY + ".getElementById('VR16').position() })", level);
        settle();
    }

    /** Labels follow the view and the selection a moment after they stop changing (explore/labels.js). */
    private static void settle() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void labelsAreReadableByLevelOfDetailAndRelationshipTypesFollowTheSelection() {
        openHollandsMidden();
        // Opening a region selects it; start from no selection.
        script(CY + ".elements().unselect()");

        // Medium zoom: only the most connected nodes speak, at a readable size; no relationship types.
        zoomOnHollandsMidden(0.6);
        Map<String, Object> medium = labelsWhen(l -> !list(l, "nodes").isEmpty());
        assertReadable(medium);
        assertThat(list(medium, "nodes")).contains("VR16").hasSizeLessThan((int) nodeCount() / 3);
        assertThat((Long) medium.get("allEdges")).isGreaterThan(30);
        assertThat(list(medium, "edges")).isEmpty();

        // Selected: the node, its neighbours and its relationship types show.
        script(CY + ".getElementById('VR16').select()");
        settle();
        Map<String, Object> selected = labelsWhen(l -> !list(l, "edges").isEmpty());
        assertReadable(selected);
        assertThat((Long) script("return " + CY + ".edges().filter((e) => arguments[0].includes(e.id()))"
                + ".filter((e) => e.source().id() !== 'VR16' && e.target().id() !== 'VR16').length",
                list(selected, "edges"))).isZero();
        script(CY + ".getElementById('VR16').unselect()");
        labelsWhen(l -> list(l, "edges").isEmpty());

        // Close zoom: every label that covers no other.
        zoomOnHollandsMidden(1.3);
        Map<String, Object> close = labelsWhen(l -> list(l, "nodes").size() > list(medium, "nodes").size());
        assertReadable(close);

        // Far: nothing but the label under the pointer.
        zoomOnHollandsMidden(0.2);
        assertThat(list(labelsWhen(l -> list(l, "nodes").isEmpty()), "nodes")).isEmpty();
        script(CY + ".getElementById('VR16').emit('mouseover')");
        Map<String, Object> hovered = labelsWhen(l -> list(l, "nodes").contains("VR16"));
        assertReadable(hovered);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void everyKindHasAColourAndAShapeOfItsOwnAndTheLegendShowsBoth() {
        openHollandsMidden();
        @SuppressWarnings("unchecked")
        List<List<String>> looks = (List<List<String>>) script("""
                const cy = document.getElementById('graph')._cyreg.cy;
                // Covenants by status and overdue action items have colours of their own: a meaning, not a kind.
                const plain = cy.nodes('[overdue != "yes"]').filter((n) => !['Covenant', 'Group'].includes(n.data('label')));
                const kinds = [...new Set(plain.map((n) => n.data('label')))];
                return kinds.map((k) => { const n = plain.filter('[label = "' + k + '"]')[0];
                  return [k, n.style('background-color'), n.style('shape')]; });
                """);
        assertThat(looks).hasSizeGreaterThanOrEqualTo(4);
        assertThat(looks.stream().map(l -> l.get(1)).distinct()).hasSameSizeAs(looks);
        assertThat(looks.stream().map(l -> l.get(2)).distinct()).hasSameSizeAs(looks);
        // The palette itself: every kind (covenants too, before their status colours them) apart by both cues.
        @SuppressWarnings("unchecked")
        List<Long> distinct = (List<Long>) asyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/lib/graph-style.js').then((m) => done([Object.keys(m.LABEL_COLOURS).length,
                  new Set(Object.values(m.LABEL_COLOURS)).size, new Set(Object.values(m.LABEL_SHAPES)).size]));
                """);
        assertThat(distinct.get(1)).isEqualTo(distinct.get(0));
        assertThat(distinct.get(2)).isEqualTo(distinct.get(0));

        browser.findElement(By.cssSelector("#side-legend summary")).click();
        looks.forEach(look -> {
            var swatch = waitFor(By.cssSelector("#legend li[data-kind='" + look.get(0) + "'] .swatch"));
            assertThat(swatch.getAttribute("class")).contains("shape-" + look.get(2));
            assertThat(swatch.getCssValue("background-color").replace("rgba", "rgb").replace(", 1)", ")")
                    .replace(" ", "")).isEqualTo(look.get(1));
        });
        assertThat(consoleErrors()).isEmpty();
    }

    /** Hollands Midden alone, at the right edge of the view, then its first 50 neighbours. */
    private void expandHollandsMiddenFromTheEdge() {
        openExplorer();
        waitFor(By.id("explore-search")).sendKeys("vrhm");
        waitFor(By.cssSelector("#explore-suggestions .suggestion[data-id='VR16']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> nodeCount() == 1);
        script("const cy = " + CY + "; cy.zoom(1.5); const p = cy.getElementById('VR16').position();"
                + "cy.pan({ x: cy.width() - 20 - 1.5 * p.x, y: cy.height() / 2 - 1.5 * p.y });");
        // Hollands Midden has hundreds of neighbours: a double-click asks first.
        script(CY + ".getElementById('VR16').emit('dbltap')");
        waitForText(By.cssSelector(".context-menu"), "heeft");
        browser.findElement(By.cssSelector(".context-menu .menu-choice button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> nodeCount() == 51);
        waitForText(By.cssSelector("main .message"), "Niet alle buren passen");
    }

    @Test
    @Disabled("Flaky in CI on 2026-12-08: one of 51 nodes stayed outside the view after the fit (issue 25, open)")
    void anExpansionLandsAroundItsOriginAndEndsFittedInTheView() {
        expandHollandsMiddenFromTheEdge();
        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>) new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            Object answer = script("""
                    const cy = document.getElementById('graph')._cyreg.cy;
                    if (cy.animated()) return null;
                    const e = cy.extent();
                    const origin = cy.getElementById('VR16').position();
                    const fresh = cy.nodes().filter((n) => n.id() !== 'VR16');
                    const box = cy.nodes().boundingBox({ includeLabels: false });
                    return { outside: cy.nodes().filter((n) => { const p = n.position();
                        return p.x < e.x1 || p.x > e.x2 || p.y < e.y1 || p.y > e.y2; }).length,
                      furthest: Math.max(...fresh.map((n) => Math.hypot(n.position('x') - origin.x,
                        n.position('y') - origin.y))),
                      share: Math.max(box.w / e.w, box.h / e.h), zoom: cy.zoom() };
                    """);
            // The fit follows the layout, which ends a moment later: wait for the view to take in every node.
            return answer instanceof Map<?, ?> state && ((Long) state.get("outside")) == 0 ? answer : null;
        });
        assertThat((Long) view.get("outside")).as("nodes outside the view").isZero();
        assertThat(((Number) view.get("furthest")).doubleValue()).as("around the origin").isLessThan(900);
        assertThat(((Number) view.get("share")).doubleValue()).as("the view is used").isGreaterThan(0.5);
        assertThat(((Number) view.get("zoom")).doubleValue()).isLessThanOrEqualTo(1.6);
        assertThat(consoleErrors()).isEmpty();
    }

    /** Picks a value in one of the style panel's lists, as a change the panel hears (it renders itself anew). */
    private void choose(String id, String value) {
        waitFor(By.id(id));
        script("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change'));", id, value);
    }

    private String partnerLook() {
        return (String) script("const n = " + CY + ".nodes('[label = \"Partner\"]')[0];"
                + "return n.style('background-color') + ' ' + n.style('shape');");
    }

    @Test
    void aStyleRuleIsSavedWithTheSceneAndTheDefaultComesBack() {
        expandHollandsMiddenFromTheEdge();
        String before = partnerLook();
        assertThat(before).isEqualTo("rgb(0,158,115) ellipse");

        browser.findElement(By.cssSelector("#side-style summary")).click();
        new Select(waitFor(By.id("style-kind"))).selectByValue("Partner");
        script("const c = document.getElementById('style-colour'); c.value = '#cc3311';"
                + "c.dispatchEvent(new Event('change'));");
        choose("style-shape", "star");
        choose("style-size-by", "degree");
        assertThat(partnerLook()).isEqualTo("rgb(204,51,17) star");
        assertThat((Boolean) script("return " + CY + ".getElementById('VR16').width() > "
                + CY + ".nodes('[label = \"Partner\"]')[0].width()")).isTrue();
        browser.findElement(By.cssSelector("#side-legend summary")).click();
        assertThat(waitFor(By.cssSelector("#legend li[data-kind='Partner'] .swatch")).getAttribute("class"))
                .contains("shape-star");
        waitForText(By.id("legend"), "aantal verbindingen");

        browser.findElement(By.cssSelector("#side-scenes summary")).click();
        waitFor(By.id("scene-name")).sendKeys(SCENE_NAME);
        browser.findElement(By.id("scene-save")).click();
        waitForText(By.cssSelector("main .message"), "opgeslagen");
        assertThat(bookkeeping.sql("SELECT style_rules FROM scene WHERE name = ?").param(SCENE_NAME)
                .query(String.class).single()).contains("#cc3311", "star", "degree");
        String link = browser.findElement(By.id("scene-link")).getAttribute("value");

        browser.get(url("/login.html"));
        browser.get(link);
        waitForText(By.cssSelector("main .message"), SCENE_NAME);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> nodeCount() == 51);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> partnerLook().equals("rgb(204,51,17) star"));

        browser.findElement(By.cssSelector("#side-style summary")).click();
        waitFor(By.id("style-reset")).click();
        assertThat(partnerLook()).isEqualTo(before);
        assertThat((Long) script("return " + CY + ".nodes('[ruleWeight]').length")).isZero();
        assertThat(consoleErrors()).isEmpty();
    }

    /**
     * Chooses an export and answers the name of the file it downloads; the page keeps the file (window.downloads[0]:
     * its blob and its URL). The page's CSP lets images load from blob: URLs but not fetch them, hence the blob.
     */
    @SuppressWarnings("unchecked")
    private Map<String, String> download(String choice) {
        script("""
                window.downloads = [];
                window.blobs ||= new Map();
                if (!window.keepsBlobs) {
                  const create = URL.createObjectURL;
                  URL.createObjectURL = (blob) => { const href = create(blob); window.blobs.set(href, blob); return href; };
                  URL.revokeObjectURL = () => {};
                  window.keepsBlobs = true;
                }
                HTMLAnchorElement.prototype.click = function () {
                  window.downloads.push({ name: this.download, href: this.href, blob: window.blobs.get(this.href) });
                };
                """);
        new Select(browser.findElement(By.id("export"))).selectByValue(choice);
        return (Map<String, String>) new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> script("return window.downloads[0] && { name: window.downloads[0].name }"));
    }

    @Test
    void theSvgAndPngExportsOpenInChromiumAndShowTheScene() {
        openHollandsMidden();
        long nodes = nodeCount();

        Map<String, String> svg = download("svg");
        assertThat(svg.get("name")).isEqualTo("partnerkaart-scene.svg");
        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) asyncScript("""
                const done = arguments[arguments.length - 1];
                const cy = document.getElementById('graph')._cyreg.cy;
                (async () => {
                  const text = await window.downloads[0].blob.text();
                  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
                  const ids = [...doc.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id'));
                  const image = new Image();
                  image.src = window.downloads[0].href;
                  await image.decode();
                  const canvas = document.createElement('canvas');
                  canvas.width = image.naturalWidth; canvas.height = image.naturalHeight;
                  const context = canvas.getContext('2d');
                  context.drawImage(image, 0, 0);
                  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
                  let coloured = 0;
                  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200) coloured += 1;
                  done({ root: doc.documentElement.localName, errors: doc.querySelectorAll('parsererror').length,
                    missing: cy.nodes().filter((n) => !ids.includes(n.id())).length, nodes: ids.length,
                    texts: doc.querySelectorAll('g.node text').length, width: image.naturalWidth, coloured });
                })().catch((e) => done({ error: String(e) }));
                """);
        assertThat(read).doesNotContainKey("error");
        assertThat(read.get("root")).isEqualTo("svg");
        assertThat((Long) read.get("errors")).isZero();
        assertThat((Long) read.get("nodes")).isEqualTo(nodes);
        assertThat((Long) read.get("missing")).isZero();
        assertThat((Long) read.get("texts")).isPositive();
        assertThat((Long) read.get("width")).isPositive();
        assertThat((Long) read.get("coloured")).isGreaterThan(1000);

        Map<String, String> view = download("svgView");
        assertThat(view.get("name")).isEqualTo("partnerkaart-view.svg");
        Map<String, String> png = download("png");
        assertThat(png.get("name")).isEqualTo("partnerkaart-scene.png");
        @SuppressWarnings("unchecked")
        Map<String, Object> image = (Map<String, Object>) asyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.resolve(window.downloads[0].blob).then(async (blob) => {
                  const bitmap = await createImageBitmap(blob);
                  done({ type: blob.type, width: bitmap.width, height: bitmap.height });
                }).catch((e) => done({ error: String(e) }));
                """);
        assertThat(image.get("type")).isEqualTo("image/png");
        assertThat((Long) image.get("width")).isGreaterThan(100);
        assertThat((Long) image.get("height")).isGreaterThan(100);
        assertThat(download("pngView").get("name")).isEqualTo("partnerkaart-view.png");
        assertThat(consoleErrors()).isEmpty();
    }
}
