package nl.partnerkaart.editing;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Everything wrong with one item, field by field: a 400 problem response with {@code errors: [{field, message}]}.
 * An error with {@code override} is a warning the user may confirm by sending that field as true.
 */
class InvalidItemException extends ErrorResponseException {

    record FieldError(String field, String message, String override, List<Map<String, String>> similar) {

        static FieldError of(String field, String message) {
            return new FieldError(field, message, null, null);
        }
    }

    InvalidItemException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    InvalidItemException(String field, String message) {
        this(List.of(FieldError.of(field, message)));
    }

    private static ProblemDetail problem(List<FieldError> errors) {
        FieldError first = errors.get(0);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                (first.field() == null ? "" : first.field() + ": ") + first.message()
                        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        problem.setProperty("field", first.field());
        problem.setProperty("errors", errors);
        return problem;
    }
}
