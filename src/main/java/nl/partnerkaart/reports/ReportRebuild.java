package nl.partnerkaart.reports;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the national reports again a few seconds after the knowledge graph last changed, and after start-up, so
 * the first person who opens one after a change gets it from the kept reports instead of waiting seconds for a
 * national graph to be read. Built as the web page asks for them by default: today, in Dutch, action items per
 * region. Waiting for the last of a burst of changes (an import commits many times) builds them once.
 */
@Component
class ReportRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRebuild.class);

    private final Reports reports;
    private final ReportParameters parameters;
    private final Duration delay;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> next;

    ReportRebuild(Reports reports, ReportParameters parameters, ReportProperties properties) {
        this.reports = reports;
        this.parameters = parameters;
        this.delay = properties.rebuildDelay();
        this.scheduler = ReportThreads.scheduler("report-rebuild");
        if (wanted()) {
            reports.onKnowledgeChange(this::schedule);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (wanted()) {
            schedule();
        }
    }

    /** (Re)starts the wait: only the last change of a burst leads to a rebuild. */
    synchronized void schedule() {
        if (next != null) {
            next.cancel(false);
        }
        next = scheduler.schedule(this::rebuild, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    private boolean wanted() {
        return reports.keeps() && !delay.isZero() && !delay.isNegative();
    }

    private void rebuild() {
        for (ReportBuilder builder : reports.national()) {
            try {
                reports.page(builder, parameters.check(builder, null, null, null, null, "region", "nl"));
            } catch (RuntimeException e) {
                // A rebuild is a convenience: the next request builds the report (and reports the error) itself.
                LOG.warn("Rebuilding report {} failed: {}", builder.id(), e.toString());
            }
        }
    }
}
