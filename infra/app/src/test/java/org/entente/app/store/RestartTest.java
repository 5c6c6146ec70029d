package org.entente.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.app.EntenteApplication;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.BILATERAL;
import static org.entente.app.support.RealArrangements.bilateral;
import static org.entente.app.support.RealArrangements.commitment;

/** The embedded store keeps everything across a stop and start of the application on the same data file. */
class RestartTest {

    @Test
    void a_restarted_registry_reads_everything_back_and_duplicates_no_event() {
        String dataFile = TempData.newDataFile("entente-restart");
        JsonNode viewBeforeStop;
        try (ConfigurableApplicationContext first = start(dataFile)) {
            Http http = http(first);
            expect(201, http.post("/api/arrangements", bilateral()));
            for (String id : List.of("cert-exchange", "military-views", "crisis-link")) {
                expect(201, http.post("/api/arrangements/" + BILATERAL + "/commitments",
                        commitment(id, "Commitment " + id, "OTHER", "\"USA\", \"RUS\"", "2011-12-31")));
            }
            expect(200, http.post("/api/arrangements/" + BILATERAL + "/commitments/cert-exchange/fulfilment",
                    "{\"fulfilledOn\": \"2011-12-15\"}"));
            viewBeforeStop = http.get("/api/arrangements/" + BILATERAL + "?minVersion=5").json();
            assertThat(eventCount(first)).isEqualTo(5);
        }

        try (ConfigurableApplicationContext second = start(dataFile)) {
            Http http = http(second);
            Http.Response afterRestart = http.get("/api/arrangements/" + BILATERAL + "?minVersion=5");
            assertThat(afterRestart.status()).isEqualTo(200);
            assertThat(afterRestart.json()).isEqualTo(viewBeforeStop);
            assertThat(eventCount(second)).as("events after restart").isEqualTo(5);

            Http.Response moved = http.post("/api/arrangements/" + BILATERAL + "/commitments/military-views/deadline",
                    "{\"dueBy\": \"2012-06-30\", \"reason\": \"Interagency review\"}");
            assertThat(moved.json().get("version").asLong()).isEqualTo(6);
            JsonNode caughtUp = http.get("/api/arrangements/" + BILATERAL + "?minVersion=6").json();
            assertThat(caughtUp.get("commitments")).hasSize(3);
            assertThat(caughtUp.get("statusHistory")).hasSize(1);
            assertThat(caughtUp.at("/counts/fulfilled").asInt()).isEqualTo(1);

            List<Long> sequences = second.getBean(EventStore.class).readEvents(BILATERAL, 0).asStream()
                    .map(DomainEventMessage::getSequenceNumber).toList();
            assertThat(sequences).containsExactlyElementsOf(LongStream.range(0, 6).boxed().toList());
            assertThat(eventCount(second)).isEqualTo(6);
        }
    }

    private static void expect(int status, Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private static ConfigurableApplicationContext start(String dataFile) {
        // Command-line arguments, because they outrank application.yml; default properties would not.
        return new SpringApplicationBuilder(EntenteApplication.class)
                .run("--server.port=0", "--entente.mongodb.uri=", "--entente.mongodb.embedded.data-file=" + dataFile);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    private static long eventCount(ConfigurableApplicationContext context) {
        return context.getBean(EventStore.class).readEvents(BILATERAL, 0).asStream().count();
    }
}
