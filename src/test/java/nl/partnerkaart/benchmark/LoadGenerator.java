package nl.partnerkaart.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load generator, run as its own process against a running application (scripts/load.sh): a number of
 * users, each sending one request after the other without pause, a weighted mix of search, node details and
 * neighbourhoods, and now and then a report. Prints p50/p95/p99, throughput and errors per sample window and in total; with a process
 * id also the application's resident memory and heap (by {@code jcmd}) per window, which makes it a soak
 * test when run long. With {@code load.writes}, every user also saves a query now and then and appends the
 * id of every acknowledged save to that file (for the kill-and-restart check).
 *
 * <p>System properties: {@code load.url} (http://127.0.0.1:8080), {@code load.user} (admin), {@code load.password},
 * {@code load.users} (50), {@code load.seconds} (300), {@code load.sample-seconds} (30), {@code load.pid},
 * {@code load.writes}. To add a feature to the mix (e.g. reports), add a {@link Request} to {@link #mix}.
 */
public final class LoadGenerator {

    /** One kind of request and how often it is chosen relative to the others. */
    record Request(String name, int weight, java.util.function.IntFunction<String> path) {
    }

    private static final String URL = System.getProperty("load.url", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final int SECONDS = Integer.getInteger("load.seconds", 300);
    private static final int SAMPLE_SECONDS = Integer.getInteger("load.sample-seconds", 30);
    /**
     * Mean pause of a user between two requests (uniform from half to one and a half times it): people read
     * an answer before they ask the next. Zero sends back to back, which measures capacity, not people.
     */
    private static final int THINK_MILLIS = Integer.getInteger("load.think-ms", 1000);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString((System.getProperty("load.user",
            "admin") + ":" + System.getProperty("load.password")).getBytes(StandardCharsets.UTF_8));
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong windowErrors = new AtomicLong();
    /** Failed answers by path and status (0: no answer), so that errors say what failed. */
    private final Map<String, AtomicLong> failures = new ConcurrentSkipListMap<>();
    private volatile Latencies window = new Latencies();
    private final Latencies total = new Latencies();

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        new LoadGenerator().run();
    }

    /**
     * The mix of people using the explorer (mostly typing searches, looking at nodes, expanding them) and a
     * few opening reports of a region.
     */
    static List<Request> mix(List<String> partners, List<String> terms) {
        return List.of(
                new Request("search", 40, i -> "/api/search?limit=10&q=" + terms.get(i % terms.size())),
                new Request("node", 20, i -> "/api/graph/nodes/" + partners.get(i % partners.size())),
                new Request("neighbourhood-1", 22, i -> "/api/graph/neighbourhood?depth=1&id=" + partners.get(i % partners.size())),
                new Request("neighbourhood-2", 10, i -> "/api/graph/neighbourhood?depth=2&id=" + partners.get(i % partners.size())),
                new Request("report-coverage", 3, i -> "/api/reports/coverage"),
                new Request("report-action-items", 3, i -> "/api/reports/action-items?region=" + region(i)),
                new Request("report-exercises", 2, i -> "/api/reports/exercises?region=" + region(i)));
    }

    private static String region(int i) {
        return String.format(Locale.ROOT, "VR%02d", 1 + i % 25);
    }

    private void run() throws Exception {
        List<String> partners = column("MATCH (p:Partner) WHERE rand() < 0.2 RETURN p.id LIMIT 1000");
        List<String> terms = column("MATCH (m:Municipality) RETURN toLower(substring(m.name, 0, 4)) LIMIT 1000").stream()
                .filter(t -> t.matches("[a-z]+")).toList();
        List<Request> mix = mix(partners, terms);
        String writes = System.getProperty("load.writes");
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        List<Thread> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            int user = u;
            Thread thread = new Thread(() -> user(user, mix, writes, end), "user-" + u);
            thread.start();
            users.add(thread);
        }
        System.out.printf("%d users (pausing %d ms on average between requests) for %d s against %s; per %d s window:%n",
                USERS, THINK_MILLIS, SECONDS, URL, SAMPLE_SECONDS);
        System.out.println("time s | requests/s | p50 ms | p95 ms | p99 ms | errors | resident MB | heap used MB | load");
        long started = System.nanoTime();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(SAMPLE_SECONDS * 1000L, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            Latencies sample = window;
            window = new Latencies();
            System.out.printf(Locale.ROOT, "%6d | %10.1f | %6.1f | %6.1f | %6.1f | %6d | %s%n",
                    (System.nanoTime() - started) / 1_000_000_000, sample.count() / (double) SAMPLE_SECONDS,
                    sample.percentile(50), sample.percentile(95), sample.percentile(99), windowErrors.getAndSet(0),
                    memory());
        }
        for (Thread thread : users) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%nTotal: %d requests in %.0f s, %.1f requests/s, p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms, errors %d%n", total.count(), seconds, total.count() / seconds,
                total.percentile(50), total.percentile(95), total.percentile(99), errors.get());
        failures.forEach((what, count) -> System.out.printf("  failed: %s x %d%n", what, count.get()));
    }

    private void user(int user, List<Request> mix, String writes, long end) {
        Random random = new Random(user);
        int weights = mix.stream().mapToInt(Request::weight).sum();
        for (int n = 0; System.nanoTime() < end; n++) {
            int roll = random.nextInt(weights);
            Request chosen = mix.get(0);
            for (Request request : mix) {
                if ((roll -= request.weight()) < 0) {
                    chosen = request;
                    break;
                }
            }
            long start = System.nanoTime();
            boolean ok = call(HttpRequest.newBuilder(URI.create(URL + chosen.path().apply(random.nextInt(1_000_000))))
                    .GET()) != null;
            record(start, ok);
            if (writes != null && n % 10 == 0) {
                save(user, n, writes);
            }
            think(random);
        }
    }

    private static void think(Random random) {
        if (THINK_MILLIS > 0) {
            try {
                Thread.sleep(THINK_MILLIS / 2 + random.nextInt(THINK_MILLIS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Saves a query; only after the answer 201 is its id recorded as acknowledged. */
    private void save(int user, int n, String writes) {
        String body = "{\"title\":\"durability " + user + "-" + n + "\",\"query\":\"RETURN " + n + " AS n\"}";
        long start = System.nanoTime();
        String answer = call(HttpRequest.newBuilder(URI.create(URL + "/api/cypher/saved"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        record(start, answer != null);
        if (answer != null) {
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(answer);
            if (id.find()) {
                try {
                    Files.writeString(Path.of(writes), id.group(1) + "\n", StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND, StandardOpenOption.SYNC);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    private void record(long start, boolean ok) {
        long duration = System.nanoTime() - start;
        window.add(duration);
        total.add(duration);
        if (!ok) {
            errors.incrementAndGet();
            windowErrors.incrementAndGet();
        }
    }

    /** The body of a 2xx answer, or null for anything else (counted as an error). */
    private String call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return response.body();
            }
            failed(response.request(), response.statusCode());
            return null;
        } catch (IOException e) {
            failed(request.build(), 0);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void failed(HttpRequest request, int status) {
        String path = request.uri().getPath().replaceAll("^(/api/[^/]+/[^/]+)/.*", "$1");
        failures.computeIfAbsent(path + " " + status, key -> new AtomicLong()).incrementAndGet();
    }

    private List<String> column(String query) {
        String answer = call(HttpRequest.newBuilder(URI.create(URL + "/api/cypher"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("'", "\\u0027") + "\"}")));
        if (answer == null) {
            throw new IllegalStateException("Cannot read sample ids through /api/cypher at " + URL);
        }
        List<String> values = new ArrayList<>();
        // Only the rows: the header ("columns") has the same shape, and its name is not an id.
        Matcher cell = Pattern.compile("\\[\"([^\"]+)\"\\]").matcher(answer.substring(answer.indexOf("\"rows\"")));
        while (cell.find()) {
            values.add(cell.group(1));
        }
        return values;
    }

    /** Resident memory and heap in use of the application, when its process id is given. */
    private static String memory() {
        String pid = System.getProperty("load.pid");
        if (pid == null) {
            return "– | – | " + loadAverage();
        }
        String heap = "–";
        try {
            Process jcmd = new ProcessBuilder("jcmd", pid, "GC.heap_info").redirectErrorStream(true).start();
            Matcher used = HEAP_USED.matcher(new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            if (used.find()) {
                heap = String.valueOf(Long.parseLong(used.group(1)) / 1024);
            }
        } catch (IOException e) {
            heap = "?";
        }
        return ProcessMemory.residentMegabytes(Long.parseLong(pid)) + " | " + heap + " | " + loadAverage();
    }

    /** The machine's one-minute load average: latency on a shared machine means little without it. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
