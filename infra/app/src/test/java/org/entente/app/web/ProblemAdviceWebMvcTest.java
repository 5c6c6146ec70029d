package org.entente.app.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
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
 * MongoDB are replaced by mocks, so each test decides exactly which failure reaches the controller.
 */
// Naming the controllers keeps a future controller with other collaborators from breaking this slice.
@WebMvcTest(controllers = {ArrangementController.class, CommitmentController.class, PartyController.class})
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

    // --- business rules broken inside the aggregate

    @Test
    @DisplayName("a rule the current state forbids answers 409 with the rule as code")
    void conflictingRuleIsAConflict() throws Exception {
        commandFails(new RuleViolation(Rule.ARRANGEMENT_ALREADY_RECORDED, "Arrangement 'hotline' exists with other content"));

        postJson("/api/arrangements", recordBody())
                .andExpect(status().isConflict())
                .andExpect(problem(PROBLEM + "arrangement-already-recorded", 409))
                .andExpect(jsonPath("$.title").value(Rule.ARRANGEMENT_ALREADY_RECORDED.title()))
                .andExpect(jsonPath("$.detail").value("Arrangement 'hotline' exists with other content"))
                .andExpect(jsonPath("$.code").value("ARRANGEMENT_ALREADY_RECORDED"));
    }

    @Test
    @DisplayName("a rule the content breaks answers 422 naming the offending field")
    void unprocessableRuleNamesTheField() throws Exception {
        commandFails(new RuleViolation(Rule.UNKNOWN_PARTY_CODE, "parties[1]", "'QQQ' is not a party code"));

        postJson("/api/arrangements", recordBody())
                .andExpect(status().isUnprocessableContent())
                .andExpect(problem(PROBLEM + "unknown-party-code", 422))
                .andExpect(jsonPath("$.code").value("UNKNOWN_PARTY_CODE"))
                .andExpect(jsonPath("$.errors[0].field").value("parties[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("'QQQ' is not a party code"));
    }

    @Test
    @DisplayName("a rule about something the registry does not hold answers 404")
    void notFoundRuleIsNotFound() throws Exception {
        commandFails(new RuleViolation(Rule.UNKNOWN_COMMITMENT, "No commitment 'poc-1'"));

        postJson("/api/arrangements/hotline/commitments/poc-1/fulfilment", Map.of("fulfilledOn", "2012-01-15"))
                .andExpect(status().isNotFound())
                .andExpect(problem(PROBLEM + "unknown-commitment", 404))
                .andExpect(jsonPath("$.code").value("UNKNOWN_COMMITMENT"));
    }

    // --- failures Axon reports

    @Test
    @DisplayName("a command for an arrangement that was never recorded answers 404")
    void missingAggregateIsNotFound() throws Exception {
        commandFails(new AggregateNotFoundException("ghost", "The aggregate was not found in the event store"));

        postJson("/api/arrangements/ghost/status", statusChangeBody())
                .andExpect(status().isNotFound())
                .andExpect(problem(PROBLEM + "not-found", 404))
                .andExpect(jsonPath("$.detail").value(containsString("ghost")));
    }

    @Test
    @DisplayName("a write that lost the race against a concurrent one answers 409")
    void concurrentWriteIsAConflict() throws Exception {
        commandFails(new ConcurrencyException("An event for aggregate [hotline] at sequence [3] was already inserted"));

        postJson("/api/arrangements/hotline/status", statusChangeBody())
                .andExpect(status().isConflict())
                .andExpect(problem(PROBLEM + "concurrent-modification", 409));
    }

    // --- request bodies that cannot become a command

    @Test
    @DisplayName("a body that is not JSON answers 400 as a malformed body")
    void malformedJsonIsAMalformedBody() throws Exception {
        postRaw("/api/arrangements", "{\"title\": \"Hotline\", \"instrument\": }")
                .andExpect(status().isBadRequest())
                .andExpect(problem(PROBLEM + "malformed-body", 400));
    }

    @Test
    @DisplayName("an instrument outside the enumeration answers 400 naming instrument")
    void unknownInstrumentNamesTheField() throws Exception {
        postJson("/api/arrangements", recordBodyWith("instrument", "TREATY"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("instrument"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("AGREEMENT")));
    }

    @Test
    @DisplayName("a body without a title answers 400 naming title")
    void missingTitleNamesTheField() throws Exception {
        Map<String, Object> body = recordBody();
        body.remove("title");

        postJson("/api/arrangements", body)
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("title"));
    }

    @Test
    @DisplayName("a date that is not a calendar date answers 400 naming concludedOn")
    void impossibleDateNamesTheField() throws Exception {
        postJson("/api/arrangements", recordBodyWith("concludedOn", "2011-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("concludedOn"));
    }

    @Test
    @DisplayName("a client id that could not stand in a URL answers 400 naming id")
    void unusableClientIdNamesTheField() throws Exception {
        postJson("/api/arrangements", recordBodyWith("id", "bad id!"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("id"));
    }

    // --- query parameters

    @Test
    @DisplayName("listing by a status that does not exist answers 400 naming status")
    void unknownStatusParameterNamesIt() throws Exception {
        mvc.perform(get("/api/arrangements").param("status", "BOGUS"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("status"));
    }

    @Test
    @DisplayName("listing pages of size zero answers 400 naming size")
    void emptyPageSizeNamesIt() throws Exception {
        mvc.perform(get("/api/arrangements").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("size"));
    }

    @Test
    @DisplayName("listing by an unknown party code answers 400 naming party")
    void unknownPartyParameterNamesIt() throws Exception {
        mvc.perform(get("/api/arrangements").param("party", "QQQ"))
                .andExpect(status().isBadRequest())
                .andExpect(invalidRequestNaming("party"));
    }

    // --- success and read-your-writes

    @Test
    @DisplayName("recording an arrangement answers 201 with its location, id and version")
    void recordingAnswersCreated() throws Exception {
        given(commands.sendAndWait(any())).willReturn(1L);

        postJson("/api/arrangements", recordBody())
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/arrangements/hotline-2011"))
                .andExpect(jsonPath("$.id").value("hotline-2011"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    @DisplayName("a read whose view has not caught up answers 503 with Retry-After")
    void lateViewAsksToRetry() throws Exception {
        given(readYourWrites.read(eq("hotline-2011"), eq(4L), any(), any()))
                .willThrow(new ViewNotCaughtUp("hotline-2011", 4));

        mvc.perform(get("/api/arrangements/hotline-2011").param("minVersion", "4"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(problem(PROBLEM + "view-not-caught-up", 503));
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
