package nl.partnerkaart.reports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reports.
 *
 * @param coverageColumns the columns of the coverage matrix: Sector or VitalProcess ids, in order
 * @param expiringMonths  an active covenant that ends within this many months counts as expiring
 * @param exerciseMonths  a partnership not exercised within this many months counts as stale
 * @param networkMonths   done action items count as a network's recent improvement actions for this many months
 * @param outputDirectory where scheduled reports are written
 * @param mailFrom        the sender of scheduled reports sent by mail (when {@code spring.mail.host} is set)
 * @param detailRows      the most rows of a detail table on the web page and in the PDF; CSV and XLSX hold all
 * @param cacheSize       how many built reports are kept until the knowledge graph changes; 0 keeps none
 * @param rebuildDelay    the national reports are built again this long after the knowledge graph last changed (and
 *                        after start-up), so nobody waits for them; 0 turns this off (only when reports are kept)
 */
@ConfigurationProperties("partnerkaart.reports")
public record ReportProperties(
        @DefaultValue({"drinking-water", "VP02", "VP04", "VP05", "telecom-ict"}) List<String> coverageColumns,
        @DefaultValue("6") int expiringMonths,
        @DefaultValue("24") int exerciseMonths,
        @DefaultValue("12") int networkMonths,
        @DefaultValue("./reports") Path outputDirectory,
        @DefaultValue("partnerkaart@localhost") String mailFrom,
        @DefaultValue("500") int detailRows,
        @DefaultValue("64") int cacheSize,
        @DefaultValue("5s") Duration rebuildDelay) {
}
