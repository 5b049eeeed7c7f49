package nl.partnerkaart.system;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The language of the server's messages: Dutch or English, whichever the request's Accept-Language prefers (the
 * screens send the language the user chose). Without the header, or asking for neither, English: the language of
 * the API description, for scripts.
 */
@Configuration(proxyBeanMethods = false)
class ServerLanguage {

    static final Locale DEFAULT = Locale.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED);
        resolver.setDefaultLocale(DEFAULT);
        return resolver;
    }

    /** A {@link Message} in JSON is its text in the request's language (the rows of an import report, say). */
    @Bean
    JacksonModule messageText(ObjectProvider<ServerMessages> messages) {
        return new SimpleModule("server-messages").addSerializer(Message.class, new ValueSerializer<Message>() {
            @Override
            public void serialize(Message value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(messages.getObject().text(value));
            }
        });
    }
}
