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

    private static final String AXONIQ_CONSOLE_MESSAGE = "disable-axoniq-console-message";

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            // Offline verification needs no server and no database.
            System.exit(Verify.run(List.of(args).subList(1, args.length), System.out));
        }
        // Axon advertises its commercial console in a banner at every start unless told not to.
        if (System.getProperty(AXONIQ_CONSOLE_MESSAGE) == null) {
            System.setProperty(AXONIQ_CONSOLE_MESSAGE, "true");
        }
        SpringApplication.run(EntenteApplication.class, args);
    }
}
