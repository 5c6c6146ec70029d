package org.entente.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events a registry stored with hashes from the plain-decimal writer (vectors/recorded/stored: payload
 * and metadata exactly as the database held them), hashed again through RFC 8785.
 */
class RecordedStoresTest {

    private static final String SUB_MICROSECOND = "hotline-drill-sub-microsecond-response.ndjson";

    @ParameterizedTest
    @ValueSource(strings = {"us-ru-2011-commitments-contacts-checks-papers.ndjson", "osce-1202-awkward-text.ndjson"})
    void every_stored_event_hashes_to_the_hash_stored_with_it(String vector) {
        List<StoredEvent> stored = Vectors.stored("recorded/stored/" + vector);

        ChainVerifier.Verdict fromStore = ChainVerifier.verify(stored, null);
        ChainVerifier.Verdict fromExport = ChainVerifier.verify(Vectors.export("recorded/export/" + vector), null);

        assertThat(fromStore.verified()).as(fromStore.reason()).isTrue();
        assertThat(fromStore.events()).isEqualTo(stored.size());
        assertThat(fromExport).isEqualTo(fromStore);
    }

    @Test
    void a_response_time_under_a_microsecond_is_the_only_stored_value_whose_hash_changes() {
        List<StoredEvent> stored = Vectors.stored("recorded/stored/" + SUB_MICROSECOND);

        for (StoredEvent event : stored) {
            boolean same = EventHash.of(event, event.previousHash()).equals(event.hash());
            assertThat(same).as("event " + event.sequence() + " keeps its hash").isEqualTo(event.sequence() != 3);
        }
        assertThat(stored.get(3).payload()).contains("\"responseTime\":5.00E-7");
    }

    @Test
    void the_sub_microsecond_hash_differs_only_in_how_the_number_is_written() {
        StoredEvent answered = Vectors.stored("recorded/stored/" + SUB_MICROSECOND).get(3);
        String canonical = EventHash.canonical(EventHash.hashInput(answered.type(), answered.revision(),
                answered.payload(), answered.metaData(), answered.sequence(), answered.previousHash()));

        assertThat(canonical).contains("\"responseTime\":5e-7");
        assertThat(EventHash.sha256(canonical.replace("\"responseTime\":5e-7", "\"responseTime\":0.0000005")))
                .isEqualTo(answered.hash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-ru-2011-commitments-contacts-checks-papers.ndjson", "osce-1202-awkward-text.ndjson",
            SUB_MICROSECOND})
    void a_stored_event_exported_and_read_back_is_the_stored_event(String vector) throws IOException {
        for (StoredEvent event : Vectors.stored("recorded/stored/" + vector)) {
            assertThat(ExportLine.read(ExportLine.write(event))).isEqualTo(event);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-ru-2011-commitments-contacts-checks-papers.ndjson", "osce-1202-awkward-text.ndjson",
            SUB_MICROSECOND})
    void a_recorded_export_line_read_and_written_again_is_the_same_text(String vector) throws IOException {
        for (String line : Vectors.lines(Vectors.path("recorded/export/" + vector))) {
            assertThat(ExportLine.write(ExportLine.read(line))).isEqualTo(line);
        }
    }
}
