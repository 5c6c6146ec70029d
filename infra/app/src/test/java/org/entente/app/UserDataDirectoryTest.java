package org.entente.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store's data stays in one place, whichever directory and whichever way the registry is started. */
class UserDataDirectoryTest {

    @Test
    void without_a_configured_data_file_the_data_is_in_the_users_data_directory_not_the_working_directory() {
        EntenteProperties unconfigured = bind(Map.of());
        EntenteProperties blank = bind(Map.of("entente.mongodb.embedded.data-file", ""));

        Path dataFile = unconfigured.mongodb().embedded().dataFile();
        assertThat(dataFile).isAbsolute().isEqualTo(UserDataDirectory.defaultDataFile()).endsWithRaw(Path.of("entente", "entente.mv"));
        assertThat(blank.mongodb().embedded().dataFile()).isEqualTo(dataFile);
    }

    @Test
    void a_configured_data_file_is_used_as_given() {
        EntenteProperties configured = bind(Map.of("entente.mongodb.embedded.data-file", "/srv/entente/registry.mv"));

        assertThat(configured.mongodb().embedded().dataFile()).isEqualTo(Path.of("/srv/entente/registry.mv"));
    }

    @Test
    void the_data_directory_is_under_xdg_data_home_when_it_is_set_else_under_local_share_in_the_home_directory() {
        assertThat(UserDataDirectory.defaultDataFile(Map.of("XDG_DATA_HOME", "/data/alice"), "/home/alice", "Linux"))
                .isEqualTo(Path.of("/data/alice/entente/entente.mv"));
        assertThat(UserDataDirectory.defaultDataFile(Map.of(), "/home/alice", "Linux"))
                .isEqualTo(Path.of("/home/alice/.local/share/entente/entente.mv"));
        assertThat(UserDataDirectory.defaultDataFile(Map.of("XDG_DATA_HOME", " "), "/home/alice", "Mac OS X"))
                .isEqualTo(Path.of("/home/alice/.local/share/entente/entente.mv"));
    }

    @Test
    void a_relative_xdg_data_home_is_ignored_as_the_specification_asks() {
        assertThat(UserDataDirectory.defaultDataFile(Map.of("XDG_DATA_HOME", "data"), "/home/alice", "Linux"))
                .isEqualTo(Path.of("/home/alice/.local/share/entente/entente.mv"));
    }

    @Test
    void on_windows_the_data_is_in_the_local_application_data_directory() {
        Path localAppData = Path.of("").toAbsolutePath().resolve("AppData").resolve("Local");

        assertThat(UserDataDirectory.defaultDataFile(Map.of("LOCALAPPDATA", localAppData.toString()), "/home/alice", "Windows 11"))
                .isEqualTo(localAppData.resolve("entente").resolve("entente.mv"));
        assertThat(UserDataDirectory.defaultDataFile(Map.of("LOCALAPPDATA", localAppData.toString()), "/home/alice", "Linux"))
                .isEqualTo(Path.of("/home/alice/.local/share/entente/entente.mv"));
    }

    private static EntenteProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("entente", EntenteProperties.class);
    }
}
