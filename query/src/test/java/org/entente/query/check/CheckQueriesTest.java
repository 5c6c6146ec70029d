package org.entente.query.check;

import org.entente.api.check.CheckList;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.CheckView;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.FindCheckQuery;
import org.entente.api.check.FindChecksQuery;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.CheckStreams;
import org.entente.query.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.api.fixtures.UsRussia2011.RUS_CHECKS_USA_HOTLINE;
import static org.entente.api.fixtures.WatchAndWarning.DEU_CHECKS_USA_WATCH;
import static org.entente.api.fixtures.WatchAndWarning.USA_CHECKS_DEU_WATCH;
import static org.entente.api.fixtures.WatchAndWarning.USA_CHECKS_DEU_WATCH_AGAIN;

/** The checks of the watch-and-warning centres in November 2026, and Russia's of the US hotline in 2013. */
class CheckQueriesTest {

    private final InMemoryCheckDocuments documents = new InMemoryCheckDocuments();
    private final CheckProjection projection = new CheckProjection(documents);
    private final CheckQueries queries = new CheckQueries(documents);

    @BeforeEach
    void the_checks_are_folded() {
        Delivery.to(projection).deliverAll(EventStream.inRecordingOrder(CheckStreams.all()));
    }

    @Test
    void an_initiated_check_is_pending_as_of_its_first_event() {
        CheckView pending = check(USA_CHECKS_DEU_WATCH_AGAIN.id());

        assertThat(pending).isEqualTo(new CheckView(USA_CHECKS_DEU_WATCH_AGAIN.id(), WatchAndWarning.ID,
                WatchAndWarning.DEU_WATCH.id(), "USA", "DEU", CheckStatus.PENDING, USA_CHECKS_DEU_WATCH_AGAIN.initiatedAt(),
                USA_CHECKS_DEU_WATCH_AGAIN.answerBy(), null, null, null, 1));
    }

    @Test
    void an_answered_check_has_its_answer_and_response_time_as_of_its_second_event() {
        CheckView answered = check(USA_CHECKS_DEU_WATCH.id());

        assertThat(answered.status()).isEqualTo(CheckStatus.ANSWERED);
        assertThat(answered.answeredAt()).isEqualTo(WatchAndWarning.DEU_WATCH_ANSWERED);
        assertThat(answered.responseTime()).isEqualTo(Duration.ofMinutes(7));
        assertThat(answered.failedAt()).isNull();
        assertThat(answered.version()).isEqualTo(2);
    }

    @Test
    void an_unanswered_check_failed_at_its_answer_by_time_as_of_its_second_event() {
        CheckView failed = check(DEU_CHECKS_USA_WATCH.id());

        assertThat(failed.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(failed.failedAt()).isEqualTo(DEU_CHECKS_USA_WATCH.answerBy());
        assertThat(failed.answeredAt()).isNull();
        assertThat(failed.responseTime()).isNull();
        assertThat(failed.version()).isEqualTo(2);
    }

    @Test
    void finding_an_unknown_check_answers_empty() {
        assertThat(queries.handle(new FindCheckQuery("no-such-check"))).isEmpty();
    }

    @Test
    void the_checks_a_party_made_or_received_are_listed_oldest_first() {
        CheckList usa = queries.handle(new FindChecksQuery("USA", null));

        assertThat(usa.items()).extracting(CheckView::id).containsExactly(RUS_CHECKS_USA_HOTLINE.id(),
                USA_CHECKS_DEU_WATCH.id(), DEU_CHECKS_USA_WATCH.id(), USA_CHECKS_DEU_WATCH_AGAIN.id());
    }

    @Test
    void the_checks_are_narrowed_by_status() {
        CheckList answeredByGermany = queries.handle(new FindChecksQuery("DEU", CheckStatus.ANSWERED));
        CheckList failed = queries.handle(new FindChecksQuery(null, CheckStatus.FAILED));

        assertThat(answeredByGermany.items()).extracting(CheckView::id).containsExactly(USA_CHECKS_DEU_WATCH.id());
        assertThat(failed.items()).extracting(CheckView::id).containsExactly(DEU_CHECKS_USA_WATCH.id());
    }

    @Test
    void the_outcome_of_a_check_never_initiated_is_refused() {
        CommunicationCheckAnswered answer = USA_CHECKS_DEU_WATCH.answer(WatchAndWarning.DEU_WATCH_ANSWERED);
        InMemoryCheckDocuments empty = new InMemoryCheckDocuments();
        Delivery toAnEmptyStore = Delivery.to(new CheckProjection(empty));

        assertThatThrownBy(() -> toAnEmptyStore.deliver(EventStream.check(USA_CHECKS_DEU_WATCH.id())
                .then(answer, WatchAndWarning.DEU_WATCH_ANSWERED).messages().get(0)))
                .rootCause().isInstanceOf(IllegalStateException.class).hasMessageContaining(USA_CHECKS_DEU_WATCH.id());
        assertThat(empty.all()).isEmpty();
    }

    @Test
    void the_reset_handler_empties_the_store() {
        projection.reset();

        assertThat(documents.all()).isEmpty();
        assertThat(queries.handle(new FindChecksQuery(null, null)).items()).isEmpty();
    }

    private CheckView check(String checkId) {
        return queries.handle(new FindCheckQuery(checkId)).orElseThrow();
    }
}
