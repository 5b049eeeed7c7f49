package nl.partnerkaart.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reports are reused until the knowledge graph changes, by whatever writes it; long tables are cut for the page. */
class ReportCacheTests extends ApplicationTest {

    @Autowired
    private Reports reports;

    @Autowired
    private ReportParameters parameters;

    @AfterEach
    void removeTestData() {
        deleteNodesWithIdPrefix("T-CACHE-");
    }

    @Test
    void aReportIsBuiltOncePerVersionOfTheKnowledgeGraph() {
        ReportBuilder builder = reports.builder("data-quality");
        ReportRequest request = parameters.check(builder, LocalDate.parse("2026-11-23"), "VR16", null, null, "region", "nl");
        Report first = reports.page(builder, request);
        assertThat(reports.page(builder, request)).isSameAs(first);

        // A covenant written over Bolt, past the application, is: the next request sees it.
        write("MATCH (r:SafetyRegion {id: 'VR16'}) CREATE (r)-[:PARTY_TO]->(:Covenant {id: 'T-CACHE-COV', "
                + "name: 'Testconvenant', status: 'active', origin: 'user'})");
        Report second = reports.page(builder, request);
        assertThat(second).isNotSameAs(first);
        assertThat(withoutEndDate(second)).isEqualTo(withoutEndDate(first) + 1);

        // A changed property of a knowledge node counts as well.
        write("MATCH (c:Covenant {id: 'T-CACHE-COV'}) SET c.validUntil = date('2030-01-01')");
        assertThat(withoutEndDate(reports.page(builder, request))).isEqualTo(withoutEndDate(first));
    }

    @Test
    void thePageShowsTheFirstRowsOfALongTableWithItsTotal() {
        ReportBuilder builder = reports.builder("action-items");
        Report whole = reports.build(builder, parameters.check(builder, LocalDate.parse("2026-11-23"), null, null, null,
                "region", "nl"));
        Report.Table overdue = table(whole, "overdue");
        assertThat(overdue.rows()).hasSize(127);
        assertThat(overdue.total()).isEqualTo(127);

        Report.Table cut = table(whole.firstRows(10), "overdue");
        assertThat(cut.rows()).isEqualTo(overdue.rows().subList(0, 10));
        assertThat(cut.total()).isEqualTo(127);
        assertThat(table(whole.firstRows(10), "themes").rows()).isEqualTo(table(whole, "themes").rows());
    }

    /** The page asks the database for the first rows only; the total comes from the report's own counts. */
    @Test
    void aReportAskedForItsFirstRowsHasTheSameRowsAndTotals() {
        for (String id : new String[] {"action-items", "data-quality"}) {
            ReportBuilder builder = reports.builder(id);
            ReportRequest request = parameters.check(builder, LocalDate.parse("2026-11-23"), null, null, null, "region", "nl");
            Report whole = reports.build(builder, request);
            Report cut = reports.build(builder, request.cutTo(10));
            for (Report.Table table : whole.tables()) {
                Report.Table shortened = table(cut, table.id());
                assertThat(table.total()).as(id + " " + table.id()).isEqualTo(table.rows().size());
                assertThat(shortened.total()).as(id + " " + table.id()).isEqualTo(table.total());
                assertThat(shortened.rows()).as(id + " " + table.id()).hasSizeGreaterThanOrEqualTo(Math.min(10, table.rows().size()))
                        .isEqualTo(table.rows().subList(0, shortened.rows().size()));
            }
        }
    }

    /** A change makes the kept national reports stale; a few seconds later they are kept again, built in the background. */
    @Test
    void theNationalReportsAreBuiltAgainAfterAChange() {
        ReportBuilder builder = reports.builder("state-of-vital-partnerships");
        ReportRequest request = parameters.check(builder, null, null, null, null, "region", "nl");
        write("MATCH (r:SafetyRegion {id: 'VR16'}) CREATE (r)-[:PARTY_TO]->(:Covenant {id: 'T-CACHE-REBUILD', "
                + "name: 'Testconvenant', status: 'draft', origin: 'user'})");
        assertThat(reports.isKept(builder, request)).isFalse();

        await("the national reports are kept again").atMost(Duration.ofSeconds(60))
                .until(() -> reports.isKept(builder, request));
    }

    private static long withoutEndDate(Report report) {
        return ((Number) table(report, "regions").rows().get(0).get("covenantsWithoutEndDate")).longValue();
    }

    private static Report.Table table(Report report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private void write(String cypher) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(cypher, Map.of()).consume());
        }
    }
}
