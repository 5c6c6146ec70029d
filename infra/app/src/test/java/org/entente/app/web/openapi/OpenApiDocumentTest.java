package org.entente.app.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Expect;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The published OpenAPI document is one a client generator can trust: it is the committed {@code docs/openapi.json}
 * (which {@code infra/client} generates its client from), it names every route the registry serves and no other,
 * and a third-party linter finds no error in it.
 */
@EntenteApplicationTest
class OpenApiDocumentTest {

    /** {@code -Dentente.openapi.refresh=true} rewrites the committed document from the served one. */
    static final String REFRESH = "entente.openapi.refresh";
    private static final Path COMMITTED = Path.of("../../docs/openapi.json");
    private static final Path SERVED = Path.of("target/openapi.json");
    private static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RestTestClient client;

    @Autowired
    ApplicationContext context;

    @Test
    void the_served_document_is_the_committed_one() throws IOException {
        JsonNode served = served();
        if (Boolean.getBoolean(REFRESH)) {
            Files.writeString(COMMITTED, pretty(served));
        }
        assertThat(COMMITTED).as("the committed document").exists();
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        assertThat(served).as("""
                The API changed, so docs/openapi.json must change with it (the client in infra/client is generated \
                from that file). Refresh it with
                  ./mvnw -o -pl infra/app -am verify -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false \
                -DskipITs -D%s=true
                and review the difference; %s holds the served document.""".formatted(REFRESH, SERVED.toAbsolutePath()))
                .isEqualTo(committed);
    }

    @Test
    void every_route_the_registry_serves_is_documented_and_every_documented_route_is_served() throws IOException {
        Set<String> documented = new TreeSet<>();
        served().get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "patch", "delete", "head", "options", "trace").contains(method)) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        assertThat(info.getMethodsCondition().getMethods()).as("the methods of " + pattern).isNotEmpty();
                        info.getMethodsCondition().getMethods().forEach(method -> routes.add(method.name() + " " + pattern));
                    }
                }
            }
        }
        assertThat(documented).as("the operations of the document, as the routes under /api the registry serves")
                .isEqualTo(routes);
    }

    @Test
    void the_problems_the_registry_answers_carry_only_the_members_the_problem_schema_documents() throws IOException {
        JsonNode schemas = served().get("components").get("schemas");
        Set<String> members = names(schemas.at("/Problem/properties"));
        Set<String> fieldMembers = names(schemas.at("/ProblemError/properties"));
        Api auditor = new Api(client);
        Api registrar = auditor.as("USA");
        List<JsonNode> problems = List.of(
                Expect.problem(401, auditor.anonymous().get("/api/arrangements")),
                Expect.problem(403, auditor.post("/api/arrangements", "{}")),
                Expect.problem(404, auditor.get("/api/arrangements/{id}", Unique.id("never-recorded"))),
                Expect.problem(400, registrar.post("/api/arrangements", "{\"title\": \"\"}")),
                Expect.problem(422, registrar.post("/api/arrangements", """
                        {"title": "A registry of one", "instrument": "OTHER", "parties": ["USA", "USA"]}""")),
                Expect.problem(415, registrar.send("POST", "/api/arrangements", "text/plain", "x")));
        for (JsonNode problem : problems) {
            assertThat(names(problem)).as(problem.toString()).isSubsetOf(members).contains("type", "title", "status");
            problem.path("errors").forEach(error -> assertThat(names(error)).as(problem.toString()).isEqualTo(fieldMembers));
        }
        assertThat(problems).as("problems with field errors and with codes among them")
                .anyMatch(problem -> problem.has("errors")).anyMatch(problem -> problem.has("code"));
    }

    @Test
    void redocly_finds_no_error_in_the_document_under_its_recommended_rules() throws Exception {
        served();
        List<String> command = List.of(npx(), "--yes", REDOCLY, "lint", "--format=json", "--config=redocly.yaml",
                SERVED.toString());
        Path output = Files.createTempFile("redocly", ".json");
        Process lint = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!lint.waitFor(10, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            fail("Redocly did not finish within 10 minutes");
        }
        String text = Files.readString(output);
        Files.delete(output);
        JsonNode report = JSON.readTree(text.substring(Math.max(0, text.indexOf('{'))));
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        report.get("problems").forEach(problem -> (problem.path("severity").asText().equals("error") ? errors : warnings)
                .add(problem.path("ruleId").asText() + " at " + problem.path("location").path(0).path("pointer").asText()
                        + ": " + problem.path("message").asText()));
        warnings.forEach(warning -> System.out.println("Redocly warns: " + warning));
        assertThat(errors).as("Redocly's errors in " + SERVED.toAbsolutePath()).isEmpty();
        assertThat(report.at("/totals/errors").asInt()).isZero();
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The served document, also written to target/ for the linter and for a look when it differs. */
    private JsonNode served() throws IOException {
        JsonNode document = Expect.ok(new Api(client).anonymous().get("/v3/api-docs")).json();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, pretty(document));
        return document;
    }

    /**
     * Pretty, with every object's keys in alphabetical order, so that a refresh shows only what changed; except the
     * media types of a {@code content}, whose first is the one generators and Swagger UI offer.
     */
    private static String pretty(JsonNode document) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(document, false)) + "\n";
    }

    private static JsonNode sorted(JsonNode node, boolean keepOrder) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            if (!keepOrder) {
                names.sort(Comparator.naturalOrder());
            }
            names.forEach(name -> copy.set(name, sorted(node.get(name), name.equals("content") && node.get(name).isObject())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(sorted(item, false)));
            return copy;
        }
        return node;
    }

    /**
     * Node's npx, as CI installs it (.ci/run). Without it the lint is skipped on a developer's machine, said so on
     * the console, and fails the build under CI.
     */
    private static String npx() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "npx");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "Node.js's npx is not on the PATH, so the OpenAPI document is not linted";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; CI must install Node.js and npm (.ci/run does)");
        }
        System.out.println(message + "; install Node.js to lint it");
        Assumptions.abort(message);
        return null;
    }
}
