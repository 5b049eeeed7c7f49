package nl.partnerkaart.importer;

import nl.partnerkaart.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An import that cannot be applied: 422, the first problem as the message and its column as the field, and every
 * problem listed. First in order, as the general advice answers any exception it is asked about with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidImportResponses {

    @ExceptionHandler(InvalidImportException.class)
    ProblemDetail invalidImport(InvalidImportException e) {
        ImportProblem first = e.problems().get(0);
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, first.described(), first.column());
        problem.setProperty("problems", e.problems());
        return problem;
    }
}
