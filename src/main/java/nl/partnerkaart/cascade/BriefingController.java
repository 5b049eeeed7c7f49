package nl.partnerkaart.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/analysis")
@Tag(name = "Analysis")
class BriefingController {

    private final Briefings briefings;
    private final BriefingOptions options;
    private final Clock clock;

    BriefingController(Briefings briefings, BriefingOptions options, Clock clock) {
        this.briefings = briefings;
        this.options = options;
        this.clock = clock;
    }

    @GetMapping("/briefing/options")
    @Operation(summary = "What a briefing or outage scenario can be asked for: the safety regions, the municipalities "
            + "and the incident types that disrupt a vital process")
    BriefingOptions.Options briefingOptions() {
        return options.all();
    }

    @GetMapping("/briefing")
    @Operation(summary = "Briefing of a region for an incident type: consequences hour by hour, partners, covenants, gaps",
            description = "The cascade starts at the vital processes the incident type DISRUPTS. format=pdf gives a "
                    + "printable document (Dutch; lang=en for English). Unknown region or incident type: 400 with the field.")
    ResponseEntity<?> briefing(
            @Parameter(description = "safety region id, e.g. VR16") @RequestParam(required = false) String region,
            @Parameter(description = "incident type id, e.g. 4.1.30") @RequestParam(required = false) String incidentType,
            @Parameter(description = "horizon in hours, 0 to 720 (default 72)") @RequestParam(required = false) Double hours,
            @Parameter(description = "date on which covenants must be in force (default today)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "json (default) or pdf") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "language of the PDF: nl (default) or en") @RequestParam(defaultValue = "nl") String lang,
            @Parameter(description = "outage length in hours, more than 0 up to 720 (default: beyond the horizon)")
            @RequestParam(required = false) Double duration,
            @Parameter(description = "where the incident strikes: country (default, everywhere) or region (only in this region)")
            @RequestParam(defaultValue = "country") String scope,
            @Parameter(description = "municipality ids: the incident strikes only there")
            @RequestParam(required = false) List<String> municipality) {
        required("region", region);
        required("incidentType", incidentType);
        if (!format.equals("json") && !format.equals("pdf")) {
            throw new InvalidInputException("format", Message.of("input.oneOf", "format", "json, pdf", format));
        }
        if (!lang.equals("nl") && !lang.equals("en")) {
            throw new InvalidInputException("lang", Message.of("input.oneOf", "lang", "nl, en", lang));
        }
        if (!scope.equals("country") && !scope.equals("region")) {
            throw new InvalidInputException("scope", Message.of("input.oneOf", "scope", "country, region", scope));
        }
        Briefing briefing = briefings.brief(region.strip(), incidentType.strip(), hours, asOf,
                new Briefings.Where(scope.equals("region"), municipality == null ? List.of() : municipality), duration);
        if (format.equals("json")) {
            return ResponseEntity.ok(briefing);
        }
        byte[] pdf = new BriefingPdf(lang).render(briefing, LocalDate.now(clock));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("briefing-" + briefing.region().id() + "-" + briefing.incidentType().id() + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, Message.of("request.missingParameter", field));
        }
    }
}
