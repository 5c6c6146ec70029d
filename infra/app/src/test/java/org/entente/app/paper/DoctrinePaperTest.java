package org.entente.app.paper;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.acknowledgement;
import static org.entente.api.fixtures.Requests.paper;
import static org.entente.api.fixtures.Requests.paperForm;
import static org.entente.api.fixtures.UsRussia2011.RUS_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * The exchange of papers on military views under the 2011 US-Russia arrangement, through HTTP: a paper
 * uploaded with its content or registered by its digest, each acknowledged by its addressee, and the
 * doctrine-exchange commitment fulfilled by the registry's policy with both papers as evidence.
 */
@EntenteApplicationTest
class DoctrinePaperTest {

    /** What the registry holds as the United States' paper when it is uploaded rather than registered by digest. */
    private static final byte[] US_PAPER_CONTENT = "Paper on United States military views on operating in cyberspace\n"
            .repeat(20).getBytes(StandardCharsets.UTF_8);

    @Autowired
    RestTestClient client;

    @Autowired
    MongoDatabase database;

    @LocalServerPort
    int port;

    private Api api;
    private String arrangement;
    private String papers;

    @BeforeEach
    void theArrangementWithItsDoctrineExchange() {
        api = new Api(client);
        Api usa = api.as("USA");
        arrangement = Stories.recorded(usa, UsRussia2011.TERMS);
        papers = "/api/arrangements/" + arrangement + "/papers";
        created(usa.post("/api/arrangements/" + arrangement + "/commitments", UsRussia2011.MILITARY_VIEWS.json()));
    }

    @Test
    void an_uploaded_paper_is_registered_with_the_digest_of_its_content() {
        created(uploadUsPaper(paperForm(UsRussia2011.usPaperSubmitted()), "us-views.txt"));

        JsonNode paper = listedPaper(US_PAPER);

        assertThat(paper.get("contentStored").asBoolean()).isTrue();
        assertThat(paper.get("sha256").asText()).isEqualTo(Api.sha256(US_PAPER_CONTENT));
        assertThat(paper.get("contentLength").asLong()).isEqualTo(US_PAPER_CONTENT.length);
        assertThat(paper.get("addressees")).extracting(JsonNode::asText).containsExactly("RUS");
    }

    @Test
    void an_uploaded_paper_without_an_id_gets_one_of_its_own_not_the_arrangements() {
        Map<String, String> form = new LinkedHashMap<>(paperForm(UsRussia2011.usPaperSubmitted()));
        form.remove("id");

        JsonNode written = created(uploadUsPaper(form, "us-views.txt")).json();

        assertThat(written.get("id").asText()).isNotEqualTo(arrangement).matches("[0-9a-f-]{36}");
        assertThat(listedPaper(written.get("id").asText()).get("sha256").asText()).isEqualTo(Api.sha256(US_PAPER_CONTENT));
    }

    @Test
    void an_uploaded_papers_content_is_downloaded_as_uploaded_with_its_digest() {
        created(uploadUsPaper(paperForm(UsRussia2011.usPaperSubmitted()), "us-views.txt"));

        // The download finds the paper through its read model, which follows the write shortly after.
        Api.Reply download = await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get(papers + "/" + US_PAPER + "/content"), reply -> reply.status() == 200);

