package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.fixtures.Registry;

/** Axon's fixture for the arrangement, on the registry's fixed clock so that "today" never depends on the day the tests run. */
public final class ArrangementFixture {

    private ArrangementFixture() {
    }

    public static AggregateTestFixture<Arrangement> create() {
        AggregateTestFixture<Arrangement> fixture = new AggregateTestFixture<>(Arrangement.class);
        fixture.registerInjectableResource(Registry.CLOCK);
        return fixture;
    }
}
