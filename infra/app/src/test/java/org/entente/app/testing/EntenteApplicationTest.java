package org.entente.app.testing;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on the embedded store, over HTTP: one context shared by every test that carries
 * this annotation (the configuration is the same, so Spring's context cache serves them all one
 * application). Tests keep out of each other's way with ids of their own ({@link Unique}), not with
 * applications of their own. Snapshots are taken every three events, so reads and commands go through
 * snapshots everywhere; checks are swept every half second; a request's headers must arrive within three
 * seconds, so that a test can see a slow client cut off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "entente.event-store.snapshot-threshold=3",
        "entente.checks.sweep-interval=500ms",
        "entente.audit.default-recorder=registry-operator",
        "entente.http.header-read-timeout=3s"})
@AutoConfigureRestTestClient
@ContextConfiguration(initializers = FreshEmbeddedStore.class)
public @interface EntenteApplicationTest {
}
