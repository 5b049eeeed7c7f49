package nl.partnerkaart.reports;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A report generated on a cron schedule to the output folder, and mailed to the recipients when mail is
 * configured.
 *
 * @param cron        a Spring cron expression (six fields: second minute hour day month weekday), Europe/Amsterdam
 * @param lastRunAt   when it last ran, or null
 * @param lastOutcome the file written (and mailed), or what went wrong
 * @param folder      where the runs are written ({@code partnerkaart.reports.output-directory})
 * @param nextRuns    the next runs after now
 */
public record ReportSchedule(String id, String report, String cron, String format, String lang, String region,
                             List<String> recipients, String createdBy, ZonedDateTime lastRunAt, String lastOutcome,
                             String folder, List<ZonedDateTime> nextRuns) {

    /** What an administrator sends to create or change a schedule. */
    public record Request(String report, String cron, String format, String lang, String region,
                          List<String> recipients) {
    }
}
