package nl.partnerkaart.editing;

import java.util.Optional;

import nl.partnerkaart.history.ChangeLog;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Someone else saved the item since the caller read it: 409, saying who and when, so nothing is overwritten silently. */
class VersionConflictException extends ErrorResponseException {

    VersionConflictException(String id, long expected, long current, Optional<ChangeLog.LastChange> last) {
        super(HttpStatus.CONFLICT, problem(id, expected, current, last), null);
    }

    private static ProblemDetail problem(String id, long expected, long current, Optional<ChangeLog.LastChange> last) {
        Message message = last.map(l -> Message.of("item.conflictBy", id, expected, current, l.user(),
                l.at().toOffsetDateTime().toString())).orElse(Message.of("item.conflict", id, expected, current));
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, message, null);
        problem.setProperty("currentVersion", current);
        last.ifPresent(l -> {
            problem.setProperty("changedBy", l.user());
            problem.setProperty("changedAt", l.at().toOffsetDateTime().toString());
        });
        return problem;
    }
}
