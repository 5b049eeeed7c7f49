package nl.partnerkaart.cypher;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused query as a 400 problem with the reason code and, for syntax errors, the position. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryRefusals {

    @ExceptionHandler(QueryRefusedException.class)
    ProblemDetail refused(QueryRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Query refused");
        problem.setProperty("field", e.field());
        problem.setProperty("reason", e.reason());
        if (e.position() != null) {
            problem.setProperty("line", e.position().line());
            problem.setProperty("column", e.position().column());
            problem.setProperty("offset", e.position().offset());
        }
        return problem;
    }
}
