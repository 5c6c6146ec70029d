package org.entente.app.operations;

import org.entente.app.EntenteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationListener;

import java.util.Optional;

/**
 * One line when the registry is ready: which version, which store and where its data is, which address.
 * What an operator checks first when something looks wrong, without reading the whole start-up log.
 */
final class StartupLine implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger("org.entente");

    private final EntenteProperties properties;
    private final Optional<BuildProperties> build;

    StartupLine(EntenteProperties properties, Optional<BuildProperties> build) {
        this.properties = properties;
        this.build = build;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String version = build.map(BuildProperties::getVersion).orElse("(development build)");
        String uri = properties.mongodb().uri();
        String store = uri == null || uri.isBlank()
                ? "embedded store, data in " + properties.mongodb().embedded().dataFile().toAbsolutePath().normalize()
                : "MongoDB database '" + properties.mongodb().database() + "' at " + hostsOf(uri);
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
        log.info("Entente {} ready: {}; {}", version, store, port == null ? "no HTTP server" : "http://localhost:" + port);
    }

    /** The hosts of a connection string, without the credentials it may carry. */
    private static String hostsOf(String uri) {
        String rest = uri.replaceFirst("^mongodb(\\+srv)?://", "");
        int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
        String hosts = at >= 0 ? rest.substring(at + 1) : rest;
        int slash = hosts.indexOf('/');
        return slash >= 0 ? hosts.substring(0, slash) : hosts;
    }
}
