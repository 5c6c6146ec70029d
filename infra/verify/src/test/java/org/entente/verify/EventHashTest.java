package org.entente.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventHashTest {

    private static final String PAYLOAD = "{\"b\":[1,2.50,\"\\u0000\\ud83d\\ude00\"],\"a\":{\"\\u00e9\":null,\"z\":true}}";

    /** One row of vectors/numbers.tsv: a number as stored, the plain-decimal writer's form, the RFC 8785 form. */
    record StoredNumber(String stored, String plainDecimal, String rfc8785, String what) {
        @Override
        public String toString() {
            return stored + " (" + what + ")";
        }
    }

    static List<StoredNumber> numbers() {
        return Vectors.lines(Vectors.path("numbers.tsv")).stream().filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t")).map(c -> new StoredNumber(c[0], c[1], c[2], c[3])).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void a_stored_number_takes_its_rfc_8785_form(StoredNumber number) {
        assertThat(EventHash.canonical("{\"n\":" + number.stored() + "}")).isEqualTo("{\"n\":" + number.rfc8785() + "}");
    }

    @Test
    void the_hash_of_an_event_is_the_one_the_plain_decimal_writer_gave_it() {
        String hash = EventHash.of("t\u00e9\"\\", "1", PAYLOAD, "{\"recorder\":\"\u041c\u0438\u0440\"}", 7, EventHash.GENESIS);

        assertThat(hash).isEqualTo("75e3be52d7d48d91b2c9d57f3792059c2ab2b7dc7a2fd229388004378efa49db");
    }

    @Test
    void the_hash_input_is_canonicalized_members_sorted_and_escaped_as_rfc_8785_says() {
        String input = EventHash.hashInput("T", null, PAYLOAD, "{}", 7, EventHash.GENESIS);

        assertThat(EventHash.canonical(input)).isEqualTo("{\"metaData\":{},\"payload\":{\"a\":{\"z\":true,\"\u00e9\":null},"
                + "\"b\":[1,2.5,\"\\u0000\ud83d\ude00\"]},\"previousHash\":\"" + EventHash.GENESIS
                + "\",\"revision\":null,\"sequence\":7,\"type\":\"T\"}");
    }

    @Test
    void the_registry_digest_is_the_one_the_plain_decimal_writer_gave() {
        SortedMap<String, String> heads = new TreeMap<>();
        heads.put("us-ru-cyber-cbm-2011", "01c0291b6ec610950e378f65ea99a5cd350e2c97e6888c258993ac82d20f457f");
        heads.put("osce-pc-dec-1202", "d23ae8554a5b7de7c43f794d84a9882f451b4e525d1899aa4ef111f78a6d0ef6");
        heads.put("hotline-drill-2024", "a4e4bbb3db00dfff5b8f0202431252ff28349136abcf83f9993fc43dac5e5c9f");

        assertThat(EventHash.registryDigest(heads)).isEqualTo("2c8937c40e5bce4db531e4cd8bf217c4b24a192bd8fc0e5b0860cfa2729739a0");
        assertThat(EventHash.registryDigest(new TreeMap<>()))
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"note\":\"\\ud800\"}", "{\"note\":\"\\udc00 trailing low\"}", "{\"note\":\"\\ude00\\ud83d reversed\"}",
            "{\"\\ud83d\":\"name\"}"})
    void a_payload_with_an_unpaired_surrogate_has_no_hash(String payload) {
        assertThatThrownBy(() -> EventHash.of("T", "1", payload, "{}", 0, EventHash.GENESIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid Unicode");
    }

    @Test
    void an_unpaired_surrogate_in_the_type_the_metadata_or_a_stream_id_has_no_hash_either() {
        assertThatThrownBy(() -> EventHash.of("T\ud800", "1", "{}", "{}", 0, EventHash.GENESIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+D800");
        assertThatThrownBy(() -> EventHash.of("T", "1", "{}", "{\"recorder\":\"\udfff\"}", 0, EventHash.GENESIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+DFFF");
        assertThatThrownBy(() -> EventHash.registryDigest(new TreeMap<>(Map.of("a\ud83d", EventHash.GENESIS))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid Unicode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "{", "{\"a\":1} {\"b\":2}", "{\"a\":1} x", "{'a':1}", "{\"a\":01}", "{\"a\":NaN}"})
    void a_payload_that_is_not_one_json_value_has_no_hash(String payload) {
        assertThatThrownBy(() -> EventHash.of("T", "1", payload, "{}", 0, EventHash.GENESIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The event's payload is not JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"a\":1e400}"})
    void a_payload_rfc_8785_gives_no_form_to_has_no_hash(String payload) {
        assertThatThrownBy(() -> EventHash.of("T", "1", payload, "{}", 0, EventHash.GENESIS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_missing_payload_or_sequence_has_no_hash() {
        assertThatThrownBy(() -> EventHash.of("T", "1", null, "{}", 0, EventHash.GENESIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The event's payload is missing");
        StoredEvent unnumbered = new StoredEvent("s", null, "T", "1", null, "{}", "{}", EventHash.GENESIS, null);
        assertThatThrownBy(() -> EventHash.of(unnumbered, EventHash.GENESIS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noncharacters_and_astral_characters_are_valid_text_and_hash() {
        String payload = "{\"note\":\"\\uffff\\ufffe\\ufdd0 \\udbff\\udfff \ud83c\uddfa\ud83c\uddf3\"}";

        assertThat(EventHash.of("T", "1", payload, "{}", 0, EventHash.GENESIS)).hasSize(64);
    }
}
