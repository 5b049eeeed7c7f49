package nl.partnerkaart.cypher;

import nl.partnerkaart.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused query as a 400 problem with the reason code and, for syntax errors and brackets nested too deep, the
 * position; a query not started because the workbench is busy as 429 (this account) or 503 (everyone) with
 * {@code Retry-After}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryRefusals {

    @ExceptionHandler(QueryRefusedException.class)
    ProblemDetail refused(QueryRefusedException e) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, e.message(), e.field());
        problem.setProperty("reason", e.reason());
        if (e.position() != null) {
            problem.setProperty("line", e.position().line());
            problem.setProperty("column", e.position().column());
            problem.setProperty("offset", e.position().offset());
        }
        return problem;
    }

    @ExceptionHandler(WorkbenchBusyException.class)
    ResponseEntity<ProblemDetail> busy(WorkbenchBusyException e) {
        HttpStatus status = e.everyone() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS;
        ProblemDetail problem = Problems.problem(status, e.message(), null);
        problem.setProperty("reason", e.reason());
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).body(problem);
    }
}
