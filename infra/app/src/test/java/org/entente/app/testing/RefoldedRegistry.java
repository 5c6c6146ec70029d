package org.entente.app.testing;

/**
 * One application on a store of its own, shared by the tests that refold the whole store (rebuilds and replays).
 * On the shared application ({@link EntenteApplicationTest}) a refold would go through every event every other
 * test has written before it, so its duration would grow with the suite; here it goes through what these tests
 * wrote alone. Started on first use; Spring's shutdown hook stops it with the test JVM.
 */
public final class RefoldedRegistry {

    private static StartedApplication application;

    private RefoldedRegistry() {
    }

    public static synchronized StartedApplication application() {
        if (application == null) {
            application = StartedApplication.onEmbeddedStore(FreshEmbeddedStore.newDataFile("entente-refolded"),
                    "--entente.event-store.snapshot-threshold=3",
                    "--entente.checks.sweep-interval=500ms",
                    "--entente.audit.default-recorder=registry-operator");
        }
        return application;
    }
}
