package org.entente.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.arrangement.Instrument;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.fixtures.ContactTerms;
import org.entente.api.fixtures.Json;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.entente.app.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.app.testing.Expect.created;

/**
 * Who may call what, proven cell by cell: every route the application serves (read from its own route
 * table, so a new route without an entry here fails the test) × every kind of caller (not signed in,
 * each role, and registrars of the party that owns the object, of the other party to the arrangement,
 * and of a state that is not a party) on the objects of a fresh arrangement between Norway and Finland.
 * Each cell asserts the status; lists also assert whether the arrangement shows; every refused write
 * also asserts that the arrangement's stored events are unchanged.
 */
@EntenteApplicationTest
class AuthorizationMatrixTest {

    enum Caller { ANONYMOUS, VIEWER, AUDITOR, ADMIN, OWNER, COUNTERPART, OUTSIDER }

    private static final String OWNER = "NOR";
    private static final String COUNTERPART = "FIN";
    private static final String OUTSIDER = "ISL";

    /** Routes that are not Entente's to authorize: the container's error page, reached only by error dispatch. */
    private static final Set<String> NOT_CALLED_DIRECTLY = Set.of("GET /error", "* /error");

    /** The objects of one arrangement between the owner and the counterpart. */
    record World(String arrangement, String title, String commitment, String contact, String paper, String filedPaper,
                 String revisedPaper, String check) {
    }

    /** One request; {@code multipart} fields with a file, or a JSON body; a header of its own if {@code header} is set. */
    record Request(String method, String path, String json, Map<String, String> multipart, Map.Entry<String, String> header) {

        static Request get(String path) {
            return new Request("GET", path, null, null, null);
        }

        static Request post(String path, String json) {
            return new Request("POST", path, json, null, null);
        }

        static Request patch(String path, String json) {
            return new Request("PATCH", path, json, null, null);
        }

        static Request delete(String path) {
            return new Request("DELETE", path, null, null, null);
        }

        Request with(String name, String value) {
            return new Request(method, path, json, multipart, Map.entry(name, value));
        }

        boolean isWrite() {
            return !method.equals("GET");
        }
    }

    /** What each caller gets from a route, and, for lists, whether the arrangement shows in the answer. */
    record Expectation(Map<Caller, Integer> status, boolean listsTheArrangement) {

        Expectation with(Caller caller, int answer) {
            Map<Caller, Integer> changed = new EnumMap<>(status);
            changed.put(caller, answer);
            return new Expectation(changed, listsTheArrangement);
        }
    }

    record Route(String key, Expectation expected, Function<World, Request> request) {
    }

    @Autowired
    RestTestClient client;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private final Map<Caller, WebSession> sessions = new EnumMap<>(Caller.class);
    private final List<String> failures = new ArrayList<>();
    private int cells;

    @Test
    void every_route_answers_every_caller_as_its_role_and_party_allow() {
        Map<String, Route> routes = routes();
        Set<String> served = servedRoutes();
        assertThat(new TreeSet<>(routes.keySet())).as("every route served has an entry, and every entry is served")
                .isEqualTo(new TreeSet<>(served));

        World shared = newWorld();
        awaitFolded(shared);
        for (Route route : routes.values()) {
            for (Caller caller : Caller.values()) {
                int expected = route.expected().status().get(caller);
                boolean succeeds = expected < 300;
                boolean write = !route.key().startsWith("GET ");
                World world = write && succeeds ? newWorld() : shared;
                check(route, caller, world, expected);
            }
        }
        System.out.println("Authorization matrix: " + routes.size() + " routes x " + Caller.values().length + " callers = "
                + cells + " cells");
        assertThat(failures).as(failures.size() + " of " + cells + " cells").isEmpty();
    }

