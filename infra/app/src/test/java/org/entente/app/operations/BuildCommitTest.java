package org.entente.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.ok;

/**
 * Which commit a running registry was built from: the build writes it into {@code git.properties} when it runs in
 * a git repository (and an empty one from a source archive), and {@code /actuator/info} shows it beside the build's
 * own data.
 */
@EntenteApplicationTest
class BuildCommitTest {

    @Autowired
    RestTestClient client;

    @Test
    void info_names_the_commit_its_time_and_the_branch_the_build_was_made_from() throws IOException {
        Properties written = gitProperties();
        JsonNode info = ok(new Api(client).signedInAs(Users.ADMIN).get("/actuator/info")).json();

        assertThat(info.at("/build/version").asText()).isNotBlank();
        if (!builtInGitRepository()) {
            assertThat(written.getProperty("git.commit.id")).as("the commit of a build outside a git repository").isNull();
            assertThat(info.at("/git/commit/id/full").isMissingNode()).isTrue();
            return;
        }
        assertThat(written).as("git.properties, which the build writes from the repository it runs in").isNotEmpty();
        assertThat(info.at("/git/commit/id/full").asText())
                .matches("[0-9a-f]{40}")
                .isEqualTo(written.getProperty("git.commit.id"));
        assertThat(info.at("/git/commit/id/abbrev").asText()).isEqualTo(written.getProperty("git.commit.id.abbrev"));
        assertThat(info.at("/git/branch").asText()).isNotBlank().isEqualTo(written.getProperty("git.branch"));
        assertThat(info.at("/git/commit/time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(info.at("/git/dirty").asText()).isIn("true", "false");
    }

    private static Properties gitProperties() throws IOException {
        try (InputStream stream = BuildCommitTest.class.getResourceAsStream("/git.properties")) {
            Properties properties = new Properties();
            if (stream != null) {
                properties.load(stream);
            }
            return properties;
        }
    }

    /** The module is built inside its checkout; a source archive has no {@code .git} above it. */
    private static boolean builtInGitRepository() {
        for (Path here = Path.of("").toAbsolutePath(); here != null; here = here.getParent()) {
            if (Files.exists(here.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
