package org.entente.app;

import org.entente.verify.Verify;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import sun.misc.Signal;

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
        exitNormallyWhenStopped();
        SpringApplication.run(EntenteApplication.class, args);
    }

    /**
     * Being stopped (SIGTERM from a service manager, Ctrl-C in a terminal) is how a registry ends, not a failure;
     * yet the JVM would report it as exit status 143 or 130, which systemd and Maven's {@code spring-boot:run} take
     * for one. The shutdown itself is unchanged: {@code System.exit} runs the shutdown hooks, in which Spring
     * closes the application, and then the process exits 0.
     */
    private static void exitNormallyWhenStopped() {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), signal -> System.exit(0));
            } catch (IllegalArgumentException reserved) {
                // The JVM keeps this signal (started with -Xrs, or the platform lacks it): its own handling stays.
            }
        }
    }
}
