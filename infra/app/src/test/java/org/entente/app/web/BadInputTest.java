package org.entente.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.ArrayList;
import java.util.List;
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
 * commitment.
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

    @Autowired
    RestTestClient client;

    @Autowired
    MongoDatabase database;

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
                arguments("lower-case party code", "POST", ARRANGEMENTS, JSON, "{\"title\": \"t\", \"instrument\": \"OTHER\", \"parties\": [\"usa\", \"RUS\"]}", 422, "parties[0]"),
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
        assertThat(storedCommitsOfTheTarget()).as("the target's stored events unchanged").isEqualTo(commitsBefore);
        assertThat(viewOfTheTarget()).as("the target's view unchanged").isEqualTo(viewBefore);
    }

    private List<Document> storedCommitsOfTheTarget() {
        return database.getCollection("event_commits").find(Filters.eq("aggregate", TARGET)).sort(Sorts.ascending("_id"))
                .into(new ArrayList<>());
    }

    private Document viewOfTheTarget() {
        return database.getCollection("arrangement_views").find(Filters.eq("_id", TARGET)).first();
    }
}
