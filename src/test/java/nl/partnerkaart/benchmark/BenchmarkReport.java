package nl.partnerkaart.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Puts a measured table into docs/benchmarks.md between the markers {@code <!-- benchmark:KEY -->} and
 * {@code <!-- /benchmark:KEY -->}, replacing what an earlier run wrote there; without the markers the table is
 * appended. The text around the markers (how to read the figures) stays as people wrote it.
 */
final class BenchmarkReport {

    private static final Path FILE = Path.of("docs/benchmarks.md");

    private BenchmarkReport() {
    }

    static void write(String key, String graph, int runs, List<String> rows) throws IOException {
        String begin = "<!-- benchmark:" + key + " -->";
        String end = "<!-- /benchmark:" + key + " -->";
        String table = begin + "\n" + "Measured " + LocalDate.now() + " on the " + graph + ", " + runs
                + " calls each after a warm-up, API and driver alternating "
                + "(load average " + String.format(java.util.Locale.ROOT, "%.1f", loadAverage()) + " at the end, 2 cores).\n\n"
                + "| call | API median ms | API p95 ms | driver median ms | driver p95 ms | API / driver (medians) |\n"
                + "|---|---:|---:|---:|---:|---:|\n" + String.join("\n", rows) + "\n" + end;
        String text = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "# Benchmarks\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String updated = from >= 0 && to > from
                ? text.substring(0, from) + table + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + table + "\n";
        Files.writeString(FILE, updated, StandardCharsets.UTF_8);
        System.out.println("Written to " + FILE.toAbsolutePath() + " (" + key + ")");
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
