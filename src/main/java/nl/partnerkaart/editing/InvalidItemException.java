package nl.partnerkaart.editing;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Everything wrong with one item, field by field: a 400 problem response with {@code errors: [{field, message}]}.
 * An error with {@code override} is a warning the user may confirm by sending that field as true.
 */
class InvalidItemException extends ErrorResponseException {

    record FieldError(String field, Message message, String override, List<Map<String, String>> similar) {

        static FieldError of(String field, Message message) {
            return new FieldError(field, message, null, null);
        }
    }

    InvalidItemException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    InvalidItemException(String field, String code, Object... arguments) {
        this(List.of(FieldError.of(field, Message.of(code, arguments))));
    }

    private static ProblemDetail problem(List<FieldError> errors) {
        FieldError first = errors.get(0);
        Message detail = first.field() == null ? first.message()
                : Message.of("request.invalidField", first.field(), first.message());
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST,
                errors.size() > 1 ? Message.of("item.andMore", detail, errors.size() - 1) : detail, first.field());
        problem.setProperty("errors", errors);
        return problem;
    }
}
