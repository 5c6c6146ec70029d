package org.entente.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.fixtures.CommitmentTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.RawHttp;
import org.entente.app.testing.Stories;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.fixtures.Requests.paper;
import static org.entente.app.testing.Expect.created;

/**
 * Property-based fuzzing of every write of the API: malformed bodies, content types (wildcards, broken multipart),
 * headers and path ids, sent as raw bytes to the shared application. Whatever is sent, the answer is never a 5xx,
 * every 4xx is a problem document, and the event store holds exactly the events it held before. The writes are
 * read from Spring MVC's own mappings, so a write added to the API is fuzzed without a change here; the paths aim
 * at a real arrangement with a commitment, contacts, a paper and a check, so that a request that slipped through
 * would change something.
 *
 * <p>jqwik does not run Spring's JUnit Jupiter extension, so the shared application is fetched from Spring's test
 * context cache through a {@link TestContextManager} for this class, which carries the same configuration as every
 * other {@link EntenteApplicationTest}.
 */
@EntenteApplicationTest
class WriteEndpointFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);
    /** Commits of the sweeper, which fails lapsed checks of other tests on its own schedule. */
    private static final Bson NOT_THE_SWEEPERS = Filters.and(Filters.exists("aggregate"),
            Filters.ne("events.payloadType", CommunicationCheckFailed.class.getName()));

    /** One write of the API, its path with the fuzzed targets in place, and what its body is read as. */
    record Write(RequestMethod method, String pattern, List<String> segments, Class<?> bodyType, boolean multipart) {

        String path() {
            return String.join("/", segments);
        }

        /**
         * The path with the path variable at {@code index} (among the variables) replaced by {@code id}, as sent; a
         * path without variables gets the id appended, as a client naming a thing under a collection would.
         */
        String pathWith(int index, String id) {
            List<Integer> variables = variableSegments();
            if (variables.isEmpty()) {
                return path() + "/" + id;
            }
            List<String> replaced = new ArrayList<>(segments);
            replaced.set(variables.get(Math.floorMod(index, variables.size())), id);
            return String.join("/", replaced);
        }

        List<Integer> variableSegments() {
            String[] template = pattern.split("/", -1);
            List<Integer> variables = new ArrayList<>();
            for (int i = 0; i < template.length; i++) {
                if (template[i].startsWith("{")) {
                    variables.add(i);
                }
            }
            return variables;
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** A request and the write it was aimed at, for the report of a failing try. */
    record Attempt(Write write, RawHttp.Request request) {
        @Override
        public String toString() {
            return write + " ← " + request;
        }
    }

    private static RawHttp http;
    private static MongoCollection<Document> commits;
    private static List<Write> writes;
    private static long commitsStored;
    private static long commitsOfRequests;

    @BeforeContainer
    static void aimAtTheSharedApplication() {
        ApplicationContext context = new TestContextManager(WriteEndpointFuzzTest.class).getTestContext().getApplicationContext();
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        Api api = new Api(RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build());
        Map<String, String> targets = recordTargets(api);
        http = new RawHttp(port);
        commits = context.getBean(MongoDatabase.class).getCollection("event_commits");
        writes = writesOf(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class), targets);
        assertThat(writes).as("the writes of the API").hasSizeGreaterThan(15);
        commitsStored = commits.estimatedDocumentCount();
        commitsOfRequests = commits.countDocuments(NOT_THE_SWEEPERS);
        // The check below would pass vacuously if it could not see a write: show it one.
        created(api.as("USA").post("/api/arrangements/" + targets.get("arrangements") + "/commitments", new CommitmentTerms("seen-by-the-check",
                "A commitment recorded to show the check a write", CommitmentCategory.OTHER, List.of("USA"), null).json()));
        assertThat(nothingStoredSince()).as("a stored commitment is seen by the check").isFalse();
    }

    @Property(tries = 1500)
    void a_malformed_body_is_refused_with_a_problem_and_stores_nothing(@ForAll("malformedBodies") Attempt attempt) {
        assertRefusedWithoutATrace(attempt);
    }

    @Property(tries = 500)
    void a_content_type_the_write_cannot_read_is_refused_with_a_problem_and_stores_nothing(
            @ForAll("unreadableContentTypes") Attempt attempt) {
        assertRefusedWithoutATrace(attempt);
    }

    @Property(tries = 800)
    void a_malformed_path_id_is_refused_with_a_problem_and_stores_nothing(@ForAll("malformedPathIds") Attempt attempt) {
        assertRefusedWithoutATrace(attempt);
    }

    @Property(tries = 300)
    void malformed_or_excessive_headers_and_unknown_versions_are_refused_with_a_problem_and_store_nothing(@ForAll("malformedHeaders") Attempt attempt) {
        assertRefusedWithoutATrace(attempt);
    }

    @Property(tries = 500)
    void a_broken_upload_is_refused_with_a_problem_and_stores_nothing(@ForAll("brokenUploads") Attempt attempt) {
        assertRefusedWithoutATrace(attempt);
    }

    private static void assertRefusedWithoutATrace(Attempt attempt) {
        Api.Reply reply = http.send(attempt.request());

        assertThat(reply.status()).as("%s answered %s", attempt, reply).isBetween(400, 499);
        assertThat(reply.isProblem()).as("%s answered %s", attempt, reply).isTrue();
        JsonNode problem = problemOf(reply);
        assertThat(problem.path("status").asInt()).as("%s answered %s", attempt, reply).isEqualTo(reply.status());
        assertThat(problem.path("type").asText()).as("%s answered %s", attempt, reply).startsWith("urn:entente:problem:");
        assertThat(nothingStoredSince()).as("the event store after %s answered %s", attempt, reply).isTrue();
    }

    /** Whether the store holds no commit it did not hold before, other than the sweeper's. */
    private static boolean nothingStoredSince() {
        long stored = commits.estimatedDocumentCount();
        if (stored == commitsStored) {
            return true;
        }
        long ofRequests = commits.countDocuments(NOT_THE_SWEEPERS);
        boolean nothing = ofRequests == commitsOfRequests;
        commitsStored = stored;
        commitsOfRequests = ofRequests;
        return nothing;
    }

    private static JsonNode problemOf(Api.Reply reply) {
        try {
            return JSON.readTree(reply.bytes());
        } catch (IOException e) {
            throw new AssertionError("A problem document that is not JSON: " + reply, e);
        }
    }

    // --- what is sent

    @Provide
    Arbitrary<Attempt> malformedBodies() {
        return Arbitraries.of(writes).filter(write -> !write.multipart()).flatMap(write -> malformedJson(write.bodyType())
                .map(body -> new Attempt(write, RawHttp.Request.of(write.method().name(), write.path())
                        .body(MediaType.APPLICATION_JSON_VALUE, body))));
    }

    @Provide
    Arbitrary<Attempt> unreadableContentTypes() {
        Arbitrary<String> contentTypes = Arbitraries.of("*/*", "application/*", "*/json", "text/*", "multipart/form-data",
                "multipart/form-data; boundary=", "multipart/form-data; boundary=" + "b".repeat(5000),
                "multipart/form-data; boundary=\"\"", "multipart/mixed; boundary=x", "text/plain", "text/html",
                "application/x-www-form-urlencoded", "application/xml", "application/octet-stream", "json", "/", ";",
                "application/json;;;", "application/json; charset", "application/json, text/plain", "application/ json",
                "application/json; boundary=" + "b".repeat(9000).substring(0, 7000));
        Arbitrary<String> bodies = Arbitraries.of("{}", "{\"title\": []}", "title=t&reason=r", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n", "");
        return Combinators.combine(Arbitraries.of(writes), contentTypes, bodies).as((write, contentType, body) ->
                new Attempt(write, RawHttp.Request.of(write.method().name(), write.path()).body(contentType, body)))
                // A multipart write does read a multipart body: its broken ones are fuzzed below.
                .filter(attempt -> !(attempt.write().multipart() && isMultipart(attempt.request())));
    }

    @Provide
    Arbitrary<Attempt> malformedPathIds() {
        Arbitrary<String> ids = Arbitraries.oneOf(
                Arbitraries.of("%2F", "a%2Fb", "%00", "a%00b", "%ZZ", "%C0%AF", "%FF", "..%2f", "..%2F..%2Fadmin", "%2e%2e%2f",
                        "%2e%2e", "%2e", "%01", "a%7Fb", "%C2%85", "%E2%80%AE", "%EF%BF%BF", "%ED%A0%80", ";jsessionid=x",
                        "x;jsessionid=x", "a;b=c", "%3B", "%3Bjsessionid=x", "%", "%%", "a%2", "%u0041", "%0D%0ASet-Cookie:x",
                        "%20", "%09", "%22", "%3C%3E", "\\", "%5C", "x%23y", "%3F", "a.json", "~", "-"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1000).ofMaxLength(6000),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(1).map(c -> ("%" + String.format("%02X", (int) c.charAt(0))).repeat(2000)),
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(40).map(WriteEndpointFuzzTest::percentEncoded));
        return Combinators.combine(Arbitraries.of(writes), Arbitraries.integers().between(0, 3), ids).as((write, index, id) ->
                new Attempt(write, RawHttp.Request.of(write.method().name(), write.pathWith(index, id))
                        .body(MediaType.APPLICATION_JSON_VALUE, "{}")));
    }

    @Provide
    Arbitrary<Attempt> malformedHeaders() {
        Arbitrary<List<RawHttp.Header>> headers = Arbitraries.oneOf(
                Arbitraries.integers().between(8200, 20_000).map(size -> List.of(new RawHttp.Header("X-Big", "a".repeat(size)))),
                Arbitraries.integers().between(101, 300).map(count -> manyHeaders(count)),
                Arbitraries.of(
                        List.of(new RawHttp.Header("Content-Length", "5"), new RawHttp.Header("Content-Length", "7")),
                        List.of(new RawHttp.Header("Transfer-Encoding", "gzip")),
                        List.of(new RawHttp.Header("Transfer-Encoding", "chunked, chunked")),
                        List.of(new RawHttp.Header("Content-Length", "-1")),
                        List.of(new RawHttp.Header("Content-Length", "99999999999999999999")),
                        List.of(new RawHttp.Header("Content-Length", "abc")),
                        List.of(new RawHttp.Header("Transfer-Encoding", "chunked")),
                        List.of(new RawHttp.Header("Transfer-Encoding", "gzip, chunked")),
                        List.of(new RawHttp.Header("Transfer-Encoding", "identity")),
                        List.of(new RawHttp.Header("Bad Name", "v")),
                        List.of(new RawHttp.Header("X-Nul", "a\u0000b")),
                        List.of(new RawHttp.Header("X-Entente-Party", "US\u0001A")),
                        List.of(new RawHttp.Header("X-Entente-Party", "U".repeat(5000))),
                        List.of(new RawHttp.Header("X-Entente-Recorder", "a\u0007b")),
                        List.of(new RawHttp.Header("Expect", "100-continue-please")),
                        List.of(new RawHttp.Header("Content-Type", "application/json\u0000")),
                        List.of(new RawHttp.Header("Content-Type", "application/json"), new RawHttp.Header("Content-Type", "text/plain")),
                        List.of(new RawHttp.Header(" X-Leading", "space")),
                        List.of(new RawHttp.Header("X-Folded", "a\r\n b"))));
        Arbitrary<String> versions = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just("HTTP/1.1")),
                Tuple.of(1, Arbitraries.of("HTTP/1.2", "HTTP/2.0", "HTTP/1.10", "http/1.1", "HTTP/1", "HTTP/3.0")));
        return Combinators.combine(Arbitraries.of(writes), headers, versions).as((write, extra, version) -> {
            RawHttp.Request request = RawHttp.Request.of(write.method().name(), write.path()).version(version);
            for (RawHttp.Header header : extra) {
                request = request.header(header.name(), header.value());
            }
            return new Attempt(write, request.body(MediaType.APPLICATION_JSON_VALUE, "{}"));
        });
    }

    @Provide
    Arbitrary<Attempt> brokenUploads() {
        List<Write> uploads = writes.stream().filter(Write::multipart).toList();
        assertThat(uploads).as("the writes that take an upload").isNotEmpty();
        Arbitrary<String> boundaries = Arbitraries.of("multipart/form-data", "multipart/form-data; boundary=",
                "multipart/form-data; boundary=XyZ", "multipart/form-data; boundary=other",
                "multipart/form-data; boundary=" + "b".repeat(5000), "multipart/form-data; boundary=\"XyZ\"");
        Arbitrary<byte[]> bodies = Arbitraries.oneOf(
                // A whole form cut short anywhere before its closing delimiter.
                Arbitraries.integers().between(0, form("views.txt").length() - 1).map(cut -> bytes(form("views.txt").substring(0, cut))),
                Arbitraries.of("views\u0000.txt", "views\u0001.txt", "views\u001B.txt", "../../etc/passwd\u0000", "\u0085.txt", "v".repeat(600))
                        .map(name -> bytes(form(name) + "--XyZ--\r\n")),
                Arbitraries.of("Military\u0000views", "Military\u0085views", " ", "x".repeat(600))
                        .map(title -> bytes(form("views.txt").replace("Military views", title) + "--XyZ--\r\n")),
                Arbitraries.of(part("fromParty", "USA").repeat(60) + "--XyZ--\r\n",
                        "--XyZ\r\nContent-Disposition: form-data; name=\"" + "n".repeat(1000) + "\"\r\n\r\nv\r\n--XyZ--\r\n",
                        "--XyZ\r\nContent-Disposition: form-data\r\n\r\nv\r\n--XyZ--\r\n",
                        "--XyZ\r\nno header at all\r\n--XyZ--\r\n",
                        "--XyZ--\r\n", "").map(WriteEndpointFuzzTest::bytes),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(400));
        return Combinators.combine(Arbitraries.of(uploads), boundaries, bodies).as((write, contentType, body) ->
                new Attempt(write, RawHttp.Request.of(write.method().name(), write.path()).body(contentType, body)));
    }

    /** JSON that no write can take: broken syntax, the wrong shape, or one field of the body's record given wrongly. */
    private static Arbitrary<String> malformedJson(Class<?> bodyType) {
        List<Arbitrary<String>> choices = new ArrayList<>(List.of(
                Arbitraries.of("", "   ", "null", "true", "1", "\"text\"", "[]", "[{}]", "{", "}", "{\"a\"", "{\"a\":}", "{\"a\" 1}",
                        "{'a': 1}", "{a: 1}", "{\"a\": 1,}", "{} {}", "{} x", "{\"a\": \"\\x\"}", "{\"a\": \"\\ud800\"}",
                        "{\"a\": \"\u0000\"}", "{\"a\": NaN}", "{\"a\": 01}", "{\"a\": 1e99999}", "/* c */ {}", "\u0000{}"),
                Arbitraries.integers().between(600, 20_000).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.integers().between(600, 5_000).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
                Arbitraries.integers().between(1001, 20_000).map(digits -> "{\"a\": " + "9".repeat(digits) + "}"),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(b -> new String(b, StandardCharsets.ISO_8859_1))));
        if (bodyType != null && bodyType.isRecord()) {
            RecordComponent[] components = bodyType.getRecordComponents();
            choices.add(Arbitraries.of(components).flatMap(component -> badValueFor(component.getType(), component.getGenericType())
                    .map(bad -> "{" + Json.quoted(component.getName()) + ": " + bad + "}")));
            choices.add(Arbitraries.of(components).flatMap(component -> badValueFor(component.getType(), component.getGenericType())
                    .map(bad -> "{" + Arrays.stream(components).map(c -> Json.quoted(c.getName()) + ": null")
                            .collect(Collectors.joining(", ")) + ", " + Json.quoted(component.getName()) + ": " + bad + "}")));
            choices.add(Arbitraries.of(components).map(component ->
                    "{" + Json.quoted(component.getName()) + ": null, " + Json.quoted(component.getName()) + ": null}"));
            choices.add(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
                    .filter(name -> Arrays.stream(components).noneMatch(c -> c.getName().equals(name)))
                    .map(name -> "{" + Json.quoted(name) + ": 1}"));
        }
        return Arbitraries.oneOf(choices);
    }

    /** A JSON value no field of this type accepts. */
    private static Arbitrary<String> badValueFor(Class<?> type, Type genericType) {
        if (type == String.class) {
            return Arbitraries.oneOf(
                    // Lone surrogates as JSON escapes: as characters, the request's own UTF-8 encoding would replace them.
                    Arbitraries.of("123", "1.5", "true", "[]", "{}", "[\"a\"]", "\"\\ud800\"", "\"x\\udc00\"", "\"\\udc00\\ud800\"",
                            Json.quoted("a\u0000b"), Json.quoted("a\u0085b"), Json.quoted("a\u001Bb"), "\"a\u0001b\"", "\"\\u0000\""),
                    Arbitraries.strings().alpha().ofLength(6000).map(Json::quoted),
                    Arbitraries.chars().range('\u0000', '\u001F').filter(c -> c != '\t' && c != '\n' && c != '\r')
                            .map(c -> Json.quoted("text " + c)));
        }
        if (type == LocalDate.class) {
            return Arbitraries.of("[2011,6,23]", "[]", "15340", "\" 2011-06-23 \"", "\"2011-06-23 \"", "\"2011-13-45\"", "\"\"",
                    "\"+10000-01-01\"", "\"+999999999-12-31\"", "\"-0001-01-01\"", "\"2011-06-23T00:00:00Z\"", "\"23.06.2011\"", "{}", "true");
        }
        if (type == Instant.class) {
            return Arbitraries.of("1300000000", "1.3E9", "\"2011-06-23\"", "\"+1000000000-01-01T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\"",
                    "[]", "[2011,6,23,0,0]", "\" 2011-06-23T00:00:00Z\"", "\"2011-06-23T10:00:00\"", "\"\"", "{}");
        }
        if (type.isEnum()) {
            String name = ((Enum<?>) type.getEnumConstants()[0]).name();
            return Arbitraries.of(Json.quoted(name + " "), Json.quoted(" " + name), Json.quoted(name.toLowerCase(Locale.ROOT)),
                    "0", "1", "[]", "\"\"", "\"NOT_A_VALUE\"", "[" + Json.quoted(name) + "]", "{}", "true");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Arbitraries.of("\"true\"", "\"false\"", "1", "0", "[]", "\"\"", "{}", "\"yes\"");
        }
        if (Collection.class.isAssignableFrom(type)) {
            Class<?> element = elementOf(genericType);
            return Arbitraries.oneOf(
                    Arbitraries.of("\"USA\"", "{}", "7", "true", "[null]", "[[]]", "[\"a\", null]",
                            "[" + "\"USA\", ".repeat(300) + "\"RUS\"]", "[" + "{}, ".repeat(300) + "{}]"),
                    element == null ? Arbitraries.just("[null]") : badValueFor(element, element).map(bad -> "[" + bad + "]"));
        }
        if (type.isRecord()) {
            return Arbitraries.of("[]", "\"\"", "1", "true", "\"{}\"", "{\"notAField\": 1}", "[{}]");
        }
        return Arbitraries.of("[]", "{}", "\"\u0000\"", "{\"notAField\": 1}");
    }

    // --- the targets and the writes

    /** An arrangement with a commitment, both parties' contacts, a paper and a check; the values of its path variables. */
    private static Map<String, String> recordTargets(Api api) {
        String id = Stories.usRussiaWithItsThreeMechanisms(api.as("USA"));
        String arrangement = "/api/arrangements/" + id;
        created(api.as("USA").post(arrangement + "/contacts", UsRussia2011.USA_HOTLINE.json()));
        created(api.as("RUS").post(arrangement + "/contacts", UsRussia2011.RUS_CERT.json()));
        created(api.as("RUS").post(arrangement + "/papers", paper(UsRussia2011.rusPaperSubmitted())));
        String checkId = Stories.startedCheck(api, id, UsRussia2011.RUS_CHECKS_USA_HOTLINE);
        return Map.of("arrangements", id, "commitments", UsRussia2011.CERT_EXCHANGE.id(), "contacts", UsRussia2011.USA_HOTLINE.id(),
                "papers", UsRussia2011.RUS_PAPER, "checks", checkId);
    }

    /** Every write under /api, with its path variables set to the targets (the one before it in the path names which). */
    private static List<Write> writesOf(RequestMappingHandlerMapping mapping, Map<String, String> targets) {
        List<Write> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = handler.getKey();
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(type -> type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA));
            Class<?> bodyType = Arrays.stream(handler.getValue().getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(RequestBody.class) || p.hasParameterAnnotation(ModelAttribute.class))
                    .map(p -> (Class<?>) p.getParameterType()).findFirst().orElse(null);
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    if (WRITES.contains(method) && pattern.startsWith("/api/")) {
                        found.add(new Write(method, pattern, concrete(pattern, targets), bodyType, multipart));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Write::toString).thenComparing(Write::multipart));
        return List.copyOf(found);
    }

    private static List<String> concrete(String pattern, Map<String, String> targets) {
        String[] segments = pattern.split("/", -1);
        List<String> concrete = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            concrete.add(segments[i].startsWith("{") ? targets.getOrDefault(segments[i - 1], "fuzzed-" + segments[i - 1]) : segments[i]);
        }
        return concrete;
    }

    // --- small builders

    private static boolean isMultipart(RawHttp.Request request) {
        return request.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase("Content-Type")
                && h.value().toLowerCase(Locale.ROOT).startsWith("multipart/"));
    }

    private static List<RawHttp.Header> manyHeaders(int count) {
        List<RawHttp.Header> headers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            headers.add(new RawHttp.Header("X-Header-" + i, "v"));
        }
        return headers;
    }

    private static Class<?> elementOf(Type genericType) {
        return genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element ? element : null;
    }

    /** A paper submission the server would take, boundary {@code XyZ}, without its closing delimiter. */
    private static String form(String fileName) {
        return part("fromParty", "USA") + part("title", "Military views") + part("subject", "Doctrine") + part("language", "en")
                + part("marking", "UNCLASSIFIED") + "--XyZ\r\nContent-Disposition: form-data; name=\"content\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/plain\r\n\r\nViews on operating in cyberspace\r\n";
    }

    private static String part(String name, String value) {
        return "--XyZ\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder("fuzzed-");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            encoded.append('%').append(String.format("%02X", b & 0xFF));
        }
        return encoded.toString();
    }

    /** Just enough JSON for names and texts. */
    private static final class Json {
        static String quoted(String text) {
            try {
                return JSON.writeValueAsString(text);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
