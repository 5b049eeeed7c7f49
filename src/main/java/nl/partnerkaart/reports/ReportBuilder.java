package nl.partnerkaart.reports;

import java.util.List;

/** Builds one kind of report from its Cypher files. */
interface ReportBuilder {

    /** The path segment: {@code /api/reports/<id>}. */
    String id();

    /** Whether the report is about one region and needs the {@code region} parameter. */
    default boolean needsRegion() {
        return false;
    }

    Report build(ReportRequest request, ReportTexts texts);

    /** The report with this builder's title and description and what the request asked. */
    default Report report(ReportRequest request, ReportTexts texts, DataOrigin origin, List<String> files,
                          List<Report.Chart> charts, List<Report.Table> tables, Object data) {
        return new Report(id(), texts.get(id() + ".title"), texts.get(id() + ".description"), request.asOf(),
                request.shown(), origin, files.stream().map(ReportCypher::path).toList(), charts, tables, data,
                List.of());
    }
}
