package nl.partnerkaart.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/analysis")
@Tag(name = "Analysis", description = "Dependency and cascade analysis (docs/cascade.md)")
class CascadeController {

    private final CascadeAnalysis analysis;
    private final Clock clock;

    CascadeController(CascadeAnalysis analysis, Clock clock) {
        this.analysis = analysis;
        this.clock = clock;
    }

    @GetMapping("/cascade")
    @Operation(summary = "What fails, where and when if vital processes or assets fail",
            description = "The starts fail at hour 0. A failure travels against DEPENDS_ON (the delays add up; the "
                    + "earliest arrival wins), from a failed process to the assets that support it, and from a "
                    + "failed asset to the processes it supports (a local disruption that goes no further). "
                    + "An unknown start, a start that is not a VitalProcess or Asset, bad hours or a bad ignore id "
                    + "answer 400 with the field. More than 5,000 affected items: truncated. An outage scenario adds where "
                    + "(region, municipality) and how long (duration) and answers per hour, whom to call and which "
                    + "covenants are missing (scenario).")
    CascadeAnswer cascade(
            @Parameter(description = "ids of vital processes or assets that fail at hour 0 (1 to 20)")
            @RequestParam(required = false) List<String> start,
            @Parameter(description = "look-ahead (horizon) in hours, 0 to 720 (default 72)")
            @RequestParam(required = false) Double hours,
            @Parameter(description = "outage length in hours, more than 0 up to 720 (default: beyond the look-ahead); a "
                    + "dependency whose delay is not shorter than the outage carries nothing")
            @RequestParam(required = false) Double duration,
            @Parameter(description = "incident type id (e.g. 4.1.30): the vital processes it disrupts fail")
            @RequestParam(required = false) String incidentType,
            @Parameter(description = "safety region ids the outage is in (1 to 25): failing processes fail there "
                    + "through the assets located there")
            @RequestParam(required = false) List<String> region,
            @Parameter(description = "municipality ids the outage is in (as region)")
            @RequestParam(required = false) List<String> municipality,
            @Parameter(description = "dependencies that have a backup, as source|DEPENDS_ON|target")
            @RequestParam(required = false) List<String> ignore,
            @Parameter(description = "date on which covenants must be in force (default today)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return analysis.analyse(CascadeQuery.of(start, hours, ignore, asOf, clock,
                Outage.of(region, municipality, incidentType, duration)));
    }
}