    private void check(Route route, Caller caller, World world, int expected) {
        cells++;
        Request request = route.request().apply(world);
        long eventsBefore = request.isWrite() && expected >= 300 ? eventsOf(world) : -1;
        boolean page = isPage(route.key());
        Api.Reply reply = page ? session(caller).get(request.path()) : send(api(caller), request);
        String cell = route.key() + " as " + caller + ": ";
        if (reply.status() != expected) {
            failures.add(cell + "expected " + expected + ", got " + reply);
            return;
        }
        if (expected >= 400 && !page && !reply.isProblem()) {
            failures.add(cell + "a refusal that is not a problem document: " + reply);
        }
        if (expected >= 400 && page && !reply.isHtml()) {
            failures.add(cell + "a page's refusal that is not a page: " + reply);
        }
        if (expected == 302 && page && (reply.location() == null || !reply.location().endsWith("/login"))) {
            failures.add(cell + "not sent to the sign-in page: " + reply);
        }
        if (eventsBefore >= 0 && eventsOf(world) != eventsBefore) {
            failures.add(cell + "refused, yet the arrangement's events changed");
        }
        if (route.expected().listsTheArrangement() && expected == 200) {
            boolean listed = reply.body().contains(world.arrangement());
            boolean shouldList = caller != Caller.OUTSIDER;
            if (listed != shouldList) {
                failures.add(cell + (shouldList ? "the arrangement is missing from the list" : "the list shows an arrangement "
                        + "the caller may not know of"));
            }
        }
        if (route.key().startsWith("POST /api/admin/projections/") && expected == 202) {
            awaitRebuilt(request.path());
        }
    }

    /** A page of the web application, asked for in a web session signed in with the form (the pages take no HTTP Basic). */
    private static boolean isPage(String key) {
        String path = key.substring(key.indexOf(' ') + 1);
        return !path.startsWith("/api") && !path.startsWith("/actuator") && !path.startsWith("/v3/") && !path.startsWith("/swagger-ui");
    }

    private WebSession session(Caller caller) {
        return sessions.computeIfAbsent(caller, c -> switch (c) {
            case ANONYMOUS -> new WebSession(port);
            case VIEWER -> WebSession.signedInAs(port, Users.VIEWER);
            case AUDITOR -> WebSession.signedInAs(port, Users.AUDITOR);
            case ADMIN -> WebSession.signedInAs(port, Users.ADMIN);
            case OWNER -> WebSession.signedInAs(port, Users.registrarOf(OWNER));
            case COUNTERPART -> WebSession.signedInAs(port, Users.registrarOf(COUNTERPART));
            case OUTSIDER -> WebSession.signedInAs(port, Users.registrarOf(OUTSIDER));
        });
    }

    private Api api(Caller caller) {
        Api auditor = new Api(client);
        return switch (caller) {
            case ANONYMOUS -> auditor.anonymous();
            case VIEWER -> auditor.signedInAs(Users.VIEWER);
            case AUDITOR -> auditor;
            case ADMIN -> auditor.signedInAs(Users.ADMIN);
            case OWNER -> auditor.as(OWNER);
            case COUNTERPART -> auditor.as(COUNTERPART);
            case OUTSIDER -> auditor.as(OUTSIDER);
        };
    }

    private static Api.Reply send(Api api, Request request) {
        if (request.header() != null) {
            api = api.withHeader(request.header().getKey(), request.header().getValue());
        }
        if (request.multipart() != null) {
            return api.multipart(request.path(), request.multipart(), "paper.txt",
                    ("Paper " + request.multipart().get("id")).getBytes(StandardCharsets.UTF_8));
        }
        return api.send(request.method(), request.path(), request.json() == null ? null : MediaType.APPLICATION_JSON_VALUE,
                request.json());
    }

    // ---- the table ----

