package org.entente.app.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.rules.CommandRefusal;
import org.entente.api.rules.Outcome;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How failures leave the HTTP API, as the contract in API.md promises them: RFC 9457 problem documents
 * whose {@code type} and {@code code} clients can branch on. Only the web layer is loaded; Axon and
 * MongoDB are replaced by mocks, so each test decides exactly which failure reaches the controller. A
 * refused command reaches it as Axon delivers it, a {@link CommandExecutionException} whose details are
 * the {@link CommandRefusal}: that is all a distributed command bus carries back.
 * <p>
 * Sign-in is left out of the slice: no security filter runs and nobody is signed in. Who may make which
 * request is the whole application's to show; this test is about how what failed is told.
 */
// Naming the controllers keeps a future controller with other collaborators from breaking this slice. They are
// package-private in their feature packages, so they are named by a pattern rather than by class.
@WebMvcTest(useDefaultFilters = false, includeFilters = {
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ProblemAdvice.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
                "org\\.entente\\.app\\.arrangement\\.ArrangementController",
                "org\\.entente\\.app\\.commitment\\.CommitmentController"})})
// Said outright, so that Spring Security's test support, should it join the slice, does not answer 401 before any controller.
@AutoConfigureMockMvc(addFilters = false)
class ProblemAdviceWebMvcTest {

    private static final String PROBLEM = "urn:entente:problem:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private QueryGateway queries;

    @MockitoBean
    private ReadYourWrites readYourWrites;

    @MockitoBean
    private Pages pages;

    // --- business rules broken inside the aggregate

    @Test
    void a_rule_the_current_state_forbids_answers_409_with_the_rule_as_code() throws Exception {
        commandRefused(new RuleViolation(Rule.ARRANGEMENT_ALREADY_RECORDED, "Arrangement 'hotline' exists with other content"));

        postJson("/api/arrangements", recordBody())
                .andExpect(status().isConflict())
                .andExpect(problem(PROBLEM + "arrangement-already-recorded", 409))
                .andExpect(jsonPath("$.title").value(Rule.ARRANGEMENT_ALREADY_RECORDED.title()))
                .andExpect(jsonPath("$.detail").value("Arrangement 'hotline' exists with other content"))
                .andExpect(jsonPath("$.code").value("ARRANGEMENT_ALREADY_RECORDED"));
    }

