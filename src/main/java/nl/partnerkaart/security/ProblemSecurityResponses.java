package nl.partnerkaart.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.partnerkaart.system.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and 429 in the same problem-details shape as every other API error, for HTTP Basic and the sign-in
 * form alike; a browser page whose session was ended goes back to the sign-in page, which says why.
 */
@Component
class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler,
        AuthenticationFailureHandler, SessionInformationExpiredStrategy {

    private final JsonMapper json;

    ProblemSecurityResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            writeThrottled(response, throttled);
            return;
        }
        // The browser's own UI signs in with a form; a Basic challenge would pop up the browser's password dialog.
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Partnerkaart\"");
        }
        write(response, HttpStatus.UNAUTHORIZED, "Sign in first: this call needs a Partnerkaart account.");
    }

    /** The sign-in form: a throttled attempt is told how long to wait, any other failure only that it failed. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            writeThrottled(response, throttled);
        } else {
            response.sendRedirect(SecurityConfiguration.LOGIN_PAGE + "?error");
        }
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletResponse response = event.getResponse();
        if (event.getRequest().getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Your session has "
                    + "ended because your account was changed (disabled, other roles or regions, or a new password); "
                    + "sign in again.");
            // The user interface takes the code to tell the person why on the sign-in page.
            problem.setProperty("code", "session.ended");
            write(response, problem);
        } else {
            response.sendRedirect(SecurityConfiguration.LOGIN_PAGE + "?ended");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your account has no right to do this.");
    }

    private void writeThrottled(HttpServletResponse response, SignInThrottledException throttled) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-ins for this account or from this address; try again in "
                        + throttled.retryAfterSeconds() + " seconds.");
        problem.setProperty("retryAfterSeconds", throttled.retryAfterSeconds());
        write(response, problem);
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, ProblemDetail.forStatusAndDetail(status, detail));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Problems.write(response, problem, json);
    }
}
