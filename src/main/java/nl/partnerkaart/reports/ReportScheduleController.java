package nl.partnerkaart.reports;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/schedules")
@Tag(name = "Reports")
class ReportScheduleController {

    private final ReportSchedules schedules;
    private final ReportScheduler scheduler;
    private final ScheduledReportRun run;
    private final AuditLog audit;

    ReportScheduleController(ReportSchedules schedules, ReportScheduler scheduler, ScheduledReportRun run, AuditLog audit) {
        this.schedules = schedules;
        this.scheduler = scheduler;
        this.run = run;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The scheduled reports, with their last run")
    List<ReportSchedule> all() {
        return schedules.all();
    }

    @GetMapping("/next-runs")
    @Operation(summary = "The next " + ReportSchedules.NEXT_RUNS + " runs of a cron expression (Dutch time), to check it "
            + "before saving; a 400 naming the field cron when it is not one")
    Map<String, List<ZonedDateTime>> nextRuns(@RequestParam(required = false) String cron) {
        return Map.of("nextRuns", schedules.nextRuns(cron));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a report: cron expression (six fields, Dutch time), format, language, region, "
            + "recipients; written to partnerkaart.reports.output-directory and mailed when spring.mail.host is set")
    ReportSchedule create(@RequestBody ReportSchedule.Request request, Authentication admin) {
        ReportSchedule schedule = schedules.save(null, request, admin.getName());
        scheduler.plan(schedule);
        audit.record(admin.getName(), "report.schedule.created", schedule.id(), "success", describe(schedule));
        return schedule;
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a scheduled report")
    ReportSchedule change(@PathVariable String id, @RequestBody ReportSchedule.Request request, Authentication admin) {
        ReportSchedule before = existing(id);
        ReportSchedule after = schedules.save(id, request, admin.getName());
        scheduler.plan(after);
        audit.record(admin.getName(), "report.schedule.changed", id, "success", describe(before) + " -> " + describe(after));
        return after;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a scheduled report")
    void delete(@PathVariable String id, Authentication admin) {
        ReportSchedule schedule = existing(id);
        scheduler.cancel(id);
        schedules.delete(id);
        audit.record(admin.getName(), "report.schedule.deleted", id, "success", describe(schedule));
    }

    @PostMapping("/{id}/run")
    @Operation(summary = "Run a scheduled report now; answers the schedule with the outcome of this run")
    ReportSchedule runNow(@PathVariable String id) {
        run.run(existing(id));
        return existing(id);
    }

    private ReportSchedule existing(String id) {
        return schedules.find(id).orElseThrow(() -> new NotFoundException(Message.of("schedule.notFound", id)));
    }

    private static String describe(ReportSchedule s) {
        return s.report() + " " + s.format() + " " + s.lang() + (s.region() == null ? "" : " " + s.region())
                + " '" + s.cron() + "' to " + s.recipients();
    }
}
