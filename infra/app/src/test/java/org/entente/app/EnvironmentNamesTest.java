package org.entente.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The short environment variables operators set reach the settings they name. */
class EnvironmentNamesTest {

    @Test
    void the_short_variables_set_the_settings_they_name() {
        StandardEnvironment environment = withVariables(Map.of("ENTENTE_DATA_FILE", "/srv/entente/data.mv",
                "ENTENTE_NODE_ID", "entente-2", "ENTENTE_PAPER_MAX_SIZE", "50MB"));

        new EnvironmentNames().postProcessEnvironment(environment, new SpringApplication());

        assertThat(bound(environment, "entente.mongodb.embedded.data-file")).contains("/srv/entente/data.mv");
        assertThat(bound(environment, "entente.node-id")).contains("entente-2");
        assertThat(bound(environment, "spring.servlet.multipart.max-file-size")).contains("50MB");
        assertThat(bound(environment, "spring.servlet.multipart.max-request-size")).contains("50MB");
    }

    @Test
    void unset_or_blank_variables_leave_the_defaults_alone() {
        StandardEnvironment environment = withVariables(Map.of("ENTENTE_DATA_FILE", " "));

        new EnvironmentNames().postProcessEnvironment(environment, new SpringApplication());

        assertThat(bound(environment, "entente.mongodb.embedded.data-file")).isEmpty();
    }

    /** As the settings are bound: through Spring Boot's relaxed names. */
    private static Optional<String> bound(StandardEnvironment environment, String setting) {
        return Binder.get(environment).bind(setting, String.class).map(Optional::of).orElse(Optional.empty());
    }

    private static StandardEnvironment withVariables(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
