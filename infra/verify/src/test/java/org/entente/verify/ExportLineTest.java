package org.entente.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportLineTest {

    private static final StoredEvent ANSWERED = new StoredEvent("a-1", 3L, "org.entente.api.check.CommunicationCheckAnswered",
            "1", "2026-11-24T10:05:00.123456789Z", "{\"checkId\":\"a-1:c\",\"responseTime\":300.000000000,\"tiny\":5.00E-7}",
            "{\"recorder\":\"desk\"}", EventHash.GENESIS, "ab".repeat(32));

    @Test
    void a_line_holds_the_payload_with_its_numbers_as_stored() throws IOException {
        String line = ExportLine.write(ANSWERED);

        assertThat(line).isEqualTo("{\"arrangementId\":\"a-1\",\"sequence\":3,"
                + "\"type\":\"org.entente.api.check.CommunicationCheckAnswered\",\"revision\":\"1\","
                + "\"timestamp\":\"2026-11-24T10:05:00.123456789Z\","
                + "\"payload\":{\"checkId\":\"a-1:c\",\"responseTime\":300.000000000,\"tiny\":5.00E-7},"
                + "\"metaData\":{\"recorder\":\"desk\"},\"previousHash\":\"" + EventHash.GENESIS + "\",\"hash\":\""
                + "ab".repeat(32) + "\"}");
        assertThat(ExportLine.read(line)).isEqualTo(ANSWERED);
    }

    @Test
    void members_a_line_lacks_read_as_null_and_members_it_does_not_know_are_skipped() throws IOException {
        StoredEvent event = ExportLine.read("{\"note\":{\"nested\":[1,{\"x\":null}]},\"sequence\":null,\"type\":\"T\"}");

        assertThat(event).isEqualTo(new StoredEvent(null, null, "T", null, null, null, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]                                  | not an export line: not a JSON object",
            "{\"sequence\":1.5}                  | not an export line: sequence is not a whole number",
            "{\"sequence\":\"3\"}                | not an export line: sequence is not a whole number",
            "{\"sequence\":99999999999999999999} | not an export line: sequence is not a whole number",
            "{\"type\":3}                        | not an export line: type is not a string",
            "{\"hash\":[\"ab\"]}                 | not an export line: hash is not a string",
            "{\"type\":\"A\",\"type\":\"B\"}     | not an export line: Duplicate field 'type'",
            "{} {}                               | not an export line: more than one JSON value",
            "{\"sequence\":0,                    | not JSON",
            "{\"sequence\":0} trailing           | not JSON"})
    void a_line_that_is_not_an_export_line_is_refused_with_the_reason(String line, String reason) {
        assertThatThrownBy(() -> ExportLine.read(line)).isInstanceOf(IOException.class).hasMessage(reason);
    }
}