    private Map<String, Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        String arrangement = "/api/arrangements/{id}";
        add(routes, "POST /api/arrangements", partyWrite(201).with(Caller.OUTSIDER, 403),
                w -> Request.post("/api/arrangements", arrangementJson(Unique.id("matrix-new"), "Another arrangement")));
        add(routes, "GET /api/arrangements", list(), w -> Request.get("/api/arrangements?q=" + w.title()));
        add(routes, "GET " + arrangement + " !asOf !knownAt", views(), w -> Request.get(at(w)));
        add(routes, "GET " + arrangement + " asOf", views(), w -> Request.get(at(w) + "?asOf=2012-06-01"));
        add(routes, "GET " + arrangement + " !asOf knownAt", views(),
                w -> Request.get(at(w) + "?knownAt=" + Instant.now()));
        add(routes, "PATCH " + arrangement, partyWrite(200), w -> Request.patch(at(w), "{\"title\": \"Amended\", \"reason\": \"Typo\"}"));
        add(routes, "POST " + arrangement + "/status", partyWrite(200), w -> Request.post(at(w) + "/status",
                "{\"status\": \"SUSPENDED\", \"effectiveOn\": \"2014-03-20\", \"reason\": \"Talks stalled\"}"));

        String commitments = arrangement + "/commitments";
        add(routes, "POST " + commitments, partyWrite(201), w -> Request.post(at(w) + "/commitments",
                commitmentJson(Unique.id("added"), List.of(COUNTERPART))));
        add(routes, "GET " + commitments + "/{cid}", views(), w -> Request.get(at(w) + "/commitments/" + w.commitment()));
        add(routes, "POST " + commitments + "/{cid}/progress", ownerWrite(200),
                w -> Request.post(at(w) + "/commitments/" + w.commitment() + "/progress", "{\"note\": \"Draft shared\"}"));
        add(routes, "POST " + commitments + "/{cid}/fulfilment", ownerWrite(200),
                w -> Request.post(at(w) + "/commitments/" + w.commitment() + "/fulfilment", "{\"fulfilledOn\": \"2012-05-02\"}"));
        add(routes, "POST " + commitments + "/{cid}/withdrawal", partyWrite(200),
                w -> Request.post(at(w) + "/commitments/" + w.commitment() + "/withdrawal", "{\"reason\": \"Overtaken\"}"));
        add(routes, "POST " + commitments + "/{cid}/deadline", partyWrite(200),
                w -> Request.post(at(w) + "/commitments/" + w.commitment() + "/deadline",
                        "{\"dueBy\": \"2013-06-30\", \"reason\": \"Awaiting signature\"}"));

        String contacts = arrangement + "/contacts";
        add(routes, "POST " + contacts, ownerWrite(201), w -> Request.post(at(w) + "/contacts",
                contact(Unique.id("technical"), OWNER, ContactRole.TECHNICAL).json()));
        add(routes, "GET " + contacts + "/{cid}", views(), w -> Request.get(at(w) + "/contacts/" + w.contact()));
        add(routes, "PATCH " + contacts + "/{cid}", ownerWrite(200), w -> Request.patch(at(w) + "/contacts/" + w.contact(),
                "{\"office\": \"National CERT\", \"effectiveOn\": \"2012-03-01\"}"));
        add(routes, "POST " + contacts + "/{cid}/retirement", ownerWrite(200), w -> Request.post(at(w) + "/contacts/"
                + w.contact() + "/retirement", "{\"reason\": \"Office merged\", \"effectiveOn\": \"2012-03-01\"}"));
        add(routes, "GET /api/contacts", list(), w -> Request.get("/api/contacts?size=1000&arrangement=" + w.arrangement()));
        add(routes, "POST " + contacts + "/{cid}/checks", counterpartWrite(201),
                w -> Request.post(at(w) + "/contacts/" + w.contact() + "/checks", "{\"fromParty\": \"" + COUNTERPART + "\"}"));
        add(routes, "GET /api/checks/{checkId}", views(), w -> Request.get("/api/checks/" + w.check()));
        add(routes, "POST /api/checks/{checkId}/answer", ownerWrite(200), w -> Request.post("/api/checks/" + w.check() + "/answer",
                "{\"answeredAt\": \"" + Instant.now() + "\"}"));
        add(routes, "GET /api/checks", list(), w -> Request.get("/api/checks?size=1000&party=" + COUNTERPART));

