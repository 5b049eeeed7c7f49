package nl.partnerkaart.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Strategic-agenda reports: coverage, action items, exercises, networks, profiles, data quality")
class ReportController {

    private final Reports reports;
    private final ReportParameters parameters;

    ReportController(Reports reports, ReportParameters parameters) {
        this.reports = reports;
        this.parameters = parameters;
    }

    @GetMapping
    @Operation(summary = "The reports there are, with title and description")
    List<Map<String, Object>> catalogue(@RequestParam(defaultValue = "nl") String lang) {
        ReportParameters.oneOf("lang", lang, ReportParameters.LANGUAGES);
        return reports.catalogue(lang);
    }

    @GetMapping("/{report}")
    @Operation(summary = "One report as JSON, CSV, XLSX or PDF",
            description = "report: coverage, action-items, exercises, networks, partner-profiles (needs region), "
                    + "region-profile (needs region), data-quality, state-of-vital-partnerships. Every figure comes "
                    + "from a file in cypher/reports/ (listed in 'queries'). Unknown region, sector, bad date or "
                    + "format: 400 with the field; unknown report: 404.")
    ResponseEntity<?> report(
            @PathVariable String report,
            @Parameter(description = "json (default), csv, xlsx or pdf") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "reference date, yyyy-MM-dd (default today)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "safety region id, e.g. VR16: limits the report to that region")
            @RequestParam(required = false) String region,
            @Parameter(description = "coverage columns: Sector or VitalProcess ids separated by commas")
            @RequestParam(required = false) String sectors,
            @Parameter(description = "exercises: period in months (default 24)") @RequestParam(required = false) Integer months,
            @Parameter(description = "action items grouped by region (default), network or covenant")
            @RequestParam(defaultValue = "region") String by,
            @Parameter(description = "language: nl (default) or en") @RequestParam(defaultValue = "nl") String lang) {
        ReportBuilder builder = reports.builder(report);
        ReportParameters.oneOf("format", format, ReportParameters.FORMATS);
        ReportRequest request = parameters.check(builder, asOf, region, sectors, months, by, lang);
        if (format.equals("json")) {
            return ResponseEntity.ok(reports.page(builder, request));
        }
        Report wanted = format.equals("pdf") ? reports.page(builder, request) : reports.build(builder, request);
        Reports.Rendered rendered = reports.render(wanted, format, lang);
        // Every format is a download, the PDF too: opened in the tab, it replaced the application.
        ContentDisposition disposition = ContentDisposition.attachment().filename(rendered.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(rendered.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(rendered.bytes());
    }
}