        assertThat(download.bytes()).isEqualTo(US_PAPER_CONTENT);
        assertThat(download.header("ETag")).isEqualTo("\"" + Api.sha256(US_PAPER_CONTENT) + "\"");
        assertThat(download.header("Digest")).isEqualTo("sha-256="
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(Api.sha256(US_PAPER_CONTENT))));
    }

    @Test
    void a_paper_registered_by_its_digest_has_no_content_to_download() {
        created(api.as("RUS").post(papers, paper(UsRussia2011.rusPaperSubmitted())));

        JsonNode paper = listedPaper(RUS_PAPER);

        assertThat(paper.get("contentStored").asBoolean()).isFalse();
        assertThat(paper.get("sha256").asText()).isEqualTo(UsRussia2011.RUS_PAPER_SHA256);
        problem(404, api.get(papers + "/" + RUS_PAPER + "/content"));
    }

    @Test
    void an_acknowledged_exchange_fulfils_the_doctrine_commitment_by_policy() {
        long version = exchangeBothPapers();

        JsonNode view = ok(api.get("/api/arrangements/" + arrangement + "?minVersion=" + version)).json();

        JsonNode commitment = view.get("commitments").get(0);
        assertThat(commitment.get("status").asText()).isEqualTo("FULFILLED");
        assertThat(commitment.get("fulfilledByPolicy").asBoolean()).isTrue();
        assertThat(commitment.get("fulfilledOn").asText()).as("the last receipt").isEqualTo(UsRussia2011.USA_RECEIVED_RUS_PAPER.toString());
        assertThat(commitment.get("evidencePapers")).extracting(JsonNode::asText).containsExactly(US_PAPER, RUS_PAPER);
    }

    @Test
    void the_arrangement_lists_each_paper_with_its_addressees_and_who_acknowledged_it() {
        created(api.as("USA").post(papers, paper(UsRussia2011.usPaperSubmitted())));
        created(api.as("RUS").post(papers, paper(UsRussia2011.rusPaperSubmitted())));
        long version = ok(api.as("RUS").post(papers + "/" + US_PAPER + "/acknowledgements",
                acknowledgement(UsRussia2011.usPaperAcknowledged()))).json().get("version").asLong();

        JsonNode listed = ok(api.get("/api/arrangements/" + arrangement + "?minVersion=" + version)).json().get("papers");

        assertThat(listed).extracting(p -> p.get("id").asText()).containsExactly(US_PAPER, RUS_PAPER);
        assertThat(listed.get(0).get("addressees")).extracting(JsonNode::asText).containsExactly("RUS");
        assertThat(listed.get(0).get("acknowledgedBy")).extracting(JsonNode::asText).containsExactly("RUS");
        assertThat(listed.get(1).get("addressees")).extracting(JsonNode::asText).containsExactly("USA");
        assertThat(listed.get(1).get("acknowledgedBy")).isEmpty();
    }

    @Test
    void the_papers_show_each_receipt_with_its_date() {
        exchangeBothPapers();

        await("both papers show their receipt").untilAsserted(() -> assertThat(
                ok(api.get(papers)).json().get("items").findValues("outstanding")).hasSize(2).allSatisfy(o -> assertThat(o).isEmpty()));
        JsonNode us = ok(api.get(papers + "/" + US_PAPER)).json();
        JsonNode rus = ok(api.get(papers + "/" + RUS_PAPER)).json();
        assertThat(us.at("/acknowledgements/RUS").asText()).isEqualTo(UsRussia2011.RUS_RECEIVED_US_PAPER.toString());
        assertThat(rus.at("/acknowledgements/USA").asText()).isEqualTo(UsRussia2011.USA_RECEIVED_RUS_PAPER.toString());
    }

    @Test
    void an_addressee_sees_a_paper_as_outstanding_until_it_acknowledges_receipt() {
        created(api.as("USA").post(papers, paper(UsRussia2011.usPaperSubmitted())));
        await("Russia's outstanding acknowledgement is listed").untilAsserted(() ->
                assertThat(api.outstandingAcknowledgements("RUS", arrangement)).containsExactly(US_PAPER));
        assertThat(api.outstandingAcknowledgements("USA", arrangement)).as("the sender owes no receipt").isEmpty();

        ok(api.as("RUS").post(papers + "/" + US_PAPER + "/acknowledgements", acknowledgement(UsRussia2011.usPaperAcknowledged())));

        await("Russia has nothing left to acknowledge").untilAsserted(() ->
                assertThat(api.outstandingAcknowledgements("RUS", arrangement)).isEmpty());
    }

    @Test
    void receipt_is_acknowledged_once() {
        exchangeBothPapers();

        JsonNode again = problem(409, api.as("USA").post(papers + "/" + RUS_PAPER + "/acknowledgements",
                acknowledgement(new DoctrinePaperReceiptAcknowledged(arrangement, RUS_PAPER, "USA",
                        UsRussia2011.USA_RECEIVED_RUS_PAPER.plusDays(1)))));

        assertThat(again.get("code").asText()).isEqualTo("RECEIPT_ALREADY_ACKNOWLEDGED");
    }

    @Test
    void an_acknowledgement_sent_again_for_the_same_day_is_a_retry_answering_the_current_version() {
        long version = exchangeBothPapers();

        Api.Reply again = ok(api.as("USA").post(papers + "/" + RUS_PAPER + "/acknowledgements",
                acknowledgement(UsRussia2011.rusPaperAcknowledged())));

        assertThat(again.json().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void the_sender_is_no_addressee() {
        created(api.as("RUS").post(papers, paper(UsRussia2011.rusPaperSubmitted())));

        JsonNode refused = problem(422, api.as("RUS").post(papers + "/" + RUS_PAPER + "/acknowledgements",
                acknowledgement(new DoctrinePaperReceiptAcknowledged(arrangement, RUS_PAPER, "RUS", UsRussia2011.USA_RECEIVED_RUS_PAPER))));

        assertThat(refused.get("code").asText()).isEqualTo("NOT_AN_ADDRESSEE");
    }

    @Test
    void a_receipt_dated_before_the_papers_submission_is_refused() {
        created(api.as("USA").post(papers, paper(UsRussia2011.usPaperSubmitted())));

        JsonNode refused = problem(422, api.as("RUS").post(papers + "/" + US_PAPER + "/acknowledgements",
                acknowledgement(new DoctrinePaperReceiptAcknowledged(arrangement, US_PAPER, "RUS",
                        UsRussia2011.US_PAPER_HANDED_OVER.minusDays(1)))));

        assertThat(refused.get("code").asText()).isEqualTo("RECEIPT_BEFORE_SUBMISSION");
        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("receivedOn");
    }

    @Test
    void a_paper_addressed_to_nobody_is_refused() {
        String toNobody = paper(UsRussia2011.usPaperSubmitted()).replace("\"to\": [\"RUS\"]", "\"to\": []");

        JsonNode refused = problem(422, api.as("USA").post(papers, toNobody));

        assertThat(refused.get("code").asText()).isEqualTo("NO_ADDRESSEE");
    }

    @Test
    void a_wrong_digest_is_refused_and_the_uploaded_content_is_not_kept() {
        String fileName = Unique.id("wrong-digest") + ".txt";
        Map<String, String> form = new LinkedHashMap<>(paperForm(UsRussia2011.usPaperSubmitted()));
        form.put("sha256", "cd".repeat(32));

        JsonNode refused = problem(422, uploadUsPaper(form, fileName));

        assertThat(refused.get("code").asText()).isEqualTo("INVALID_DIGEST");
        assertThat(database.getCollection("paper_content.files").countDocuments(Filters.eq("filename", fileName))).isZero();
        problem(404, api.get(papers + "/" + US_PAPER));
    }

    @Test
    void an_identical_upload_sent_again_is_a_retry_and_the_content_is_kept_once() {
        String fileName = Unique.id("retried") + ".txt";
        Api.Reply first = created(uploadUsPaper(paperForm(UsRussia2011.usPaperSubmitted()), fileName));

        Api.Reply again = created(uploadUsPaper(paperForm(UsRussia2011.usPaperSubmitted()), fileName));

        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(database.getCollection("paper_content.files").countDocuments(Filters.eq("filename", fileName))).isEqualTo(1);
        assertThat(listedPaper(US_PAPER).get("sha256").asText()).isEqualTo(Api.sha256(US_PAPER_CONTENT));
    }

    @Test
    void other_content_uploaded_under_a_submitted_papers_id_is_refused_and_not_kept() {
        created(uploadUsPaper(paperForm(UsRussia2011.usPaperSubmitted()), Unique.id("first") + ".txt"));
        String otherFile = Unique.id("other") + ".txt";

        JsonNode refused = problem(409, api.as("USA").multipart(papers, paperForm(UsRussia2011.usPaperSubmitted()), otherFile,
                "Another text altogether".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.get("code").asText()).isEqualTo("PAPER_ALREADY_SUBMITTED");
        assertThat(database.getCollection("paper_content.files").countDocuments(Filters.eq("filename", otherFile))).isZero();
    }

    @Test
    void content_over_the_size_limit_is_refused_with_413() throws Exception {
        // The configured limit of a paper's content is 25 MB.
        byte[] tooBig = new byte[25 * 1024 * 1024 + 1];

        HttpResponse<String> refused = streamedUpload(paperForm(UsRussia2011.usPaperSubmitted()), "too-big.bin", tooBig);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    /** Both first papers by digest, each acknowledged by its addressee as the fixture tells; answers the last version. */
    private long exchangeBothPapers() {
        created(api.as("USA").post(papers, paper(UsRussia2011.usPaperSubmitted())));
        created(api.as("RUS").post(papers, paper(UsRussia2011.rusPaperSubmitted())));
        ok(api.as("RUS").post(papers + "/" + US_PAPER + "/acknowledgements", acknowledgement(UsRussia2011.usPaperAcknowledged())));
        return ok(api.as("USA").post(papers + "/" + RUS_PAPER + "/acknowledgements",
                acknowledgement(UsRussia2011.rusPaperAcknowledged()))).json().get("version").asLong();
    }

    /** The paper as the papers endpoint lists it, once the projection has it. */
    private JsonNode listedPaper(String paperId) {
        await("paper " + paperId + " is listed").until(() -> api.get(papers + "/" + paperId).status() == 200);
        return ok(api.get(papers + "/" + paperId)).json();
    }

    private Api.Reply uploadUsPaper(Map<String, String> form, String fileName) {
        return api.as("USA").multipart(papers, form, fileName, US_PAPER_CONTENT);
    }

    /**
     * A multipart upload streamed without announcing its length, as a browser streams a large file. The server
     * then reads the content until it outgrows the limit, and answers once the little that is left has arrived.
     * Announced, a length over the limit is refused before anything is read, and the server closes the
     * connection on a client still sending its 25 MB: which of the answer and the broken pipe the client sees
     * first is luck. {@link Api} announces lengths, hence the JDK's client here, signed in as the sender's registrar.
     */
    private HttpResponse<String> streamedUpload(Map<String, String> fields, String fileName, byte[] content) throws Exception {
        String boundary = "entente-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"content\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String sender = Users.registrarOf(fields.get("fromParty"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + papers))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(HttpHeaders.AUTHORIZATION,
                        "Basic " + HttpHeaders.encodeBasicAuth(sender, Users.passwordOf(sender), StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List.of(
                        new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayInputStream(content), new ByteArrayInputStream(tail))))))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