        String papers = "/api/arrangements/{arrangementId}/papers";
        add(routes, "POST " + papers + " <application/json", ownerWrite(201),
                w -> Request.post(at(w) + "/papers", paperJson(Unique.id("paper"), "2012-02-01")));
        add(routes, "POST " + papers + " <multipart/form-data", ownerWrite(201),
                w -> new Request("POST", at(w) + "/papers", null, paperForm(Unique.id("filed"), "2012-02-01"), null));
        add(routes, "GET " + papers, views(), w -> Request.get(at(w) + "/papers"));
        add(routes, "GET " + papers + "/{pid}", views(), w -> Request.get(at(w) + "/papers/" + w.paper()));
        add(routes, "GET " + papers + "/{pid}/content", records(), w -> Request.get(at(w) + "/papers/" + w.filedPaper() + "/content"));
        add(routes, "POST " + papers + "/{pid}/acknowledgements", counterpartWrite(200), w -> Request.post(at(w) + "/papers/"
                + w.paper() + "/acknowledgements", "{\"party\": \"" + COUNTERPART + "\", \"receivedOn\": \"2012-01-20\"}"));
        add(routes, "POST " + papers + "/{pid}/supersession", ownerWrite(200), w -> Request.post(at(w) + "/papers/"
                + w.paper() + "/supersession", "{\"byPaperId\": \"" + w.revisedPaper() + "\"}"));
        add(routes, "GET /api/parties/{code}/outstanding-acknowledgements", list(),
                w -> Request.get("/api/parties/" + COUNTERPART + "/outstanding-acknowledgements?size=1000"));
        add(routes, "GET /api/parties/{code}/commitments", list(), w -> Request.get("/api/parties/" + OWNER + "/commitments?size=1000"));
        add(routes, "GET /api/commitments", list(), w -> Request.get("/api/commitments?size=1000&arrangement=" + w.arrangement()));
        add(routes, "GET /api/dashboard/milestones", list(),
                w -> Request.get("/api/dashboard/milestones?from=2011-09-01&to=2011-09-01&party=" + OWNER));
        add(routes, "GET /api/dashboard/parties", readers(), w -> Request.get("/api/dashboard/parties?party=" + COUNTERPART));
        add(routes, "GET " + arrangement + "/milestones", views(), w -> Request.get(at(w) + "/milestones?asOf=2012-06-01"));

        add(routes, "GET " + arrangement + "/history", records(), w -> Request.get(at(w) + "/history"));
        add(routes, "GET " + arrangement + "/export", records(), w -> Request.get(at(w) + "/export"));
        add(routes, "GET " + arrangement + "/integrity", records(), w -> Request.get(at(w) + "/integrity"));
        add(routes, "GET /api/integrity", auditorOnly(), w -> Request.get("/api/integrity"));

        // A stream never ends by itself: a Last-Event-ID that is no position ends it at once, with a 400 that only
        // a caller let through to the stream gets.
        add(routes, "GET /api/stream", signedIn(400).with(Caller.ADMIN, 403),
                w -> Request.get("/api/stream").with("Last-Event-ID", "not-a-position"));

        add(routes, "GET /api/admin/projections", adminOnly(200), w -> Request.get("/api/admin/projections"));
        add(routes, "POST /api/admin/projections/{name}/rebuild", adminOnly(202),
                w -> Request.post("/api/admin/projections/" + smallestProjection() + "/rebuild", null));
        add(routes, "GET /api/admin/users", adminOnly(200), w -> Request.get("/api/admin/users"));
        add(routes, "POST /api/admin/users", adminOnly(201), w -> Request.post("/api/admin/users", newUserJson(Unique.id("clerk"))));
        add(routes, "GET /api/admin/users/{name}", adminOnly(200), w -> Request.get("/api/admin/users/" + managedUser()));
        add(routes, "PATCH /api/admin/users/{name}", adminOnly(200),
                w -> Request.patch("/api/admin/users/" + managedUser(), "{\"enabled\": true}"));

