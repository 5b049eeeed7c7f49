package nl.partnerkaart.disk;

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

    @ExceptionHandler({DiskSpaceException.class, WriteGate.GateBusyException.class})
    ProblemDetail unavailable(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
}
