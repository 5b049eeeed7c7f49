package nl.partnerkaart.landing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Explore")
class LandingController {

    private final LandingQueries queries;
    private final Clock clock;

    LandingController(LandingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/landing")
    @Operation(summary = "The 25 regions with partners, covenants in force and overdue action items, and the ties "
            + "between them (shared partners, joint covenants, shared networks)")
    Landing landing(@Parameter(description = "the date to look at, yyyy-MM-dd; today when empty")
                    @RequestParam(defaultValue = "") String asOf) {
        return queries.on(date(asOf));
    }

    private LocalDate date(String text) {
        if (text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", Message.of("input.date", "asOf"));
        }
    }
}
