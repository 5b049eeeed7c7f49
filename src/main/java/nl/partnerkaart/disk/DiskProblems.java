package nl.partnerkaart.disk;

import nl.partnerkaart.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Work refused for lack of disk space, or while a backup holds the writes: 503, saying why. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DiskProblems {

    @ExceptionHandler(DiskSpaceException.class)
    ProblemDetail noSpace(DiskSpaceException e) {
        return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, e.message(), null);
    }

    @ExceptionHandler(WriteGate.GateBusyException.class)
    ProblemDetail busy(WriteGate.GateBusyException e) {
        return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, e.message(), null);
    }
}
