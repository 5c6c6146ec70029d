package org.entente.app.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.fixtures.CommitmentTerms;
import org.entente.api.fixtures.ContactTerms;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.Json;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.deadline;
import static org.entente.api.fixtures.Requests.fulfilment;
import static org.entente.api.fixtures.Requests.paper;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * The dashboard over HTTP, on the EU–US working group's deliverables as Tuvalu and Nauru might have agreed them (the
 * registry is shared with other tests, and these parties are this class's alone): the milestones of the year's end,
 * what is overdue and which deadline drifted, now and as it stood on a day before the move; the parties' scorecards;
 * an arrangement's timeline; and who may see what.
 */
@EntenteApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

    private static final List<String> PARTIES = List.of("TUV", "NRU");
    private static final LocalDate END_2011 = EuUsWorkingGroup.END_2011;

    @Autowired
    RestTestClient client;

    private Api api;
    private String group;
    private String elsewhere;

    @BeforeAll
    void tuvalu_and_nauru_agree_three_deliverables_meet_one_move_one_and_leave_one_late() {
        api = new Api(client);
        Api tuvalu = api.as("TUV");
        group = Unique.id("tuv-nru-wg");
        created(tuvalu.post("/api/arrangements", Json.arrangement(group, EuUsWorkingGroup.TITLE, EuUsWorkingGroup.INSTRUMENT,
                PARTIES, EuUsWorkingGroup.CONCLUDED, null)));
        String base = "/api/arrangements/" + group;
        for (CommitmentTerms deliverable : List.of(EuUsWorkingGroup.JOINT_EXERCISE, EuUsWorkingGroup.CONFERENCE, UsRussia2011.INCIDENT_LINKS)) {
            created(tuvalu.post(base + "/commitments", new CommitmentTerms(deliverable.id(), deliverable.text(), deliverable.category(),
                    PARTIES, END_2011).json()));
        }
        ok(tuvalu.post(base + "/commitments/" + EuUsWorkingGroup.CONFERENCE.id() + "/fulfilment", fulfilment(
                new CommitmentFulfilled(group, EuUsWorkingGroup.CONFERENCE.id(), EuUsWorkingGroup.CONFERENCE_HELD, "Held"))));
        ok(tuvalu.post(base + "/commitments/" + EuUsWorkingGroup.JOINT_EXERCISE.id() + "/deadline", deadline(
                new CommitmentDeadlineMoved(group, EuUsWorkingGroup.JOINT_EXERCISE.id(), END_2011, EuUsWorkingGroup.EXERCISE_NEW_DEADLINE,
                        EuUsWorkingGroup.EXERCISE_MOVE_REASON, EuUsWorkingGroup.EXERCISE_MOVED_ON))));
        created(tuvalu.post(base + "/contacts", new ContactTerms("tuv-hotline", "TUV", UsRussia2011.USA_HOTLINE.role(),
                UsRussia2011.USA_HOTLINE.details(), LocalDate.of(2011, 1, 10)).json()));
        created(api.as("NRU").post(base + "/papers", paper(new DoctrinePaperSubmitted(group, "nru-strategy", "NRU", List.of("TUV"),
                "National cybersecurity strategy", "National strategy", "en", "UNCLASSIFIED", "1", EuUsWorkingGroup.EU_STRATEGY_SHA256,
                null, null, LocalDate.of(2012, 3, 1)))));

        elsewhere = Unique.id("nru-fji");
        created(api.as("NRU").post("/api/arrangements", Json.arrangement(elsewhere, "Pacific cyber points of contact",
                EuUsWorkingGroup.INSTRUMENT, List.of("NRU", "FJI"), LocalDate.of(2011, 11, 2), null)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode card = ok(api.get("/api/dashboard/parties?party=TUV")).json().get("parties").get(0);
            assertThat(card.get("owed").asInt()).isEqualTo(3);
            assertThat(card.get("fulfilledOnTime").asInt()).isEqualTo(1);
            assertThat(card.get("contacts").get("untested").asInt()).isEqualTo(1);
            assertThat(card.get("outstandingAcknowledgements").asInt()).isEqualTo(1);
            assertThat(ids(timeline("/api/dashboard/milestones?from=2011-10-01&to=2011-12-31&party=NRU").get("milestones")))
                    .contains(elsewhere);
            assertThat(timeline("/api/dashboard/milestones?party=TUV&from=2011-12-01&to=2011-12-31").get("drifting")).isNotEmpty();
        });
    }

    @Test
    void the_year_end_shows_what_was_met_what_fell_due_what_is_overdue_and_which_deadline_drifted() {
        JsonNode yearEnd = timeline("/api/dashboard/milestones?from=2011-10-01&to=2011-12-31&party=tuv");

        assertThat(yearEnd.get("party").asText()).isEqualTo("TUV");
        assertThat(milestones(yearEnd.get("milestones"))).containsExactly(
                "2011-12-08 COMMITMENT_FULFILLED " + EuUsWorkingGroup.CONFERENCE.id(),
                "2011-12-31 COMMITMENT_DUE " + EuUsWorkingGroup.CONFERENCE.id(),
                "2011-12-31 COMMITMENT_DUE " + UsRussia2011.INCIDENT_LINKS.id());
        assertThat(milestones(yearEnd.get("overdue"))).containsExactly(
                "2011-12-31 COMMITMENT_DUE " + UsRussia2011.INCIDENT_LINKS.id(),
                "2013-12-31 COMMITMENT_DUE " + EuUsWorkingGroup.JOINT_EXERCISE.id());
        assertThat(yearEnd.get("overdueTotal").asInt()).isEqualTo(2);
        JsonNode drift = yearEnd.get("drifting").get(0);
        assertThat(drift.get("commitmentId").asText()).isEqualTo(EuUsWorkingGroup.JOINT_EXERCISE.id());
        assertThat(drift.get("originalDueBy").asText()).isEqualTo("2011-12-31");
        assertThat(drift.get("dueBy").asText()).isEqualTo("2013-12-31");
        assertThat(drift.get("timesMoved").asInt()).isEqualTo(1);
        assertThat(drift.get("daysMoved").asLong()).isEqualTo(731);
    }

    @Test
    void as_of_a_day_before_the_move_the_exercise_was_still_due_at_the_year_end_and_nothing_had_drifted() {
        JsonNode then = timeline("/api/dashboard/milestones?from=2011-10-01&to=2011-12-31&party=TUV&asOf=2011-12-01");

        assertThat(then.get("judgedOn").asText()).isEqualTo("2011-12-01");
        assertThat(milestones(then.get("milestones"))).containsExactly(
                "2011-12-31 COMMITMENT_DUE " + EuUsWorkingGroup.CONFERENCE.id(),
                "2011-12-31 COMMITMENT_DUE " + UsRussia2011.INCIDENT_LINKS.id(),
                "2011-12-31 COMMITMENT_DUE " + EuUsWorkingGroup.JOINT_EXERCISE.id());
        assertThat(then.get("overdue")).isEmpty();
        assertThat(then.get("drifting")).isEmpty();
        assertThat(then.get("driftingTotal").asInt()).isZero();
    }

    @Test
    void without_a_window_the_timeline_covers_this_quarter_and_the_next() {
        JsonNode now = timeline("/api/dashboard/milestones?party=TUV");
        LocalDate from = LocalDate.parse(now.get("from").asText());

        assertThat(from.getDayOfMonth()).isEqualTo(1);
        assertThat(from.getMonthValue() % 3).isEqualTo(1);
        assertThat(now.get("to").asText()).isEqualTo(from.plusMonths(6).minusDays(1).toString());
    }

    @Test
    void a_scorecard_counts_what_a_party_owes_its_contacts_and_what_it_has_to_acknowledge_now_and_on_a_past_day() {
        JsonNode now = ok(api.get("/api/dashboard/parties?party=TUV")).json();
        JsonNode in2011 = ok(api.get("/api/dashboard/parties?party=TUV&asOf=2011-12-10")).json();

        assertThat(now.get("parties")).hasSize(1);
        JsonNode card = now.get("parties").get(0);
        assertThat(List.of(card.get("owed").asInt(), card.get("open").asInt(), card.get("inProgress").asInt(),
                card.get("fulfilledOnTime").asInt(), card.get("fulfilledLate").asInt(), card.get("overdue").asInt(),
                card.get("withdrawn").asInt(), card.get("outstandingAcknowledgements").asInt())).containsExactly(3, 2, 0, 1, 0, 2, 0, 1);
        JsonNode then = in2011.get("parties").get(0);
        assertThat(in2011.get("judgedOn").asText()).isEqualTo("2011-12-10");
        assertThat(List.of(then.get("open").asInt(), then.get("fulfilledOnTime").asInt(), then.get("overdue").asInt(),
                then.get("outstandingAcknowledgements").asInt(), then.get("contacts").get("untested").asInt()))
                .containsExactly(2, 1, 0, 0, 1);
        assertThat(ok(api.get("/api/dashboard/parties")).json().get("parties").findValuesAsText("party")).contains("TUV", "NRU", "FJI");
    }

    @Test
    void an_arrangement_timeline_is_answered_now_and_as_of_a_day_and_an_unknown_one_is_not_found() {
        JsonNode now = ok(api.get("/api/arrangements/" + group + "/milestones")).json();
        JsonNode agreed = ok(api.get("/api/arrangements/" + group + "/milestones?asOf=2010-12-01")).json();
        JsonNode before = ok(api.get("/api/arrangements/" + group + "/milestones?asOf=2010-11-19")).json();

        assertThat(now.get("arrangementId").asText()).isEqualTo(group);
        assertThat(milestones(now.get("milestones"))).containsExactly(
                "2010-11-20 CONCLUDED null",
                "2010-11-20 ENTERED_INTO_FORCE null",
                "2011-12-08 COMMITMENT_FULFILLED " + EuUsWorkingGroup.CONFERENCE.id(),
                "2011-12-31 COMMITMENT_DUE " + EuUsWorkingGroup.CONFERENCE.id(),
                "2011-12-31 COMMITMENT_DUE " + UsRussia2011.INCIDENT_LINKS.id(),
                "2013-12-31 COMMITMENT_DUE " + EuUsWorkingGroup.JOINT_EXERCISE.id());
        assertThat(milestones(agreed.get("milestones"))).as("agreed with the arrangement, all due at the year's end then")
                .containsExactly(
                        "2010-11-20 CONCLUDED null",
                        "2010-11-20 ENTERED_INTO_FORCE null",
                        "2011-12-31 COMMITMENT_DUE " + EuUsWorkingGroup.CONFERENCE.id(),
                        "2011-12-31 COMMITMENT_DUE " + UsRussia2011.INCIDENT_LINKS.id(),
                        "2011-12-31 COMMITMENT_DUE " + EuUsWorkingGroup.JOINT_EXERCISE.id());
        assertThat(before.get("milestones")).as("before it took effect").isEmpty();
        assertThat(problem(404, api.get("/api/arrangements/" + Unique.id("nowhere") + "/milestones")).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void a_registrar_sees_the_milestones_of_its_own_arrangements_and_its_own_scorecard_only() {
        Api tuvalu = api.as("TUV");

        JsonNode all = ok(tuvalu.get("/api/dashboard/milestones?from=2010-11-01&to=2011-12-31")).json();
        assertThat(ids(all.get("milestones"))).contains(group).doesNotContain(elsewhere);
        assertThat(ok(tuvalu.get("/api/dashboard/milestones?from=2010-11-01&to=2011-12-31&party=FJI")).json().get("milestones")).isEmpty();
        assertThat(ok(tuvalu.get("/api/dashboard/parties")).json().get("parties").findValuesAsText("party")).containsExactly("TUV");
        assertThat(ok(tuvalu.get("/api/dashboard/parties?party=NRU")).json().get("parties")).isEmpty();
        problem(404, api.as("FJI").get("/api/arrangements/" + group + "/milestones"));
        assertThat(ids(ok(api.signedInAs(org.entente.app.testing.Users.VIEWER)
                .get("/api/dashboard/milestones?from=2010-11-01&to=2011-12-31&party=NRU")).json().get("milestones")))
                .contains(group, elsewhere);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a malformed first day             | /api/dashboard/milestones?from=next-week                    | from
            a malformed last day              | /api/dashboard/milestones?to=2012-13-01                     | to
            a malformed day of the answer     | /api/dashboard/parties?asOf=yesterday                       | asOf
            a window ending before it starts  | /api/dashboard/milestones?from=2012-01-02&to=2012-01-01     | to
            a window of more than ten years   | /api/dashboard/milestones?from=2001-01-01&to=2011-01-02     | to
            an unknown party                  | /api/dashboard/milestones?party=XYZ                         | party
            an unknown party for scorecards   | /api/dashboard/parties?party=XYZ                            | party
            a parameter the route does not take | /api/dashboard/parties?owedBy=TUV                         | owedBy
            a malformed day on a timeline     | /api/arrangements/any/milestones?asOf=soon                  | asOf
            """)
    void a_malformed_or_unknown_parameter_is_a_problem_naming_it(String what, String path, String parameter) {
        JsonNode problem = problem(400, api.get(path));

        assertThat(problem.get("errors")).as(what).extracting(e -> e.get("field").asText()).contains(parameter);
    }

    private JsonNode timeline(String path) {
        return ok(api.get(path)).json();
    }

    /** Each milestone of this class's arrangement as "day kind commitment". */
    private List<String> milestones(JsonNode list) {
        List<String> found = new ArrayList<>();
        list.forEach(m -> {
            if (m.get("arrangementId").asText().equals(group)) {
                found.add(m.get("on").asText() + " " + m.get("kind").asText() + " " + m.get("commitmentId").asText());
            }
        });
        return found;
    }

    private static List<String> ids(JsonNode milestones) {
        return milestones.findValuesAsText("arrangementId");
    }
}
