package org.entente.app.testing;

import org.entente.app.EntenteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An application a test starts and stops itself, for the few tests the shared application
 * ({@link EntenteApplicationTest}) cannot serve: a stop and start on the same data file, a registry clock
 * set later across a restart, a second instance on the same database, a real MongoDB. Every use says in a
 * comment why it needs its own.
 */
public final class StartedApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private StartedApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * On the embedded store kept in {@code dataFile}, whatever MongoDB the environment names.
     *
     * @param settings more command-line settings, such as {@code --entente.clock.offset=PT2H}
     */
    public static StartedApplication onEmbeddedStore(Path dataFile, String... settings) {
        return start("", List.of("--entente.mongodb.embedded.data-file=" + dataFile), settings);
    }

    /** On the MongoDB at {@code uri}. */
    public static StartedApplication onMongoDb(String uri, String... settings) {
        return start(uri, List.of(), settings);
    }

    private static StartedApplication start(String uri, List<String> store, String... settings) {
        // Command-line arguments, because they outrank application.yml and the environment; default properties would not.
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--entente.mongodb.uri=" + uri, "--spring.mongodb.uri="));
        args.addAll(store);
        args.addAll(Users.asArguments());
        args.addAll(List.of(settings));
        return new StartedApplication(new SpringApplicationBuilder(EntenteApplication.class).run(args.toArray(String[]::new)));
    }

    /** The HTTP API of this application. */
    public Api api() {
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        return new Api(RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
