package nl.partnerkaart.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP requests the application reads.
 *
 * @param maxBodySize the largest request body other than a multipart upload (JSON of forms, the workbench, scenes);
 *                    uploads have {@code spring.servlet.multipart.*} and {@code partnerkaart.import.*}
 */
@ConfigurationProperties("partnerkaart.http")
public record HttpProperties(@DefaultValue("4MB") DataSize maxBodySize) {
}
