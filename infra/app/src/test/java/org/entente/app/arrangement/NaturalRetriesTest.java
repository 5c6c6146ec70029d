package org.entente.app.arrangement;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.fixtures.Requests.deadline;
import static org.entente.api.fixtures.Requests.fulfilment;
import static org.entente.api.fixtures.Requests.progress;
import static org.entente.api.fixtures.Requests.retirement;
import static org.entente.api.fixtures.Requests.statusChange;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_MOVED_ON;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_MOVE_REASON;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS_FULFILLED;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * A write sent again without a key, because its answer was lost, is answered as a retry: the same 200 and
 * version as the first time, and nothing more in the history. Other content for what is already done is 409.
 */
@EntenteApplicationTest
class NaturalRetriesTest {

    @Autowired
    RestTestClient client;

    @Autowired
    EventStore eventStore;

    private Api api;
    private String id;
    private String commitments;

    @BeforeEach
    void usRussiaWithItsThreeMechanisms() {
        api = new Api(client).as("USA");
        id = Stories.usRussiaWithItsThreeMechanisms(api);
        commitments = "/api/arrangements/" + id + "/commitments/";
    }

    /** Sends the write twice: both answers alike, one event stored by them. */
    private void isRetriedAlike(Function<Api, Api.Reply> write) {
        long before = eventStore.lastSequenceNumberFor(id).orElseThrow();
        Api.Reply first = ok(write.apply(api));

        Api.Reply again = ok(write.apply(api));

        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(eventStore.lastSequenceNumberFor(id)).hasValue(before + 1);
    }

    @Test
    void a_fulfilment_sent_again_is_a_retry() {
        isRetriedAlike(api -> api.post(commitments + MILITARY_VIEWS.id() + "/fulfilment",
                fulfilment(new CommitmentFulfilled(id, MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED, "Papers exchanged"))));

        JsonNode other = problem(409, api.post(commitments + MILITARY_VIEWS.id() + "/fulfilment",
                fulfilment(new CommitmentFulfilled(id, MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED, "Other evidence"))));
        assertThat(other.get("code").asText()).isEqualTo("COMMITMENT_CLOSED");
    }

    @Test
    void progress_sent_again_is_a_retry() {
        isRetriedAlike(api -> api.post(commitments + CERT_EXCHANGE.id() + "/progress",
                progress(new CommitmentProgressRecorded(id, CERT_EXCHANGE.id(), "Contacts exchanged", UsRussia2011.US_PAPER_HANDED_OVER))));
    }

    @Test
    void a_deadline_moved_again_to_the_same_date_for_the_same_reason_is_a_retry() {
        isRetriedAlike(api -> api.post(commitments + CERT_EXCHANGE.id() + "/deadline",
                deadline(new CommitmentDeadlineMoved(id, CERT_EXCHANGE.id(), null, CERT_EXCHANGE_NEW_DEADLINE, CERT_EXCHANGE_MOVE_REASON,
                        CERT_EXCHANGE_MOVED_ON))));

        JsonNode other = problem(409, api.post(commitments + CERT_EXCHANGE.id() + "/deadline",
                deadline(new CommitmentDeadlineMoved(id, CERT_EXCHANGE.id(), null, CERT_EXCHANGE_NEW_DEADLINE, "Another reason",
                        CERT_EXCHANGE_MOVED_ON))));
        assertThat(other.get("code").asText()).isEqualTo("DEADLINE_UNCHANGED");
    }

    @Test
    void a_status_change_sent_again_is_a_retry() {
        isRetriedAlike(api -> api.post("/api/arrangements/" + id + "/status",
                statusChange(new ArrangementSuspended(id, UsRussia2011.SUSPENDED, "Working group suspended"))));
    }

    @Test
    void a_contact_retirement_sent_again_is_a_retry() {
        created(api.as("USA").post("/api/arrangements/" + id + "/contacts", USA_HOTLINE.json()));

        isRetriedAlike(api -> api.as("USA").post("/api/arrangements/" + id + "/contacts/" + USA_HOTLINE.id() + "/retirement",
                retirement(new PointOfContactRetired(id, USA_HOTLINE.id(), "Line moved", UsRussia2011.TERMINATED))));

        JsonNode other = problem(409, api.as("USA").post("/api/arrangements/" + id + "/contacts/" + USA_HOTLINE.id() + "/retirement",
                retirement(new PointOfContactRetired(id, USA_HOTLINE.id(), "Another reason", UsRussia2011.TERMINATED))));
        assertThat(other.get("code").asText()).isEqualTo("CONTACT_RETIRED");
    }
}
