package nl.partnerkaart.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.Problems;
import nl.partnerkaart.system.ServerMessages;
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

/**
 * 401, 403 and 429 in the same problem-details shape as every other API error, for HTTP Basic and the sign-in
 * form alike; a browser page whose session was ended goes back to the sign-in page, which says why.
 */
@Component
class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler,
        AuthenticationFailureHandler, SessionInformationExpiredStrategy {

    private final ServerMessages messages;

    ProblemSecurityResponses(ServerMessages messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            writeThrottled(request, response, throttled);
            return;
        }
        // The browser's own UI signs in with a form; a Basic challenge would pop up the browser's password dialog.
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Partnerkaart\"");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, Message.of("session.required"));
    }

    /** The sign-in form: a throttled attempt is told how long to wait, any other failure only that it failed. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            writeThrottled(request, response, throttled);
        } else {
            response.sendRedirect(SecurityConfiguration.LOGIN_PAGE + "?error");
        }
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletResponse response = event.getResponse();
        if (event.getRequest().getRequestURI().startsWith("/api/")) {
            // The user interface takes the code to tell the person why on the sign-in page.
            write(event.getRequest(), response, HttpStatus.UNAUTHORIZED, Message.of("session.ended"));
        } else {
            response.sendRedirect(SecurityConfiguration.LOGIN_PAGE + "?ended");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, Message.of("access.denied"));
    }

    private void writeThrottled(HttpServletRequest request, HttpServletResponse response,
                                SignInThrottledException throttled) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        ProblemDetail problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS,
                Message.of("session.throttled", throttled.retryAfterSeconds()), null);
        problem.setProperty("retryAfterSeconds", throttled.retryAfterSeconds());
        messages.write(request, response, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Message message)
            throws IOException {
        messages.write(request, response, Problems.problem(status, message, null));
    }
}
