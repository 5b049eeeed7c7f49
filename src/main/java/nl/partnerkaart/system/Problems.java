package nl.partnerkaart.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The API's problem details (RFC 9457), for the features' own exception handlers as for {@link ProblemResponses}:
 * every problem carries a stable {@code code} and its {@code arguments}; its title and detail are said in the
 * request's language when it is written ({@link ServerMessages}).
 */
public final class Problems {

    /** The property that names what went wrong, stable for scripts and the screens. */
    public static final String CODE = "code";
    static final String ARGUMENTS = "arguments";

    private Problems() {
    }

    /** A problem with a status and a message a person can act on, naming the field at fault when there is one. */
    public static ProblemDetail problem(HttpStatus status, Message message, String field) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setProperty(CODE, message.code());
        problem.setProperty(ARGUMENTS, message.arguments());
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** A refusal with a status other than the exceptions' own, to be thrown. */
    public static ErrorResponseException refusal(HttpStatus status, Message message) {
        return new ErrorResponseException(status, problem(status, message, null), null);
    }
}
