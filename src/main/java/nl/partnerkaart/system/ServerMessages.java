package nl.partnerkaart.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where server messages get their words: a {@link Message} in the language the request asks for
 * (Accept-Language, see {@link ServerLanguage}), and a problem's title and detail from its {@code code} and
 * {@code arguments}.
 */
@Component
public class ServerMessages {

    private static final Logger log = LoggerFactory.getLogger(ServerMessages.class);
    /** For messages where no application runs to ask (a start that failed): built once. */
    private static final ServerMessages WITHOUT_APPLICATION = new ServerMessages(bundles(), null, null);

    private final MessageSource source;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ServerMessages(MessageSource source, LocaleResolver locales, JsonMapper json) {
        this.source = source;
        this.locales = locales;
        this.json = json;
    }

    /** The language of the request being answered; English outside a request. */
    public Locale locale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return locales.resolveLocale(attributes.getRequest());
        }
        return ServerLanguage.DEFAULT;
    }

    public String text(Message message) {
        return text(message, locale());
    }

    /**
     * A message in English from the same bundles, where no application is running to ask (a start that failed): the
     * bundles as {@code spring.messages.*} in application.properties configures them.
     */
    public static String english(Message message) {
        return WITHOUT_APPLICATION.text(message, ServerLanguage.DEFAULT);
    }

    private static MessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    public String text(Message message, Locale locale) {
        Object[] arguments = message.arguments().stream().map(a -> argument(a, locale)).toArray();
        String text = source.getMessage(message.code(), arguments, null, locale);
        if (text == null) {
            log.warn("No server message '{}' in {}", message.code(), locale);
            return message.toString();
        }
        return text;
    }

    private Object argument(Object argument, Locale locale) {
        if (argument instanceof Message nested) {
            return text(nested, locale);
        }
        if (argument instanceof List<?> list) {
            return String.join(", ", list.stream().map(item -> String.valueOf(argument(item, locale))).toList());
        }
        // Digits as they are (a limit, a line, a year), the same in both languages, never grouped.
        return argument instanceof Number ? String.valueOf(argument) : argument;
    }

    /**
     * Gives a problem its words: a title (that of its code's feature, {@code title.cypher} for {@code cypher.syntax},
     * else that of its status) and, for a problem built from a {@link Message}, the detail. A problem without a code
     * (one of Spring's own) gets {@code http.<status>} as its code.
     */
    public ProblemDetail localize(ProblemDetail problem, Locale locale) {
        Map<String, Object> properties = problem.getProperties();
        Object code = properties == null ? null : properties.get(Problems.CODE);
        String feature = code instanceof String c && c.contains(".") ? c.substring(0, c.indexOf('.')) : "";
        String title = source.getMessage("title." + feature, null, null, locale);
        if (title == null) {
            title = source.getMessage("title." + problem.getStatus(), null, null, locale);
        }
        if (title != null) {
            problem.setTitle(title);
        }
        if (code == null) {
            problem.setProperty(Problems.CODE, "http." + problem.getStatus());
        } else if (problem.getDetail() == null) {
            List<?> arguments = properties.get(Problems.ARGUMENTS) instanceof List<?> list ? list : List.of();
            problem.setDetail(text(new Message((String) code, new ArrayList<Object>(arguments)), locale));
        }
        return problem;
    }

    /** Writes a problem from a filter, before any controller, its exception handlers and its locale are reached. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        localize(problem, locales.resolveLocale(request));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
