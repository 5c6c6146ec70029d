package org.entente.app.security;

import org.entente.app.EntenteApplication;
import org.entente.app.EntenteProperties;
import org.entente.app.mongo.EmbeddedMongoServer;
import org.entente.app.testing.Api;
import org.entente.app.testing.FreshEmbeddedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.status;

/**
 * A registry nobody has configured users for. Each test starts its own application without the test
 * users, since that is the situation under test.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    @Test
    void a_fresh_embedded_registry_creates_an_administrator_whose_password_only_its_owner_can_read(CapturedOutput output)
            throws Exception {
        Path dataFile = FreshEmbeddedStore.newDataFile("first-start");
        Path passwordFile = dataFile.resolveSibling("initial-admin-password");

        try (ConfigurableApplicationContext registry = start("--entente.mongodb.uri=", "--entente.mongodb.embedded.data-file=" + dataFile)) {
            assertThat(passwordFile).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            String password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(output.getAll()).contains(passwordFile.toAbsolutePath().toString()).doesNotContain(password);

            Api api = api(registry);
            status(401, api.anonymous().get("/api/admin/users"));
            status(401, api.signedInWith("admin", "admin").get("/api/admin/users"));
            String users = ok(api.signedInWith("admin", password).get("/api/admin/users")).body();
            assertThat(users).contains("\"admin\"").contains("ADMIN").doesNotContain(password).doesNotContain("bcrypt");
        }

        Files.delete(passwordFile);
        try (ConfigurableApplicationContext restarted = start("--entente.mongodb.uri=", "--entente.mongodb.embedded.data-file=" + dataFile)) {
            assertThat(passwordFile).as("an administrator exists: none is created again").doesNotExist();
        }
    }

    @Test
    void a_registry_on_a_real_mongodb_that_nobody_could_sign_in_to_refuses_to_start() {
        Path dataFile = FreshEmbeddedStore.newDataFile("elsewhere");
        try (EmbeddedMongoServer mongo = EmbeddedMongoServer.start(new EntenteProperties.Embedded(dataFile, false))) {
            assertThatThrownBy(() -> start("--entente.mongodb.uri=" + mongo.connectionString()).close())
                    .hasRootCauseMessage("Nobody could sign in: the MongoDB at entente.mongodb.uri holds no users, "
                            + "entente.security.users declares none and no identity provider is set (entente.security.jwt.*)");
        }
    }

    private static ConfigurableApplicationContext start(String... settings) {
        String[] args = new String[settings.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--spring.mongodb.uri=";
        args[2] = "--entente.node-id=first-start";
        System.arraycopy(settings, 0, args, 3, settings.length);
        return new SpringApplicationBuilder(EntenteApplication.class).run(args);
    }

    private static Api api(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        return new Api(RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build());
    }
}
