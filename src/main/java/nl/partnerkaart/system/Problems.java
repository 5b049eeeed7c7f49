package nl.partnerkaart.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The API's problem details (RFC 9457), for the features' own exception handlers as for {@link ProblemResponses}. */
public final class Problems {

    private Problems() {
    }

    /** A problem with a status and a message a person can act on, naming the field at fault when there is one. */
    public static ProblemDetail problem(HttpStatus status, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
