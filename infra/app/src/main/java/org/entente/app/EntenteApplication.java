package org.entente.app;

import org.entente.verify.Verify;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.List;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(EntenteProperties.class)
public class EntenteApplication {

    static {
        // Axon's update checker would call a host outside; the registry must not phone home.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            // Offline verification needs no server and no database.
            System.exit(Verify.run(List.of(args).subList(1, args.length), System.out));
        }
        SpringApplication.run(EntenteApplication.class, args);
    }
}
