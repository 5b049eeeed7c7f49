package nl.partnerkaart.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.partnerkaart.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * One run of a schedule: the report as of today, written to the output folder and, when mail is configured
 * ({@code spring.mail.host}) and the schedule has recipients, sent to them as an attachment. The outcome is
 * stored with the schedule and in the audit trail.
 */
@Component
class ScheduledReportRun {

    private static final Logger log = LoggerFactory.getLogger(ScheduledReportRun.class);

    private final Reports reports;
    private final ReportParameters parameters;
    private final ReportSchedules schedules;
    private final ReportProperties properties;
    private final ObjectProvider<JavaMailSender> mail;
    private final AuditLog audit;

    ScheduledReportRun(Reports reports, ReportParameters parameters, ReportSchedules schedules,
                       ReportProperties properties, ObjectProvider<JavaMailSender> mail, AuditLog audit) {
        this.reports = reports;
        this.parameters = parameters;
        this.schedules = schedules;
        this.properties = properties;
        this.mail = mail;
        this.audit = audit;
    }

    void run(ReportSchedule schedule) {
        String outcome;
        try {
            ReportBuilder builder = reports.builder(schedule.report());
            Report report = reports.build(builder, parameters.check(builder, null, schedule.region(), null, null,
                    "region", schedule.lang()));
            Reports.Rendered rendered = reports.render(report, schedule.format(), schedule.lang());
            Path file = properties.outputDirectory().resolve(rendered.fileName());
            Files.createDirectories(file.getParent());
            Files.write(file, rendered.bytes());
            outcome = "written " + file;
            JavaMailSender sender = mail.getIfAvailable();
            if (sender != null && !schedule.recipients().isEmpty()) {
                sender.send(message(sender, schedule, report, rendered));
                outcome += ", mailed to " + String.join(", ", schedule.recipients());
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            // A failed run (disk full, mail server away) is recorded with the schedule; the next run still comes.
            log.warn("Scheduled report {} failed", schedule.id(), e);
            outcome = "failed: " + e.getMessage();
        }
        schedules.recordRun(schedule.id(), outcome);
        audit.record("scheduler", "report.schedule.run", schedule.id(), outcome.startsWith("failed") ? "failure" : "success",
                schedule.report() + ": " + outcome);
    }

    private MimeMessage message(JavaMailSender sender, ReportSchedule schedule, Report report, Reports.Rendered rendered)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(schedule.recipients().toArray(String[]::new));
        helper.setSubject(report.title() + " · " + report.asOf());
        ReportTexts texts = new ReportTexts(schedule.lang());
        helper.setText(report.description() + "\n\n" + String.join("\n", ReportCells.preamble(report, texts)));
        helper.addAttachment(rendered.fileName(), new ByteArrayResource(rendered.bytes()), rendered.mediaType());
        return message;
    }
}
