package nl.partnerkaart.system;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem an exception handler answers, whichever feature's, is said in the request's language just before it
 * is written: handlers build problems from a {@link Message} and need no words of their own.
 */
@ControllerAdvice
class LocalizedProblems implements ResponseBodyAdvice<Object> {

    private final ServerMessages messages;

    LocalizedProblems(ServerMessages messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        return body instanceof ProblemDetail problem ? messages.localize(problem, messages.locale()) : body;
    }
}
