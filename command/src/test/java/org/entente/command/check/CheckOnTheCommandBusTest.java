package org.entente.command.check;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.entente.api.check.AnswerCommunicationCheck;
import org.entente.api.check.FailCommunicationCheck;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.entente.api.fixtures.Registry.NOW;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Answers and failures go to the check's own aggregate: the arrangement's stream never holds them. */
class CheckOnTheCommandBusTest {

    private static final String CHECK = ID + ":check-1";
    private static final CheckTerms USA_CHECKS_RUS_CERT = new CheckTerms(CHECK, ID, RUS_CERT.id(), "USA", RUS_CERT.party(), NOW,
            NOW.plus(Duration.ofHours(24)));

    private final InMemoryAxon axon = new InMemoryAxon();

    @BeforeEach
    void aCheckOfRussiasCert() {
        axon.send(UsRussia2011.record());
        axon.send(RUS_CERT.designateUnder(ID));
        axon.send(USA_CHECKS_RUS_CERT.initiate());
    }

    @AfterEach
    void shutDown() {
        axon.close();
    }

    @Test
    void the_answer_is_recorded_on_the_checks_stream_and_not_on_the_arrangements() {
        List<Object> arrangementBefore = axon.stream(ID);

        long version = axon.sendActingFor(RUS_CERT.party(), new AnswerCommunicationCheck(CHECK, NOW));

        assertThat(version, equalTo(2L));
        assertThat(axon.stream(CHECK), contains(USA_CHECKS_RUS_CERT.initiated(), USA_CHECKS_RUS_CERT.answer(NOW)));
        assertThat(axon.stream(ID), equalTo(arrangementBefore));
    }

    @Test
    void answering_an_unknown_check_is_not_found() {
        // The repository, not a rule, refuses an id it does not hold; the web layer answers that as 404.
        assertThrows(AggregateNotFoundException.class, () -> axon.send(new AnswerCommunicationCheck("QQQ", NOW)));
    }

    @Test
    void failing_an_unknown_check_is_not_found() {
        assertThrows(AggregateNotFoundException.class, () -> axon.send(new FailCommunicationCheck("QQQ")));
    }
}
