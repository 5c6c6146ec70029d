package org.entente.eventstore;

import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database written in another format is refused, never misread. */
class StoreFormatGuardTest {

    @AutoClose
    private final EngineFixture store = new EngineFixture();

    @Test
    void the_store_refuses_to_start_on_the_axon_mongo_extension_format() {
        store.database().getCollection(StoreFormatGuard.EXTENSION_EVENTS).insertOne(new Document("aggregateIdentifier", "a"));

        assertThatThrownBy(() -> StoreFormatGuard.refuseForeignFormat(store.database()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("domainevents")
                .hasMessageContaining("will not start");
    }

    @Test
    void the_store_starts_on_a_database_of_its_own_format() {
        store.engine().appendEvents(EngineFixture.events("a", 0, 1));

        assertThatCode(() -> StoreFormatGuard.refuseForeignFormat(store.database())).doesNotThrowAnyException();
    }
}
