package nl.partnerkaart.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Builds the parts of an overview side by side. The parts read the graph independently (each query in its own read
 * transaction), so the overview takes about as long as its slowest parts instead of their sum. One pool, as large
 * as the machine has processors, serves every overview: many at once wait their turn instead of crowding out the
 * rest of the application.
 */
@Component
class ReportParts {

    private final ExecutorService workers;

    ReportParts() {
        workers = ReportThreads.pool("report-part");
    }

    /** The parts built for one request, in the order given. */
    List<Report> build(List<ReportBuilder> parts, ReportRequest request, ReportTexts texts) {
        return build(parts, parts, request, texts);
    }

    /**
     * The parts built for one request, started in {@code startOrder} (the longest first, so that the others share the
     * remaining cores while it runs instead of leaving it to run alone at the end), in the order of {@code parts}.
     */
    List<Report> build(List<ReportBuilder> parts, List<ReportBuilder> startOrder, ReportRequest request, ReportTexts texts) {
        Map<ReportBuilder, CompletableFuture<Report>> building = new HashMap<>();
        startOrder.forEach(part -> building.put(part, CompletableFuture.supplyAsync(() -> part.build(request, texts), workers)));
        return parts.stream().map(part -> ReportThreads.join(building.get(part))).toList();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
