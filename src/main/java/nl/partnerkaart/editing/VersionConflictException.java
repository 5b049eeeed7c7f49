package nl.partnerkaart.editing;

import java.util.Optional;

import nl.partnerkaart.history.ChangeLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Someone else saved the item since the caller read it: 409, saying who and when, so nothing is overwritten silently. */
class VersionConflictException extends ErrorResponseException {

    VersionConflictException(String id, long expected, long current, Optional<ChangeLog.LastChange> last) {
        super(HttpStatus.CONFLICT, problem(id, expected, current, last), null);
    }

    private static ProblemDetail problem(String id, long expected, long current, Optional<ChangeLog.LastChange> last) {
        String by = last.map(l -> " by " + l.user() + " at " + l.at().toOffsetDateTime()).orElse("");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, id + " was changed" + by
                + " after you opened it (your version " + expected + ", now " + current
                + "). Reload it and apply your change again.");
        problem.setProperty("currentVersion", current);
        last.ifPresent(l -> {
            problem.setProperty("changedBy", l.user());
            problem.setProperty("changedAt", l.at().toOffsetDateTime().toString());
        });
        return problem;
    }
}