        add(routes, "GET /api/me", signedIn(200), w -> Request.get("/api/me"));
        add(routes, "GET /api/me/tokens", signedIn(200), w -> Request.get("/api/me/tokens"));
        add(routes, "POST /api/me/tokens", signedIn(201), w -> Request.post("/api/me/tokens", "{\"label\": \"matrix\"}"));
        add(routes, "DELETE /api/me/tokens/{tokenId}", signedIn(404).with(Caller.OWNER, 204),
                w -> Request.delete("/api/me/tokens/" + tokenOfTheOwner()));

        add(routes, "GET /actuator", adminOnly(200), w -> Request.get("/actuator"));
        add(routes, "GET /actuator/health", everyone(200), w -> Request.get("/actuator/health"));
        add(routes, "GET /actuator/health/**", everyone(200), w -> Request.get("/actuator/health/liveness"));
        add(routes, "GET /actuator/info", adminOnly(200), w -> Request.get("/actuator/info"));
        add(routes, "GET /actuator/prometheus", adminOnly(200), w -> Request.get("/actuator/prometheus"));
        add(routes, "GET /actuator/metrics", adminOnly(200), w -> Request.get("/actuator/metrics"));
        add(routes, "GET /actuator/metrics/{requiredMetricName}", adminOnly(200), w -> Request.get("/actuator/metrics/jvm.threads.live"));
        add(routes, "GET /v3/api-docs", everyone(200), w -> Request.get("/v3/api-docs"));
        add(routes, "GET /v3/api-docs.yaml", everyone(200), w -> Request.get("/v3/api-docs.yaml"));
        add(routes, "GET /v3/api-docs/swagger-config", everyone(200), w -> Request.get("/v3/api-docs/swagger-config"));
        add(routes, "GET /swagger-ui.html", everyone(302), w -> Request.get("/swagger-ui.html"));

