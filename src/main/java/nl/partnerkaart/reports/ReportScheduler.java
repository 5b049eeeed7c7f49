package nl.partnerkaart.reports;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/** Runs the stored schedules on their cron expressions (Dutch time); a change takes effect at once. */
@Component
class ReportScheduler implements DisposableBean {

    private final ReportSchedules schedules;
    private final ScheduledReportRun run;
    private final Clock clock;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final Map<String, ScheduledFuture<?>> planned = new ConcurrentHashMap<>();

    ReportScheduler(ReportSchedules schedules, ScheduledReportRun run, Clock clock) {
        this.schedules = schedules;
        this.run = run;
        this.clock = clock;
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("report-schedule-");
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void planAll() {
        schedules.all().forEach(this::plan);
    }

    void plan(ReportSchedule schedule) {
        cancel(schedule.id());
        planned.put(schedule.id(), scheduler.schedule(() -> schedules.find(schedule.id()).ifPresent(run::run),
                new CronTrigger(schedule.cron(), clock.getZone())));
    }

    void cancel(String id) {
        ScheduledFuture<?> future = planned.remove(id);
        if (future != null) {
            future.cancel(false);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
