package org.entente.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.app.support.Await;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.BILATERAL;
import static org.entente.app.support.RealArrangements.bilateral;
import static org.entente.app.support.RealArrangements.commitment;

/**
 * The whole 2011 US–Russia exchange through HTTP: each side designates a 24/7 hotline and a CERT
 * contact, one number changes, each side hands over its paper on military views (one uploaded, one by
 * digest), both acknowledge, and the doctrine-exchange commitment is fulfilled by the registry's policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BilateralExchangeScenarioTest {

    private static final String A = "/api/arrangements/" + BILATERAL;
    private static final byte[] RUSSIAN_PAPER = "Views of the Russian Federation on military activity in cyberspace"
            .getBytes(StandardCharsets.UTF_8);

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-scenario");
    }

    @LocalServerPort
    int port;

    @Test
    void the_bilateral_exchange_of_2011_is_recorded_end_to_end() {
        Http http = new Http(port);
        created(http.post("/api/arrangements", bilateral()));
        created(http.post(A + "/commitments", commitment("military-views", "Exchange papers on military views on operating in cyberspace",
                "DOCTRINE_EXCHANGE", "\"USA\", \"RUS\"", "2011-12-31")));

        created(http.as("USA").post(A + "/contacts", contact("us-hotline", "USA", "HOTLINE_24_7", "PHONE", "+12025550100", "2011-07-01")));
        created(http.as("USA").post(A + "/contacts", contact("us-cert", "USA", "TECHNICAL", "EMAIL", "cert@example.gov", "2011-07-01")));
        created(http.as("RUS").post(A + "/contacts", contact("ru-hotline", "RUS", "HOTLINE_24_7", "PHONE", "+74955550100", "2011-07-05")));
        created(http.as("RUS").post(A + "/contacts", contact("ru-cert", "RUS", "TECHNICAL", "EMAIL", "cert@example.ru", "2011-07-05")));
        ok(http.as("RUS").patch(A + "/contacts/ru-hotline", "{\"channels\": [{\"type\": \"PHONE\", \"value\": \"+74955550199\"}], \"effectiveOn\": \"2012-02-01\"}"));

        String digest = sha256(RUSSIAN_PAPER);
        created(multipart(A + "/papers", digest));
        created(http.as("USA").post(A + "/papers", """
                {"id": "us-views", "fromParty": "USA", "title": "United States views on military operations in cyberspace",
                 "subject": "doctrine", "language": "en", "marking": "UNCLASSIFIED", "version": "1",
                 "submittedOn": "2011-11-10", "sha256": "%s"}
                """.formatted("0f".repeat(32))));
        Await.until("Russia's outstanding acknowledgement is listed", Duration.ofSeconds(10),
                () -> http.get("/api/parties/RUS/outstanding-acknowledgements").json().get("items").size() == 1);
        assertThat(http.get("/api/parties/RUS/outstanding-acknowledgements").json().at("/items/0/id").asText()).isEqualTo("us-views");
        ok(http.as("USA").post(A + "/papers/ru-views/acknowledgements", "{\"party\": \"USA\", \"receivedOn\": \"2011-11-21\"}"));
        long version = ok(http.as("RUS").post(A + "/papers/us-views/acknowledgements", "{\"party\": \"RUS\", \"receivedOn\": \"2011-11-28\"}"))
                .json().get("version").asLong();

        JsonNode view = ok(http.get(A + "?minVersion=" + version)).json();
        JsonNode exchange = view.get("commitments").get(0);
        assertThat(exchange.get("status").asText()).isEqualTo("FULFILLED");
        assertThat(exchange.get("fulfilledByPolicy").asBoolean()).isTrue();
        assertThat(exchange.get("fulfilledOn").asText()).isEqualTo("2011-11-28");
        assertThat(exchange.get("overdue").asBoolean()).isFalse();
        assertThat(exchange.get("evidencePapers")).extracting(JsonNode::asText).containsExactly("us-views", "ru-views");
        assertThat(view.get("contacts")).hasSize(4);
        assertThat(view.get("papers")).hasSize(2);

        Await.until("the directory has all four contacts", Duration.ofSeconds(10),
                () -> http.get("/api/contacts?arrangement=" + BILATERAL).json().get("items").size() == 4);
        JsonNode beforeChange = http.get("/api/contacts?party=RUS&role=HOTLINE_24_7&asOf=2012-01-31").json();
        assertThat(beforeChange.at("/items/0/channels/0/value").asText()).isEqualTo("+74955550100");
        JsonNode afterChange = http.get("/api/contacts?party=RUS&role=HOTLINE_24_7").json();
        assertThat(afterChange.at("/items/0/channels/0/value").asText()).isEqualTo("+74955550199");
        JsonNode history = ok(http.get(A + "/contacts/ru-hotline")).json();
        assertThat(history.get("versions")).extracting(v -> v.get("effectiveOn").asText()).containsExactly("2011-07-05", "2012-02-01");
        assertThat(history.at("/versions/0/details/channels/0/value").asText()).isEqualTo("+74955550100");
        assertThat(http.get(A + "/contacts/QQQ").status()).isEqualTo(404);

        Await.until("both papers are fully acknowledged", Duration.ofSeconds(10),
                () -> http.get(A + "/papers").json().findValues("outstanding").stream().allMatch(JsonNode::isEmpty));
        JsonNode papers = http.get(A + "/papers").json();
        assertThat(papers.get("items")).extracting(p -> p.get("id").asText()).containsExactly("us-views", "ru-views");
        assertThat(papers.at("/items/1/contentStored").asBoolean()).isTrue();
        assertThat(papers.at("/items/1/sha256").asText()).isEqualTo(digest);
        assertThat(papers.at("/items/0/contentStored").asBoolean()).isFalse();
        assertThat(http.get("/api/parties/RUS/outstanding-acknowledgements").json().get("items")).isEmpty();
    }

    private Http.Response multipart(String path, String digest) {
        String[][] fields = {{"id", "ru-views"}, {"fromParty", "RUS"}, {"title", "Russian views on military activity in cyberspace"},
                {"subject", "doctrine"}, {"language", "ru"}, {"marking", "UNCLASSIFIED"}, {"version", "1"},
                {"submittedOn", "2011-11-14"}, {"sha256", digest}};
        return new Http(port).as("RUS").multipart(path, fields, "ru.txt", RUSSIAN_PAPER);
    }

    private static String contact(String id, String party, String role, String channel, String value, String effectiveOn) {
        return """
                {"id": "%s", "party": "%s", "role": "%s", "office": "%s office", "channels": [{"type": "%s", "value": "%s"}],
                 "availability": {"always": true}, "languages": ["en"], "effectiveOn": "%s"}
                """.formatted(id, party, role, party, channel, value, effectiveOn);
    }

    private static Http.Response created(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static Http.Response ok(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
