package org.entente.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.mongo.ReadModelCollections;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.RawHttp;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every malformed or rule-breaking request, endpoint by endpoint, is answered with a 4xx problem
 * document, and leaves the arrangement it aims at exactly as it was: its stored events and its view.
 * The registry is shared with other tests, so nothing outside that arrangement is compared. Every request
 * comes from someone who may make it, so that what is refused is the request itself: reads from the
 * auditor, writes from the registrar of the United States, a party to the arrangement that owes its
 * commitment. Requests a client library would not send as written (bad percent-encodings, wildcard or
 * broken content types, oversized headers, broken multipart bodies) go over a plain socket.
 */
@EntenteApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    /** The 2011 US-Russia joint statement with its CERT exchange commitment, under an id of this class. */
    private static final String TARGET = Unique.id(UsRussia2011.ID);
    private static final String UNKNOWN = Unique.id("never-recorded");
    private static final String ARRANGEMENTS = "/api/arrangements";
    private static final String A = ARRANGEMENTS + "/" + TARGET;
    private static final String C = A + "/commitments/" + UsRussia2011.CERT_EXCHANGE.id();
    private static final String JSON = "application/json";

    /** Java's names for things, which no problem document may show a client. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(java|javax|jakarta|org|com|tools)\\.[a-z]|\\b(LocalDate|Instant|UUID|String|Long|Integer|Boolean|ArrayList|"
                    + "ArrangementStatus|Instrument|CommitmentCategory|ContactRole|ChannelType|CheckStatus|CommitmentStatus)\\b|"
                    + "Exception|\\tat ");
    private static final String MULTIPART = "multipart/form-data; boundary=XyZ";
    private static final String MEGABYTE_OF_TEXT = "{\"text\": \"" + "a".repeat(1 << 20) + "\", \"category\": \"OTHER\", \"owedBy\": [\"USA\"]}";

    /** Every write of the API that reads JSON, on the target or on things under it that need not exist. */
    private static final List<String[]> JSON_WRITES = List.of(
            new String[]{"POST", ARRANGEMENTS}, new String[]{"PATCH", A}, new String[]{"POST", A + "/status"},
            new String[]{"POST", A + "/commitments"}, new String[]{"POST", C + "/progress"},
            new String[]{"POST", C + "/fulfilment"}, new String[]{"POST", C + "/withdrawal"},
            new String[]{"POST", C + "/deadline"}, new String[]{"POST", A + "/contacts"},
            new String[]{"PATCH", A + "/contacts/nope"}, new String[]{"POST", A + "/contacts/nope/retirement"},
            new String[]{"POST", A + "/contacts/nope/checks"}, new String[]{"POST", "/api/checks/nope/answer"},
            new String[]{"POST", A + "/papers/nope/acknowledgements"}, new String[]{"POST", A + "/papers/nope/supersession"});

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    ReadModelCollections readModels;

    Api api;
    Api usa;

    @BeforeAll
    void target() {
        api = new Api(client);
        usa = api.as("USA");
        created(usa.post(ARRANGEMENTS, UsRussia2011.json(TARGET)));
        created(usa.post(A + "/commitments", UsRussia2011.CERT_EXCHANGE.json()));
        // The view has folded both events: from here on nothing changes it but an event of the target.
        ok(api.get(A + "?minVersion=2"));
    }

    /** POST /api/arrangements. */
    static Stream<Arguments> recordings() {
        return Stream.of(
                arguments("malformed JSON", "POST", ARRANGEMENTS, JSON, "{\"title\": ", 400, null),
                arguments("empty body", "POST", ARRANGEMENTS, JSON, "", 400, null),
                arguments("JSON array instead of object", "POST", ARRANGEMENTS, JSON, "[1, 2]", 400, null),
                arguments("unknown instrument", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"TREATY\", \"parties\": [\"USA\", \"RUS\"]}", 400, "instrument"),
                arguments("missing title", "POST", ARRANGEMENTS, JSON, "{\"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"]}", 400, "title"),
                arguments("blank title", "POST", ARRANGEMENTS, JSON, "{\"title\": \"  \", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"]}", 400, "title"),
                arguments("missing parties", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\"}", 400, "parties"),
                arguments("parties not a list", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": 7}", 400, "parties"),
                arguments("one party", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\"]}", 422, "parties"),
                arguments("unknown party code", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"QQQ\"]}", 422, "parties[1]"),
                arguments("party twice", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"USA\"]}", 422, "parties[1]"),
                arguments("recorded as suspended", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"], \"status\": \"SUSPENDED\"}", 422, "status"),
                arguments("impossible date", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"], \"concludedOn\": \"2011-13-45\"}", 400, "concludedOn"),
                arguments("date as a number", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"], \"concludedOn\": 12}", 400, "concludedOn"),
                arguments("title as a number", "POST", ARRANGEMENTS, JSON, "{\"title\": 123, \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"]}", 400, "title"),
                arguments("id with spaces", "POST", ARRANGEMENTS, JSON, "{\"id\": \"bad id!\", \"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"]}", 400, "id"),
                arguments("source URL not http", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"], \"source\": {\"title\": \"s\", \"url\": \"ftp://x\"}}", 400, "source.url"),
                arguments("existing id, other content", "POST", ARRANGEMENTS, JSON, UsRussia2011.json(TARGET).replace(UsRussia2011.TITLE, "Other"), 409, "id"),
                arguments("plain text body", "POST", ARRANGEMENTS, "text/plain", "title=t", 415, null),
                arguments("title with a lone surrogate", "POST", ARRANGEMENTS, JSON, "{\"title\": \"Cyber \\ud800\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"]}", 400, "title"),
                arguments("party code with a lone surrogate", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"\\udc00\"]}", 400, "parties[1]"),
                arguments("source title with a reversed surrogate pair", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"RUS\"], \"source\": {\"title\": \"\\udc00\\ud800\"}}", 400, "source.title"));
    }

    /** GET /api/arrangements and /api/arrangements/{id}. */
    static Stream<Arguments> listsAndReads() {
        return Stream.of(
                arguments("unknown status filter", "GET", ARRANGEMENTS + "?status=BOGUS", null, null, 400, "status"),
                arguments("page size zero", "GET", ARRANGEMENTS + "?size=0", null, null, 400, "size"),
                arguments("negative page", "GET", ARRANGEMENTS + "?page=-1", null, null, 400, "page"),
                arguments("unknown party filter", "GET", ARRANGEMENTS + "?party=QQQ", null, null, 400, "party"),
                arguments("unknown arrangement", "GET", ARRANGEMENTS + "/" + UNKNOWN, null, null, 404, null),
                arguments("unknown arrangement with minVersion", "GET", ARRANGEMENTS + "/" + UNKNOWN + "?minVersion=1", null, null, 404, null),
                arguments("minVersion zero", "GET", A + "?minVersion=0", null, null, 400, "minVersion"),
                arguments("minVersion not a number", "GET", A + "?minVersion=abc", null, null, 400, "minVersion"),
                arguments("unknown commitment", "GET", A + "/commitments/nope", null, null, 404, null));
    }

    /** POST /api/arrangements/{id}/status and PATCH /api/arrangements/{id}. */
    static Stream<Arguments> statusChangesAndAmendments() {
        return Stream.of(
                arguments("status of unknown arrangement", "POST", ARRANGEMENTS + "/" + UNKNOWN + "/status", JSON, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\"}", 404, null),
                arguments("back to negotiating", "POST", A + "/status", JSON, "{\"status\": \"NEGOTIATING\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\"}", 409, "status"),
                arguments("status without reason", "POST", A + "/status", JSON, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2012-01-01\"}", 400, "reason"),
                arguments("status without date", "POST", A + "/status", JSON, "{\"status\": \"SUSPENDED\", \"reason\": \"r\"}", 400, "effectiveOn"),
                arguments("status before conclusion", "POST", A + "/status", JSON, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2010-01-01\", \"reason\": \"r\"}", 422, "effectiveOn"),
                arguments("status in the future", "POST", A + "/status", JSON, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2999-01-01\", \"reason\": \"r\"}", 422, "effectiveOn"),
                arguments("amendment changing nothing", "PATCH", A, JSON, "{}", 422, null),
                arguments("amendment with blank title", "PATCH", A, JSON, "{\"title\": \" \"}", 400, "title"),
                arguments("amendment with a lone surrogate", "PATCH", A, JSON, "{\"title\": \"\\ud800\"}", 400, "title"));
    }

    /** The commitments of an arrangement. */
    static Stream<Arguments> commitmentRequests() {
        return Stream.of(
                arguments("commitment owed by a non-party", "POST", A + "/commitments", JSON, "{\"text\": \"t\", \"category\": \"OTHER\", \"owedBy\": [\"FRA\"]}", 422, "owedBy[0]"),
                arguments("commitment owed by nobody", "POST", A + "/commitments", JSON, "{\"text\": \"t\", \"category\": \"OTHER\", \"owedBy\": []}", 422, "owedBy"),
                arguments("commitment with unknown category", "POST", A + "/commitments", JSON, "{\"text\": \"t\", \"category\": \"PROMISE\", \"owedBy\": [\"USA\"]}", 400, "category"),
                arguments("commitment without text", "POST", A + "/commitments", JSON, "{\"category\": \"OTHER\", \"owedBy\": [\"USA\"]}", 400, "text"),
                arguments("commitment text with a lone surrogate", "POST", A + "/commitments", JSON, "{\"text\": \"by year's end \\ud83d\", \"category\": \"OTHER\", \"owedBy\": [\"USA\"]}", 400, "text"),
                arguments("commitment due before conclusion", "POST", A + "/commitments", JSON, "{\"text\": \"t\", \"category\": \"OTHER\", \"owedBy\": [\"USA\"], \"dueBy\": \"2001-01-01\"}", 422, "dueBy"),
                arguments("commitment on unknown arrangement", "POST", ARRANGEMENTS + "/" + UNKNOWN + "/commitments", JSON, "{\"text\": \"t\", \"category\": \"OTHER\", \"owedBy\": [\"USA\"]}", 404, null),
                arguments("progress on unknown commitment", "POST", A + "/commitments/nope/progress", JSON, "{\"note\": \"n\"}", 404, null),
                arguments("progress without note", "POST", C + "/progress", JSON, "{\"effectiveOn\": \"2012-01-01\"}", 400, "note"),
                arguments("fulfilment without date", "POST", C + "/fulfilment", JSON, "{\"evidence\": \"e\"}", 400, "fulfilledOn"),
                arguments("fulfilment before conclusion", "POST", C + "/fulfilment", JSON, "{\"fulfilledOn\": \"2011-01-01\"}", 422, "fulfilledOn"),
                arguments("fulfilment in the future", "POST", C + "/fulfilment", JSON, "{\"fulfilledOn\": \"2999-01-01\"}", 422, "fulfilledOn"),
                arguments("withdrawal without reason", "POST", C + "/withdrawal", JSON, "{}", 400, "reason"),
                arguments("deadline unchanged", "POST", C + "/deadline", JSON, "{\"dueBy\": \"2011-12-31\", \"reason\": \"r\"}", 409, "dueBy"),
                arguments("deadline without reason", "POST", C + "/deadline", JSON, "{\"dueBy\": \"2012-12-31\"}", 400, "reason"),
                arguments("deadline move effective in the future", "POST", C + "/deadline", JSON, "{\"dueBy\": \"2012-12-31\", \"reason\": \"r\", \"effectiveOn\": \"2999-01-01\"}", 422, "effectiveOn"),
                arguments("deadline move effective as a number", "POST", C + "/deadline", JSON, "{\"dueBy\": \"2012-12-31\", \"reason\": \"r\", \"effectiveOn\": 20120101}", 400, "effectiveOn"),
                arguments("commitment agreed before conclusion", "POST", A + "/commitments", JSON, "{\"text\": \"t\", \"category\": \"OTHER\", \"owedBy\": [\"USA\"], \"agreedOn\": \"2001-01-01\"}", 422, "agreedOn"),
                arguments("commitment agreed on no date", "POST", A + "/commitments", JSON, "{\"text\": \"t\", \"category\": \"OTHER\", \"owedBy\": [\"USA\"], \"agreedOn\": \"soon\"}", 400, "agreedOn"));
    }

    /** A party's commitments, and routes the API does not have. */
    static Stream<Arguments> partyQueriesAndRoutes() {
        return Stream.of(
                arguments("unknown party", "GET", "/api/parties/QQQ/commitments", null, null, 404, null),
                arguments("unknown commitment status", "GET", "/api/parties/USA/commitments?status=NOPE", null, null, 400, "status"),
                arguments("overdue not a boolean", "GET", "/api/parties/USA/commitments?overdue=maybe", null, null, 400, "overdue"),
                arguments("unknown route", "GET", "/api/nothing-here", null, null, 404, null),
                arguments("wrong method", "DELETE", A, null, null, 405, null));
    }

    @ParameterizedTest(name = "{0} → {5}")
    @MethodSource({"recordings", "listsAndReads", "statusChangesAndAmendments", "commitmentRequests", "partyQueriesAndRoutes"})
    void a_bad_request_gets_a_problem_document_and_changes_nothing(
            String name, String method, String path, String contentType, String body, int expectedStatus, String badField) {
        List<Document> commitsBefore = storedCommitsOfTheTarget();
        Document viewBefore = viewOfTheTarget();

        Api.Reply response = (method.equals("GET") ? api : usa).send(method, path, contentType, body);

        JsonNode problem = problem(expectedStatus, response);
        assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(problem.hasNonNull("type")).as(response.toString()).isTrue();
        assertThat(problem.hasNonNull("title")).as(response.toString()).isTrue();
        assertThat(problem.hasNonNull("detail")).as(response.toString()).isTrue();
        if (badField != null) {
            assertThat(problem.get("errors")).as(response.toString()).isNotNull();
            assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).as(response.toString()).contains(badField);
        }
        assertThat(response.body()).as("no Java names in the answer").doesNotContainPattern(INTERNALS);
        assertThat(storedCommitsOfTheTarget()).as("the target's stored events unchanged").isEqualTo(commitsBefore);
        assertThat(viewOfTheTarget()).as("the target's view unchanged").isEqualTo(viewBefore);
    }

    /** Content types a JSON write cannot read: a multipart body, with or without its boundary, and wildcards. */
    static Stream<Arguments> contentTypes() {
        Stream<Arguments> everyJsonWrite = JSON_WRITES.stream().flatMap(write -> Stream.of(
                arguments("multipart without a boundary on " + write[0] + " " + write[1],
                        RawHttp.Request.of(write[0], write[1]).body("multipart/form-data", "{}"), 415, "unsupported-media-type", null),
                arguments("*/* on " + write[0] + " " + write[1],
                        RawHttp.Request.of(write[0], write[1]).body("*/*", "{}"), 415, "unsupported-media-type", null)));
        return Stream.concat(everyJsonWrite, Stream.of(
                arguments("application/* on a recording", RawHttp.Request.of("POST", ARRANGEMENTS).body("application/*", "{}"), 415, "unsupported-media-type", null),
                arguments("*/* on a paper", RawHttp.Request.of("POST", A + "/papers").body("*/*", "{}"), 415, "unsupported-media-type", null),
                arguments("a Content-Type that is no media type", RawHttp.Request.of("POST", ARRANGEMENTS).body("json", "{}"), 400, "malformed-request", null),
                arguments("a form whose field names hold line breaks, on a JSON write", RawHttp.Request.of("POST", ARRANGEMENTS)
                        .body("application/x-www-form-urlencoded", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"),
                        400, "malformed-request", null),
                arguments("a multipart body on a JSON write", RawHttp.Request.of("POST", A + "/status").body(MULTIPART, upload("a.txt") + "--XyZ--\r\n"), 415, "unsupported-media-type", null)));
    }

    /** POST /api/arrangements/{id}/papers with a multipart body that cannot be read. */
    static Stream<Arguments> uploads() {
        String parts = upload("views.txt");
        String papers = A + "/papers";
        return Stream.of(
                arguments("multipart without a boundary", RawHttp.Request.of("POST", papers).body("multipart/form-data", parts + "--XyZ--\r\n"), 400, "malformed-body", null),
                arguments("multipart with an empty boundary", RawHttp.Request.of("POST", papers).body("multipart/form-data; boundary=", parts + "--XyZ--\r\n"), 400, "malformed-request", null),
                arguments("multipart with a 5,000-character boundary", RawHttp.Request.of("POST", papers).body("multipart/form-data; boundary=" + "b".repeat(5000), parts + "--XyZ--\r\n"), 400, "malformed-body", null),
                arguments("a truncated multipart body", RawHttp.Request.of("POST", papers).body(MULTIPART, parts.substring(0, parts.length() / 2)), 400, "malformed-body", null),
                arguments("a multipart body without its closing delimiter", RawHttp.Request.of("POST", papers).body(MULTIPART, parts), 400, "malformed-body", null),
                arguments("NUL in the file name", RawHttp.Request.of("POST", papers).body(MULTIPART, upload("views\u0000.txt") + "--XyZ--\r\n"), 400, "malformed-body", null),
                arguments("a control character in the file name", RawHttp.Request.of("POST", papers).body(MULTIPART, upload("views\u0001.txt") + "--XyZ--\r\n"), 400, "invalid-request", "content"),
                arguments("a file name of 300 characters", RawHttp.Request.of("POST", papers).body(MULTIPART, upload("v".repeat(300)) + "--XyZ--\r\n"), 400, "invalid-request", "content"),
                arguments("a form field with a control character", RawHttp.Request.of("POST", papers).body(MULTIPART, upload("views.txt").replace("Military views", "Military\u0007views") + "--XyZ--\r\n"), 400, "invalid-request", "title"),
                arguments("a form date with spaces around it", RawHttp.Request.of("POST", papers).body(MULTIPART, formField("submittedOn", " 2011-09-01 ") + upload("views.txt") + "--XyZ--\r\n"), 400, "invalid-request", "submittedOn"));
    }

    /** Requests Tomcat itself cannot read, or that this API does not accept as written. */
    static Stream<Arguments> unreadableRequests() {
        Stream<Arguments> badIds = Stream.of("%2F", "%00", "%ZZ", "%C0%AF", "%FF", "..%2f", "%2e%2e%2f").flatMap(bad -> Stream.of(
                arguments("id with " + bad + " read", RawHttp.Request.of("GET", A + bad + "x"), 400, "malformed-request", null),
                arguments("id with " + bad + " written", RawHttp.Request.of("POST", A + bad + "x/status").body("application/json", "{}"), 400, "malformed-request", null)));
        RawHttp.Request manyHeaders = RawHttp.Request.of("GET", A);
        for (int i = 0; i < 200; i++) {
            manyHeaders = manyHeaders.header("X-Header-" + i, "value");
        }
        return Stream.concat(badIds, Stream.of(
                arguments("header over 8 KB", RawHttp.Request.of("GET", A).header("X-Big", "a".repeat(9000)), 400, "malformed-request", null),
                arguments("200 headers", manyHeaders, 400, "malformed-request", null),
                arguments("TRACE", RawHttp.Request.of("TRACE", A), 405, "method-not-allowed", null),
                arguments("HTTP/1.2", RawHttp.Request.of("GET", A).version("HTTP/1.2"), 400, "malformed-request", null),
                arguments("HTTP/2.0 without its preface", RawHttp.Request.of("POST", A + "/status").version("HTTP/2.0").body("application/json", "{}"), 400, "malformed-request", null),
                arguments("a transfer coding Tomcat does not implement", RawHttp.Request.of("POST", A + "/status").header("Transfer-Encoding", "gzip, chunked").body("application/json", "{}"), 400, "malformed-request", null),
                arguments("two Content-Lengths", RawHttp.Request.of("POST", A + "/status").header("Content-Length", "7").body("application/json", "{}"), 400, "malformed-request", null),
                arguments("a header name with a space", RawHttp.Request.of("GET", A).header("Bad Name", "v"), 400, "malformed-request", null),
                arguments("NUL in a header value", RawHttp.Request.of("GET", A).header("X-Nul", "a\u0000b"), 400, "malformed-request", null),
                arguments("TRACE on an unknown path", RawHttp.Request.of("TRACE", "/api/nothing"), 405, "method-not-allowed", null),
                arguments("jsessionid path parameter on a read", RawHttp.Request.of("GET", A + ";jsessionid=x"), 400, "malformed-request", null),
                arguments("path parameter on a write", RawHttp.Request.of("POST", A + ";v=1/status").body("application/json", "{}"), 400, "malformed-request", null),
                arguments("path parameter on the collection", RawHttp.Request.of("POST", ARRANGEMENTS + ";jsessionid=x").body("application/json", UsRussia2011.json(Unique.id("never"))), 400, "malformed-request", null),
                arguments("control character in an id", RawHttp.Request.of("POST", ARRANGEMENTS + "/x%01y/status").body("application/json", "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\"}"), 400, "invalid-request", "id"),
                arguments("bad percent-encoding in the query", RawHttp.Request.of("GET", ARRANGEMENTS + "?q=%ZZ"), 400, "malformed-request", null),
                arguments("control character in the query", RawHttp.Request.of("GET", ARRANGEMENTS + "?q=a%00b"), 400, "invalid-request", "q"),
                arguments("the container's error page asked for directly", RawHttp.Request.of("GET", "/error"), 404, "not-found", null)));
    }

    /** Values a lenient reader would have taken for something the client did not write. */
    static Stream<Arguments> lenientInput() {
        String status = A + "/status";
        String json = "application/json";
        return Stream.of(
                arguments("enum with a trailing space", post(status, "{\"status\": \"SUSPENDED \", \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\"}"), 400, "invalid-request", "status"),
                arguments("enum in lower case", post(status, "{\"status\": \"suspended\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\"}"), 400, "invalid-request", "status"),
                arguments("enum as its position", post(status, "{\"status\": 2, \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\"}"), 400, "invalid-request", "status"),
                arguments("enum as []", post(status, "{\"status\": [], \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\"}"), 400, "invalid-request", "status"),
                arguments("date as an array", post(status, "{\"status\": \"SUSPENDED\", \"effectiveOn\": [2012, 1, 1], \"reason\": \"r\"}"), 400, "invalid-request", "effectiveOn"),
                arguments("date with spaces around it", post(status, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \" 2012-01-01 \", \"reason\": \"r\"}"), 400, "invalid-request", "effectiveOn"),
                arguments("date as days since 1970", post(status, "{\"status\": \"SUSPENDED\", \"effectiveOn\": 15340, \"reason\": \"r\"}"), 400, "invalid-request", "effectiveOn"),
                arguments("date as []", post(C + "/fulfilment", "{\"fulfilledOn\": []}"), 400, "invalid-request", "fulfilledOn"),
                arguments("date as an empty string", post(C + "/fulfilment", "{\"fulfilledOn\": \"\"}"), 400, "invalid-request", "fulfilledOn"),
                arguments("date in the year 10000", post(C + "/fulfilment", "{\"fulfilledOn\": \"+10000-01-01\"}"), 400, "invalid-request", "fulfilledOn"),
                arguments("text as []", post(status, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2012-01-01\", \"reason\": []}"), 400, "invalid-request", "reason"),
                arguments("object as []", RawHttp.Request.of("PATCH", A).body(json, "{\"source\": []}"), 400, "invalid-request", "source"),
                arguments("object as an empty string", RawHttp.Request.of("PATCH", A).body(json, "{\"source\": \"\"}"), 400, "invalid-request", "source"),
                arguments("a field given twice", post(status, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\", \"reason\": \"s\"}"), 400, "invalid-request", "reason"),
                arguments("a nested field given twice", RawHttp.Request.of("PATCH", A).body(json, "{\"source\": {\"title\": \"a\", \"title\": \"b\"}}"), 400, "invalid-request", "source.title"),
                arguments("a field the request does not have", post(status, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\", \"force\": true}"), 400, "invalid-request", "force"),
                arguments("something after the JSON document", post(status, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\"} []"), 400, "malformed-body", null),
                arguments("NUL in text", post(status, "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2012-01-01\", \"reason\": \"r\\u0000\"}"), 400, "invalid-request", "reason"),
                arguments("escape character in a list element", RawHttp.Request.of("POST", ARRANGEMENTS).body(json, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"R\\u001bUS\"]}"), 400, "invalid-request", "parties[1]"),
                arguments("boolean as text", post(A + "/contacts", designation("\"true\"")), 400, "invalid-request", "availability.always"),
                arguments("boolean as a number", post(A + "/contacts", designation("1")), 400, "invalid-request", "availability.always"),
                arguments("instant as seconds since 1970", post("/api/checks/nope/answer", "{\"answeredAt\": 1300000000}"), 400, "invalid-request", "answeredAt"),
                arguments("instant without its offset", post("/api/checks/nope/answer", "{\"answeredAt\": \"2012-01-01T10:00:00\"}"), 400, "invalid-request", "answeredAt"),
                arguments("instant in the year 1000000000", post("/api/checks/nope/answer", "{\"answeredAt\": \"+1000000000-01-01T00:00:00Z\"}"), 400, "invalid-request", "answeredAt"),
                arguments("knownAt in the year 1000000000", RawHttp.Request.of("GET", A + "?knownAt=%2B1000000000-01-01T00:00:00Z"), 400, "invalid-request", "knownAt"),
                arguments("knownAt in the year 1000000000 with asOf", RawHttp.Request.of("GET", A + "?asOf=2012-01-01&knownAt=%2B1000000000-01-01T00:00:00Z"), 400, "invalid-request", "knownAt"),
                arguments("knownAt in the year 1000000000 in the directory", RawHttp.Request.of("GET", "/api/contacts?knownAt=%2B1000000000-01-01T00:00:00Z"), 400, "invalid-request", "knownAt"),
                arguments("asOf at the end of time", RawHttp.Request.of("GET", "/api/contacts?asOf=%2B999999999-12-31"), 400, "invalid-request", "asOf"),
                arguments("asOf with spaces around it", RawHttp.Request.of("GET", A + "?asOf=%202012-01-01%20"), 400, "invalid-request", "asOf"));
    }

    /** Requests beyond what the registry answers (OWASP API4). */
    static Stream<Arguments> limits() {
        Stream<Arguments> pageSizes = Stream.of(ARRANGEMENTS, A + "/history", A + "/papers", "/api/parties/USA/outstanding-acknowledgements",
                "/api/checks", "/api/contacts", "/api/parties/USA/commitments").map(list ->
                arguments("page of 1001 from " + list, RawHttp.Request.of("GET", list + "?size=1001"), 400, "invalid-request", "size"));
        String tooLongCode = "U".repeat(17);
        return Stream.concat(pageSizes, Stream.of(
                arguments("JSON body over 1 MB", post(A + "/commitments", MEGABYTE_OF_TEXT), 413, "content-too-large", null),
                arguments("JSON body over 1 MB in chunks", post(A + "/commitments", MEGABYTE_OF_TEXT).chunked(), 413, "content-too-large", null),
                arguments("text body over 1 MB", RawHttp.Request.of("POST", A + "/commitments").body("text/plain", MEGABYTE_OF_TEXT), 413, "content-too-large", null),
                arguments("a party code of 17 letters", post(ARRANGEMENTS, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"USA\", \"" + tooLongCode + "\"]}"), 400, "invalid-request", "parties[1]"),
                arguments("201 parties", post(ARRANGEMENTS, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [" + "\"USA\", ".repeat(200) + "\"RUS\"]}"), 400, "invalid-request", "parties"),
                arguments("an obligor code of 17 letters", post(A + "/commitments", "{\"text\": \"t\", \"category\": \"OTHER\", \"owedBy\": [\"" + tooLongCode + "\"]}"), 400, "invalid-request", "owedBy[0]"),
                arguments("a language tag of 36 characters", post(A + "/contacts", designation("true").replace("\"en\"", "\"" + "e".repeat(36) + "\"")), 400, "invalid-request", "languages[0]"),
                arguments("a contact's party of 17 letters", post(A + "/contacts", designation("true").replace("\"party\": \"USA\"", "\"party\": \"" + tooLongCode + "\"")), 400, "invalid-request", "party"),
                arguments("a checking party of 17 letters", post(A + "/contacts/nope/checks", "{\"fromParty\": \"" + tooLongCode + "\"}"), 400, "invalid-request", "fromParty"),
                arguments("a digest of 129 characters", post(A + "/papers", "{\"fromParty\": \"USA\", \"title\": \"t\", \"subject\": \"s\", \"language\": \"en\", \"marking\": \"m\", \"sha256\": \"" + "a".repeat(129) + "\"}"), 400, "invalid-request", "sha256"),
                arguments("a superseding paper id of 81 characters", post(A + "/papers/nope/supersession", "{\"byPaperId\": \"" + "p".repeat(81) + "\"}"), 400, "invalid-request", "byPaperId"),
                arguments("an acknowledging party of 17 letters", post(A + "/papers/nope/acknowledgements", "{\"party\": \"" + tooLongCode + "\", \"receivedOn\": \"2012-01-01\"}"), 400, "invalid-request", "party")));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource({"contentTypes", "uploads", "unreadableRequests", "lenientInput", "limits"})
    void a_request_as_sent_on_the_wire_gets_a_problem_document_and_changes_nothing(
            String name, RawHttp.Request request, int expectedStatus, String expectedType, String badField) {
        List<Document> commitsBefore = storedCommitsOfTheTarget();
        Document viewBefore = viewOfTheTarget();

        Api.Reply response = new RawHttp(port).send(request);

        JsonNode problem = problem(expectedStatus, response);
        assertThat(problem.get("status").asInt()).as(response.toString()).isEqualTo(expectedStatus);
        assertThat(problem.get("type").asText()).as(response.toString()).isEqualTo("urn:entente:problem:" + expectedType);
        assertThat(problem.hasNonNull("title")).as(response.toString()).isTrue();
        assertThat(problem.hasNonNull("detail")).as(response.toString()).isTrue();
        if (badField != null) {
            assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).as(response.toString()).contains(badField);
        }
        assertThat(response.body()).as("no Java names in the answer").doesNotContainPattern(INTERNALS);
        assertThat(storedCommitsOfTheTarget()).as("the target's stored events unchanged").isEqualTo(commitsBefore);
        assertThat(viewOfTheTarget()).as("the target's view unchanged").isEqualTo(viewBefore);
    }

    /**
     * A client that sends a header line every half second never lets a read time out, but the registry closes its
     * connection once the head of its request has taken longer than the deadline the shared application is
     * started with (three seconds), long before the client would have finished.
     */
    @Test
    void a_client_trickling_its_headers_is_disconnected_once_the_header_deadline_has_passed() throws Exception {
        List<Document> commitsBefore = storedCommitsOfTheTarget();
        int linesSent = 0;
        boolean closedByTheRegistry = false;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + A + "/status HTTP/1.1\r\nHost: 127.0.0.1\r\n").getBytes(StandardCharsets.US_ASCII));
            for (; linesSent < 60 && !closedByTheRegistry; linesSent++) {
                try {
                    out.write(("X-Slow-" + linesSent + ": still coming\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    closedByTheRegistry = socket.getInputStream().read() == -1;
                } catch (SocketTimeoutException stillOpen) {
                    // Nothing to read within half a second: the connection is still open; send the next line.
                } catch (IOException reset) {
                    closedByTheRegistry = true;
                }
            }
        }
        assertThat(closedByTheRegistry).as("closed before 60 lines, 30 s of trickling").isTrue();
        assertThat(linesSent).as("header lines sent before the connection was closed").isGreaterThan(3);
        assertThat(storedCommitsOfTheTarget()).isEqualTo(commitsBefore);
    }

    private static RawHttp.Request post(String path, String json) {
        return RawHttp.Request.of("POST", path).body("application/json", json);
    }

    /** A contact designation for USA whose availability's {@code always} is the JSON given. */
    private static String designation(String always) {
        return "{\"party\": \"USA\", \"role\": \"TECHNICAL\", \"office\": \"US-CERT\", \"channels\": [{\"type\": \"EMAIL\", "
                + "\"value\": \"soc@example.org\"}], \"availability\": {\"always\": " + always + "}, \"languages\": [\"en\"]}";
    }

    /** The parts of a paper submission that the server would accept (boundary {@code XyZ}), without the closing delimiter. */
    private static String upload(String fileName) {
        return formField("fromParty", "USA") + formField("title", "Military views") + formField("subject", "Doctrine")
                + formField("language", "en") + formField("marking", "UNCLASSIFIED")
                + "--XyZ\r\nContent-Disposition: form-data; name=\"content\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\nViews on operating in cyberspace\r\n";
    }

    private static String formField(String name, String value) {
        return "--XyZ\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private List<Document> storedCommitsOfTheTarget() {
        return database.getCollection("event_commits").find(Filters.eq("aggregate", TARGET)).sort(Sorts.ascending("_id"))
                .into(new ArrayList<>());
    }

    private Document viewOfTheTarget() {
        return readModels.active("arrangement_views").find(Filters.eq("_id", TARGET)).first();
    }
}
