package nl.partnerkaart.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI partnerkaartApi() {
        return new OpenAPI()
                .info(new Info().title("Partnerkaart API").version("v1")
                        .description("The partner networks of the Dutch safety regions as a graph. "
                                + "Every call needs a signed-in user (HTTP Basic or the browser session); "
                                + "errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
