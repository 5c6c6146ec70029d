package org.entente.app;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The short environment variables an operator sets, mapped onto the settings they name. Spring's own
 * names work as well (e.g. {@code ENTENTE_MONGODB_EMBEDDED_DATAFILE}); these stay because deployments
 * use them, and an ignored data-file variable would look like lost data. Only variables that are set
 * are mapped, so the defaults stay in {@link EntenteProperties}.
 */
public class EnvironmentNames implements EnvironmentPostProcessor {

    private static final Map<String, List<String>> NAMES = Map.of(
            "ENTENTE_DATA_FILE", List.of("entente.mongodb.embedded.data-file"),
            "ENTENTE_NODE_ID", List.of("entente.node-id"),
            "ENTENTE_PAPER_MAX_SIZE", List.of("spring.servlet.multipart.max-file-size", "spring.servlet.multipart.max-request-size"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> variables = environment.getPropertySources().get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (variables == null) {
            return;
        }
        Map<String, Object> mapped = new HashMap<>();
        NAMES.forEach((variable, keys) -> {
            if (variables.getProperty(variable) instanceof String text && !text.isBlank()) {
                keys.forEach(key -> mapped.put(key, text));
            }
        });
        if (!mapped.isEmpty()) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new MapPropertySource("entente-environment-names", mapped));
        }
    }
}
