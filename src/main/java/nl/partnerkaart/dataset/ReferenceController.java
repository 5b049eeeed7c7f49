package nl.partnerkaart.dataset;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.security.UserAccounts;
import nl.partnerkaart.system.ForbiddenException;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data set", description = "The reference version and the differences an update held back")
class ReferenceController {

    private final ReferenceDifferences differences;
    private final UserAccounts accounts;

    ReferenceController(ReferenceDifferences differences, UserAccounts accounts) {
        this.differences = differences;
        this.accounts = accounts;
    }

    @GetMapping("/api/dataset/reference")
    @Operation(summary = "The shipped and the applied reference version, and the open differences: items people "
            + "changed where the reference says otherwise")
    ReferenceDifferences.State state() {
        return differences.state();
    }

    @PostMapping("/api/dataset/reference/differences/{id}")
    @Operation(summary = "Decide a difference: {\"decision\": \"keep\"} keeps the knowledge base's value, "
            + "\"reference\" writes the reference's (with history, in your name)")
    ResponseEntity<Void> decide(@PathVariable String id, @RequestBody Map<String, Object> body, Authentication user) {
        if (!accounts.find(user.getName()).map(a -> a.regions().isEmpty()).orElse(true)) {
            throw new ForbiddenException(Message.of("reference.regionLimited"));
        }
        differences.decide(id, decision(body.get("decision")), user.getName());
        return ResponseEntity.noContent().build();
    }

    private static ReferenceDifferences.Decision decision(Object value) {
        if (value instanceof String text && (text.equals("keep") || text.equals("reference"))) {
            return ReferenceDifferences.Decision.valueOf(text.toUpperCase(Locale.ROOT));
        }
        throw new InvalidInputException("decision", Message.of("input.oneOf", "decision", "keep, reference", String.valueOf(value)));
    }
}
