package org.entente.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.app.support.Await;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.MongoDatabase;
import org.entente.app.support.Http;

import java.net.http.HttpResponse;
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
 * The paper exchange of the 2011 US–Russia arrangement through HTTP: one paper uploaded with its
 * content, one registered by digest, both acknowledged, and the doctrine-exchange commitment
 * fulfilled by the registry's policy with both papers as evidence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DoctrinePaperTest {

    private static final String PAPERS = "/api/arrangements/" + BILATERAL + "/papers";
    private static final byte[] US_PAPER = "Paper on United States military views on operating in cyberspace"
            .repeat(20).getBytes(StandardCharsets.UTF_8);

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-papers");
        registry.add("spring.servlet.multipart.max-file-size", () -> "4KB");
        registry.add("spring.servlet.multipart.max-request-size", () -> "8KB");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    Http http;

    @BeforeEach
    void arrangement() {
        http = new Http(port);
        assertThat(http.post("/api/arrangements", bilateral()).status()).isEqualTo(201);
    }

    @Test
    void an_acknowledged_exchange_fulfils_the_doctrine_commitment_by_policy() {
        assertThat(http.post("/api/arrangements/" + BILATERAL + "/commitments", commitment("military-views",
                "Exchange papers on military views", "DOCTRINE_EXCHANGE", "\"USA\", \"RUS\"", "2011-12-31")).status())
                .isIn(201);
        Http.Response usPaper = multipart("us-views", "USA", sha256(US_PAPER), US_PAPER);
        assertThat(usPaper.status()).as(usPaper.toString()).isEqualTo(201);
        Http.Response ruPaper = http.as("RUS").post(PAPERS, """
                {"id": "ru-views", "fromParty": "RUS", "title": "Russian military views on cyberspace", "subject": "doctrine",
                 "language": "ru", "marking": "UNCLASSIFIED", "version": "1", "submittedOn": "2011-11-20",
                 "sha256": "%s"}
                """.formatted("ab".repeat(32)));
        assertThat(ruPaper.status()).as(ruPaper.toString()).isEqualTo(201);

        assertThat(http.as("RUS").post(PAPERS + "/us-views/acknowledgements", "{\"party\": \"RUS\", \"receivedOn\": \"2011-11-25\"}").status()).isEqualTo(200);
        Http.Response last = http.as("USA").post(PAPERS + "/ru-views/acknowledgements", "{\"party\": \"USA\", \"receivedOn\": \"2011-12-02\"}");
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        assertThat(http.as("USA").post(PAPERS + "/ru-views/acknowledgements", "{\"party\": \"USA\", \"receivedOn\": \"2011-12-03\"}").status())
                .as("acknowledged once").isEqualTo(409);
        assertThat(http.as("RUS").post(PAPERS + "/ru-views/acknowledgements", "{\"party\": \"RUS\", \"receivedOn\": \"2011-12-03\"}").status())
                .as("the sender is no addressee").isEqualTo(422);

        JsonNode view = http.get("/api/arrangements/" + BILATERAL + "?minVersion=" + last.json().get("version").asLong()).json();
        JsonNode commitment = view.get("commitments").get(0);
        assertThat(commitment.get("status").asText()).isEqualTo("FULFILLED");
        assertThat(commitment.get("fulfilledByPolicy").asBoolean()).isTrue();
        assertThat(commitment.get("fulfilledOn").asText()).isEqualTo("2011-12-02");
        assertThat(commitment.get("evidencePapers")).extracting(JsonNode::asText).containsExactly("us-views", "ru-views");
        assertThat(view.get("papers")).extracting(p -> p.get("id").asText()).containsExactlyInAnyOrder("us-views", "ru-views");

        Await.until("the papers show both acknowledgements", Duration.ofSeconds(10),
                () -> http.get(PAPERS).json().get("items").findValues("outstanding").stream().allMatch(JsonNode::isEmpty));
        JsonNode us = http.get(PAPERS + "/us-views").json();
        assertThat(us.get("contentStored").asBoolean()).isTrue();
        assertThat(us.get("sha256").asText()).isEqualTo(sha256(US_PAPER));
        assertThat(us.at("/acknowledgements/RUS").asText()).isEqualTo("2011-11-25");

        HttpResponse<byte[]> download = get(PAPERS + "/us-views/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(US_PAPER);
        assertThat(download.headers().firstValue("ETag")).contains("\"" + sha256(US_PAPER) + "\"");
        assertThat(download.headers().firstValue("Digest").orElseThrow()).startsWith("sha-256=");
        assertThat(get(PAPERS + "/ru-views/content").statusCode()).as("digest only: no content").isEqualTo(404);
    }

    @Test
    void a_wrong_digest_is_refused_and_nothing_is_stored() {
        long filesBefore = database.getCollection("paper_content.files").countDocuments();
        Http.Response wrong = multipart("wrong-digest", "USA", "cd".repeat(32), US_PAPER);
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(wrong.json().get("code").asText()).isEqualTo("INVALID_DIGEST");
        assertThat(database.getCollection("paper_content.files").countDocuments()).isEqualTo(filesBefore);
        assertThat(database.getCollection("paper_content.chunks").countDocuments(
                new org.bson.Document("files_id", "wrong-digest"))).isZero();
        assertThat(http.get(PAPERS + "/wrong-digest").status()).isEqualTo(404);
    }

    @Test
    void content_over_the_size_limit_is_refused_with_413() {
        byte[] big = new byte[6 * 1024];
        Http.Response tooBig = multipart("too-big", "USA", sha256(big), big);
        assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(413);
        assertThat(tooBig.isProblem()).isTrue();
    }

    private Http.Response multipart(String id, String fromParty, String sha256, byte[] content) {
        String[][] fields = {{"id", id}, {"fromParty", fromParty}, {"title", "Military views on cyberspace"},
                {"subject", "doctrine"}, {"language", "en"}, {"marking", "UNCLASSIFIED"}, {"version", "1"},
                {"submittedOn", "2011-11-15"}, {"sha256", sha256}};
        return http.as(fromParty).multipart(PAPERS, fields, "paper.txt", content);
    }

    private HttpResponse<byte[]> get(String path) {
        return http.getBytes(path);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
