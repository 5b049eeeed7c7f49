package nl.partnerkaart.benchmark;

import java.util.Arrays;

/** Durations in nanoseconds and their percentiles, in milliseconds. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    synchronized void add(long duration) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = duration;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code p}-th percentile (0 to 100) in milliseconds, nearest rank. */
    synchronized double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    double median() {
        return percentile(50);
    }
}