    @Test
    void a_rule_the_content_breaks_answers_422_naming_the_offending_field() throws Exception {
        commandRefused(new RuleViolation(Rule.UNKNOWN_PARTY_CODE, "parties[1]", "'QQQ' is not a party code"));

        postJson("/api/arrangements", recordBody())
                .andExpect(status().isUnprocessableContent())
                .andExpect(problem(PROBLEM + "unknown-party-code", 422))
                .andExpect(jsonPath("$.code").value("UNKNOWN_PARTY_CODE"))
                .andExpect(jsonPath("$.errors[0].field").value("parties[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("'QQQ' is not a party code"));
    }

    @Test
    void a_rule_about_something_the_registry_does_not_hold_answers_404() throws Exception {
        commandRefused(new RuleViolation(Rule.UNKNOWN_COMMITMENT, "No commitment 'poc-1'"));

        postJson("/api/arrangements/hotline/commitments/poc-1/fulfilment", Map.of("fulfilledOn", "2012-01-15"))
                .andExpect(status().isNotFound())
                .andExpect(problem(PROBLEM + "unknown-commitment", 404))
                .andExpect(jsonPath("$.code").value("UNKNOWN_COMMITMENT"));
    }

    // --- failures Axon reports

    @Test
    void a_command_for_an_arrangement_that_was_never_recorded_answers_404() throws Exception {
        String detail = "No arrangement 'ghost'";
        commandFails(new CommandExecutionException(detail,
                new AggregateNotFoundException("ghost", "The aggregate was not found in the event store"),
                new CommandRefusal(CommandRefusal.NOT_FOUND, Outcome.NOT_FOUND, null, detail)));

        postJson("/api/arrangements/ghost/status", statusChangeBody())
                .andExpect(status().isNotFound())
                .andExpect(problem(PROBLEM + "not-found", 404))
                .andExpect(jsonPath("$.detail").value(detail))
                .andExpect(jsonPath("$.code").doesNotExist());
    }

    @Test
    void a_refusal_whose_code_this_node_does_not_know_still_answers_titled_by_its_code() throws Exception {
        commandFails(new CommandExecutionException("Refused", null,
                new CommandRefusal("RULE_OF_A_NEWER_NODE", Outcome.CONFLICT, "title", "A newer node refused it")));

        postJson("/api/arrangements", recordBody())
                .andExpect(status().isConflict())
                .andExpect(problem(PROBLEM + "rule-of-a-newer-node", 409))
                .andExpect(jsonPath("$.title").value("RULE_OF_A_NEWER_NODE"))
                .andExpect(jsonPath("$.code").value("RULE_OF_A_NEWER_NODE"))
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void a_party_acting_for_another_answers_403() throws Exception {
        commandRefused(new RuleViolation(Rule.ACTING_FOR_ANOTHER_PARTY, "'USA' cannot act for 'RUS'"));

        postJson("/api/arrangements/hotline/status", statusChangeBody())
                .andExpect(status().isForbidden())
                .andExpect(problem(PROBLEM + "acting-for-another-party", 403))
                .andExpect(jsonPath("$.code").value("ACTING_FOR_ANOTHER_PARTY"));
    }

    @Test
    void a_command_the_signed_in_user_may_not_issue_answers_403() throws Exception {
        commandFails(new AccessDeniedException("Only a registrar records, and only for its own party"));

        postJson("/api/arrangements", recordBody())
                .andExpect(status().isForbidden())
                .andExpect(problem(PROBLEM + "forbidden", 403))
                .andExpect(jsonPath("$.detail").value("Only a registrar records, and only for its own party"));
    }

    @Test
    void a_command_failed_without_a_refusal_is_an_internal_error_that_keeps_its_details_out_of_the_answer() throws Exception {
        commandFails(new CommandExecutionException("Connection to the event store lost", new IllegalStateException("boom")));

        postJson("/api/arrangements", recordBody())
                .andExpect(status().isInternalServerError())
                .andExpect(problem(PROBLEM + "internal-error", 500))
                .andExpect(jsonPath("$.detail").value(not(containsString("lost"))));
    }

    @Test
    void a_write_that_lost_the_race_against_a_concurrent_one_answers_409() throws Exception {
        commandFails(new ConcurrencyException("An event for aggregate [hotline] at sequence [3] was already inserted"));

        postJson("/api/arrangements/hotline/status", statusChangeBody())
                .andExpect(status().isConflict())
                .andExpect(problem(PROBLEM + "concurrent-modification", 409));
    }

    // --- request bodies that cannot become a command

    @Test
    void a_body_that_is_not_json_answers_400_as_a_malformed_body() throws Exception {
        postRaw("/api/arrangements", "{\"title\": \"Hotline\", \"instrument\": }")
                .andExpect(status().isBadRequest())
                .andExpect(problem(PROBLEM + "malformed-body", 400));
    }

    @Test
    void an_instrument_outside_the_enumeration_answers_400_naming_instrument() throws Exception {
        postJson("/api/arrangements", recordBodyWith("instrument", "TREATY"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("instrument"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("AGREEMENT")));
    }

    @Test
    void a_body_without_a_title_answers_400_naming_title() throws Exception {
        Map<String, Object> body = recordBody();
        body.remove("title");

        postJson("/api/arrangements", body)
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("title"));
    }

    @Test
    void a_date_that_is_not_a_calendar_date_answers_400_naming_concluded_on() throws Exception {
        postJson("/api/arrangements", recordBodyWith("concludedOn", "2011-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("concludedOn"));
    }

    @Test
    void a_client_id_that_could_not_stand_in_a_url_answers_400_naming_id() throws Exception {
        postJson("/api/arrangements", recordBodyWith("id", "bad id!"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("id"));
    }

    // --- query parameters

    @Test
    void listing_by_a_status_that_does_not_exist_answers_400_naming_status() throws Exception {
        mvc.perform(get("/api/arrangements").param("status", "BOGUS"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("status"));
    }

    @Test
    void listing_pages_of_size_zero_answers_400_naming_size() throws Exception {
        mvc.perform(get("/api/arrangements").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("size"));
    }

    @Test
    void listing_by_an_unknown_party_code_answers_400_naming_party() throws Exception {
        mvc.perform(get("/api/arrangements").param("party", "QQQ"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("party"));
    }

    // --- success and read-your-writes

    @Test
    void recording_an_arrangement_answers_201_with_its_location_id_and_version() throws Exception {
        given(commands.sendAndWait(any())).willReturn(1L);

        postJson("/api/arrangements", recordBody())
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/arrangements/hotline-2011"))
                .andExpect(jsonPath("$.id").value("hotline-2011"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void a_read_whose_view_has_not_caught_up_answers_503_with_retry_after() throws Exception {
        given(readYourWrites.read(eq("hotline-2011"), eq("arrangement"), eq(4L), any(), any()))
                .willThrow(new ViewNotCaughtUp("hotline-2011", 4, Duration.ofSeconds(1)));

        mvc.perform(get("/api/arrangements/hotline-2011").param("minVersion", "4"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(problem(PROBLEM + "view-not-caught-up", 503));
    }

    /** The aggregate refused the command: Axon delivers the refusal as the details of its execution exception. */
    private void commandRefused(RuleViolation violation) {
        commandFails(new CommandExecutionException(violation.getMessage(), violation, CommandRefusal.of(violation)));
    }

    private void commandFails(RuntimeException failure) {
        given(commands.sendAndWait(any())).willThrow(failure);
    }

    private ResultActions postJson(String path, Object body) throws Exception {
        return postRaw(path, JSON.writeValueAsString(body));
    }

    private ResultActions postRaw(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** A body the web layer accepts, so each test can break exactly one thing about it. */
    private static Map<String, Object> recordBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "hotline-2011");
        body.put("title", "Joint statement on a cyber hotline");
        body.put("instrument", "JOINT_STATEMENT");
        body.put("parties", List.of("USA", "RUS"));
        body.put("concludedOn", "2011-06-17");
        return body;
    }

    private static Map<String, Object> recordBodyWith(String field, Object value) {
        Map<String, Object> body = recordBody();
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> statusChangeBody() {
        return Map.of("status", "SUSPENDED", "effectiveOn", "2014-03-01", "reason", "Talks broken off");
    }

    private static ResultMatcher problem(String type, int status) {
        return allOf(
                content().contentType(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").value(type),
                jsonPath("$.status").value(status),
                jsonPath("$.title").isNotEmpty(),
                jsonPath("$.detail").isNotEmpty());
    }

    private static ResultMatcher invalidRequestNaming(String field) {
        return allOf(
                problem(PROBLEM + "invalid-request", 400),
                jsonPath("$.title").value("Invalid request"),
                jsonPath("$.errors[0].field").value(field));
    }

    /** Runs every matcher, like {@code andExpectAll}, but as one matcher that the helpers above can compose. */
    private static ResultMatcher allOf(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