        add(routes, "GET /login", everyone(200), w -> Request.get("/login"));
        add(routes, "GET /", pages(), w -> Request.get("/"));
        add(routes, "GET /dashboard/sections", pages(), w -> Request.get("/dashboard/sections"));
        add(routes, "GET /arrangements", new Expectation(pages().status(), true), w -> Request.get("/arrangements?q=" + w.title()));
        add(routes, "GET /arrangements/{id}", arrangementPages(), w -> Request.get("/arrangements/" + w.arrangement()));
        add(routes, "GET /arrangements/{id}/sections", arrangementPages(),
                w -> Request.get("/arrangements/" + w.arrangement() + "/sections"));
        add(routes, "GET /operations", adminOnly(200).with(Caller.ANONYMOUS, 302), w -> Request.get("/operations"));
        String page = "/arrangements/{id}";
        add(routes, "GET /arrangements/new", formPages(200), w -> Request.get("/arrangements/new"));
        add(routes, "GET " + page + "/commitments/new", partyPages(), w -> Request.get("/arrangements/" + w.arrangement() + "/commitments/new"));
        add(routes, "GET " + page + "/commitments/{cid}/progress", partyPages(),
                w -> Request.get("/arrangements/" + w.arrangement() + "/commitments/" + w.commitment() + "/progress"));
        add(routes, "GET " + page + "/commitments/{cid}/fulfil", partyPages(),
                w -> Request.get("/arrangements/" + w.arrangement() + "/commitments/" + w.commitment() + "/fulfil"));
        add(routes, "GET " + page + "/commitments/{cid}/deadline", partyPages(),
                w -> Request.get("/arrangements/" + w.arrangement() + "/commitments/" + w.commitment() + "/deadline"));
        add(routes, "GET " + page + "/contacts/new", partyPages(), w -> Request.get("/arrangements/" + w.arrangement() + "/contacts/new"));
        add(routes, "GET " + page + "/contacts/{contactId}/edit", ownerPages(),
                w -> Request.get("/arrangements/" + w.arrangement() + "/contacts/" + w.contact() + "/edit"));
        add(routes, "GET " + page + "/papers/new", partyPages(), w -> Request.get("/arrangements/" + w.arrangement() + "/papers/new"));
        add(routes, "GET " + page + "/papers/{paperId}/acknowledge", counterpartPages(),
                w -> Request.get("/arrangements/" + w.arrangement() + "/papers/" + w.paper() + "/acknowledge"));
        add(routes, "GET " + page + "/checks/{checkId}/answer", ownerPages(),
                w -> Request.get("/arrangements/" + w.arrangement() + "/checks/" + w.check() + "/answer"));
        add(routes, "GET " + page + "/audit", records().with(Caller.ANONYMOUS, 302), w -> Request.get("/arrangements/" + w.arrangement() + "/audit"));
        return routes;
    }

    private static void add(Map<String, Route> routes, String key, Expectation expected, Function<World, Request> request) {
        routes.put(key, new Route(key, expected, request));
    }

    /** The arrangement's views: every reader, and registrars of its parties; to others it does not exist. */
    private static Expectation views() {
        return expectation(401, 200, 200, 403, 200, 200, 404, false);
    }

    /** Pages of the registry's content: every reader; the sign-in page for who is not signed in. */
    private static Expectation pages() {
        return expectation(302, 200, 200, 403, 200, 200, 200, false);
    }

    /** An arrangement's pages, as its views. */
    private static Expectation arrangementPages() {
        return views().with(Caller.ANONYMOUS, 302);
    }

    /** A form any registrar may open: recording an arrangement. */
    private static Expectation formPages(int success) {
        return expectation(302, 403, 403, 403, success, success, success, false);
    }

    /** A form of an arrangement's write either party may make; to others the arrangement does not exist. */
    private static Expectation partyPages() {
        return partyWrite(200).with(Caller.ANONYMOUS, 302);
    }

    /** A form of a write only the owner of the object may make. */
    private static Expectation ownerPages() {
        return ownerWrite(200).with(Caller.ANONYMOUS, 302);
    }

    /** A form of a write only the counterpart may make. */
    private static Expectation counterpartPages() {
        return counterpartWrite(200).with(Caller.ANONYMOUS, 302);
    }

    /** The arrangement's record: auditors and registrars of its parties; viewers may not; to others it does not exist. */
    private static Expectation records() {
        return expectation(401, 403, 200, 403, 200, 200, 404, false);
    }

    /** A list across arrangements: every reader, filtered to what the caller may know of. */
    private static Expectation list() {
        return expectation(401, 200, 200, 403, 200, 200, 200, true);
    }

    /** What every reader may read, about no arrangement in particular. */
    private static Expectation readers() {
        return expectation(401, 200, 200, 403, 200, 200, 200, false);
    }

    /** A write either party may make. */
    private static Expectation partyWrite(int success) {
        return expectation(401, 403, 403, 403, success, success, 404, false);
    }

    /** A write only the owner of the object may make: its commitment, contact, paper, or the check addressed to it. */
    private static Expectation ownerWrite(int success) {
        return expectation(401, 403, 403, 403, success, 403, 404, false);
    }

    /** A write only the counterpart may make: acknowledging the owner's paper, checking the owner's contact. */
    private static Expectation counterpartWrite(int success) {
        return expectation(401, 403, 403, 403, 403, success, 404, false);
    }

    private static Expectation auditorOnly() {
        return expectation(401, 403, 200, 403, 403, 403, 403, false);
    }

    private static Expectation adminOnly(int success) {
        return expectation(401, 403, 403, success, 403, 403, 403, false);
    }

    private static Expectation signedIn(int success) {
        return expectation(401, success, success, success, success, success, success, false);
    }

    private static Expectation everyone(int success) {
        return expectation(success, success, success, success, success, success, success, false);
    }

    private static Expectation expectation(int anonymous, int viewer, int auditor, int admin, int owner, int counterpart,
                                           int outsider, boolean lists) {
        Map<Caller, Integer> status = new EnumMap<>(Caller.class);
        status.put(Caller.ANONYMOUS, anonymous);
        status.put(Caller.VIEWER, viewer);
        status.put(Caller.AUDITOR, auditor);
        status.put(Caller.ADMIN, admin);
        status.put(Caller.OWNER, owner);
        status.put(Caller.COUNTERPART, counterpart);
        status.put(Caller.OUTSIDER, outsider);
        return new Expectation(status, lists);
    }

    // ---- the routes the application serves ----

    private Set<String> servedRoutes() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (methods.isEmpty()) {
                    methods = Set.of("*");
                }
                String params = info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                        .collect(Collectors.joining(" "));
                String consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().map(Object::toString)
                        .sorted().collect(Collectors.joining(","));
                for (String method : methods) {
                    for (String pattern : info.getPatternValues()) {
                        String key = method + " " + pattern + (params.isEmpty() ? "" : " " + params)
                                + (consumes.isEmpty() || info.getConsumesCondition().getConsumableMediaTypes().size() > 1
                                ? "" : " <" + consumes);
                        if (!NOT_CALLED_DIRECTLY.contains(key)) {
                            served.add(key);
                        }
                    }
                }
            }
        }
        return served;
    }

    // ---- the objects ----

    private World newWorld() {
        Api owner = new Api(client).as(OWNER);
        Api counterpart = new Api(client).as(COUNTERPART);
        String id = Unique.id("matrix");
        String title = Unique.id("Matrix");
        created(owner.post("/api/arrangements", arrangementJson(id, title)));
        String base = "/api/arrangements/" + id;
        String commitment = "nor-briefing";
        created(owner.post(base + "/commitments", commitmentJson(commitment, List.of(OWNER))));
        String contact = "nor-hotline";
        created(owner.post(base + "/contacts", contact(contact, OWNER, ContactRole.HOTLINE_24_7).json()));
        String paper = "nor-views";
        created(owner.post(base + "/papers", paperJson(paper, "2012-01-10")));
        String filed = "nor-views-filed";
        created(owner.multipart(base + "/papers", paperForm(filed, "2012-01-12"), "paper.txt",
                "Paper on military views".getBytes(StandardCharsets.UTF_8)));
        String revised = "nor-views-2";
        created(owner.post(base + "/papers", paperJson(revised, "2012-02-10")));
        String check = created(counterpart.post(base + "/contacts/" + contact + "/checks",
                "{\"fromParty\": \"" + COUNTERPART + "\"}")).json().get("id").asText();
        return new World(id, title, commitment, contact, paper, filed, revised, check);
    }

    /** Reads of the shared objects come from read models: wait until they have folded what the world recorded. */
    private void awaitFolded(World world) {
        Api auditor = new Api(client);
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> auditor.get(at(world) + "?minVersion=6").status() == 200
                && auditor.get("/api/arrangements?q=" + world.title()).body().contains(world.arrangement())
                && auditor.get("/api/contacts?size=1000&arrangement=" + world.arrangement()).body().contains(world.contact())
                && auditor.get("/api/checks/" + world.check()).status() == 200
                && auditor.get("/api/checks?size=1000&party=" + COUNTERPART).body().contains(world.check())
                && auditor.get("/api/parties/" + OWNER + "/commitments?size=1000").body().contains(world.arrangement())
                && auditor.get("/api/parties/" + COUNTERPART + "/outstanding-acknowledgements?size=1000").body()
                .contains(world.arrangement())
                && auditor.get(at(world) + "/papers/" + world.paper()).status() == 200
                && auditor.get(at(world) + "/contacts/" + world.contact()).status() == 200);
    }

    private long eventsOf(World world) {
        return new Api(client).get("/api/arrangements/" + world.arrangement() + "/history?size=1").json().get("total").asLong();
    }

    private static String at(World world) {
        return "/api/arrangements/" + world.arrangement();
    }

    private static String arrangementJson(String id, String title) {
        return Json.arrangement(id, title, Instrument.JOINT_STATEMENT, List.of(OWNER, COUNTERPART), LocalDate.of(2011, 9, 1), null);
    }

    private static String commitmentJson(String id, List<String> owedBy) {
        return "{\"id\": " + Json.text(id) + ", \"text\": \"Brief the other side on the national cyber strategy\", "
                + "\"category\": \"INFORMATION_EXCHANGE\", \"owedBy\": " + Json.texts(owedBy) + ", \"dueBy\": \"2012-12-31\"}";
    }

    private static ContactTerms contact(String id, String party, ContactRole role) {
        return new ContactTerms(id, party, role, new ContactDetails("Ministry of Foreign Affairs", "Duty officer",
                List.of(new Channel(ChannelType.PHONE, "+4722000000")), Availability.aroundTheClock(), List.of("en")),
                LocalDate.of(2011, 10, 1));
    }

    private static String paperJson(String id, String submittedOn) {
        return "{\"id\": " + Json.text(id) + ", \"fromParty\": \"" + OWNER + "\", \"to\": [\"" + COUNTERPART + "\"], "
                + "\"title\": \"Military views on cyberspace\", \"subject\": \"Military doctrine\", \"language\": \"en\", "
                + "\"marking\": \"Unclassified\", \"sha256\": \"" + "ab".repeat(32) + "\", \"submittedOn\": \"" + submittedOn + "\"}";
    }

    private static Map<String, String> paperForm(String id, String submittedOn) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id", id);
        form.put("fromParty", OWNER);
        form.put("to", COUNTERPART);
        form.put("title", "Military views on cyberspace");
        form.put("subject", "Military doctrine");
        form.put("language", "en");
        form.put("marking", "Unclassified");
        form.put("submittedOn", submittedOn);
        return form;
    }

    private static String newUserJson(String name) {
        return "{\"name\": " + Json.text(name) + ", \"password\": \"a long enough password\", \"roles\": [\"VIEWER\"]}";
    }

    private String managedUser;

    private String managedUser() {
        if (managedUser == null) {
            managedUser = Unique.id("managed");
            created(new Api(client).signedInAs(Users.ADMIN).post("/api/admin/users", newUserJson(managedUser)));
        }
        return managedUser;
    }

    private String tokenOfTheOwner() {
        return created(new Api(client).as(OWNER).post("/api/me/tokens", "{\"label\": \"to revoke\"}")).json().get("id").asText();
    }

    private String smallestProjection() {
        JsonNode projections = new Api(client).signedInAs(Users.ADMIN).get("/api/admin/projections").json();
        List<String> names = new ArrayList<>();
        projections.forEach(p -> names.add(p.get("name").asText()));
        return names.stream().filter(name -> name.contains("check")).findFirst().orElse(names.get(0));
    }

    private void awaitRebuilt(String rebuildPath) {
        String name = rebuildPath.split("/")[4];
        Api admin = new Api(client).signedInAs(Users.ADMIN);
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            for (JsonNode projection : admin.get("/api/admin/projections").json()) {
                if (projection.get("name").asText().equals(name)) {
                    return !projection.get("rebuilding").asBoolean();
                }
            }
            return true;
        });
    }
}
