package nl.partnerkaart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerkaartApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnerkaartApplication.class, args);
    }
}
