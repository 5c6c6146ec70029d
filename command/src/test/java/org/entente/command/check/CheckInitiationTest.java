package org.entente.command.check;

import org.entente.api.check.InitiateCommunicationCheck;
import org.entente.api.contact.RetirePointOfContact;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Expected;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.entente.api.fixtures.Registry.NOW;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;
import static org.entente.command.shared.RuleViolationMatcher.violating;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Starting a check: the arrangement, read through its repository, decides who may check which contact. */
class CheckInitiationTest {

    private static final String CHECK = ID + ":check-1";
    private static final Instant ANSWER_BY = NOW.plus(Duration.ofHours(24));
    private static final CheckTerms USA_CHECKS_RUS_CERT = new CheckTerms(CHECK, ID, RUS_CERT.id(), "USA", RUS_CERT.party(), NOW,
            ANSWER_BY);

    private final InMemoryAxon axon = new InMemoryAxon();

    private static InitiateCommunicationCheck check(String contactId, String fromParty, Instant answerBy) {
        return new InitiateCommunicationCheck(CHECK, ID, contactId, fromParty, answerBy);
    }

    @BeforeEach
    void usRussiaWithBothContacts() {
        axon.send(UsRussia2011.record());
        axon.send(USA_HOTLINE.designateUnder(ID));
        axon.send(RUS_CERT.designateUnder(ID));
    }

    @AfterEach
    void shutDown() {
        axon.close();
    }

    /** A refused initiation starts no check and leaves the arrangement as it was. */
    private void assertRefused(InitiateCommunicationCheck command, Matcher<RuleViolation> refusal) {
        List<Object> arrangementBefore = axon.stream(ID);
        assertThat(assertThrows(RuleViolation.class, () -> axon.send(command)), refusal);
        assertThat(axon.stream(command.checkId()), empty());
        assertThat(axon.stream(ID), equalTo(arrangementBefore));
    }

    @Test
    void a_party_checks_another_partys_contact_starting_now_in_the_registry_clock() {
        long version = axon.sendActingFor("USA", USA_CHECKS_RUS_CERT.initiate());

        assertThat(version, equalTo(1L));
        assertThat(axon.stream(CHECK), contains(USA_CHECKS_RUS_CERT.initiated()));
        assertThat(axon.stream(ID), contains(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID),
                RUS_CERT.designatedUnder(ID)));
    }

    @Test
    void in_a_multilateral_arrangement_any_other_party_may_check_a_contact() {
        axon.send(WatchAndWarning.record());
        axon.send(WatchAndWarning.DEU_WATCH.designateUnder(WatchAndWarning.ID));
        CheckTerms fraChecksDeuWatch = new CheckTerms(WatchAndWarning.ID + ":check-1", WatchAndWarning.ID,
                WatchAndWarning.DEU_WATCH.id(), "FRA", "DEU", NOW, ANSWER_BY);

        axon.sendActingFor("FRA", fraChecksDeuWatch.initiate());

        assertThat(axon.stream(fraChecksDeuWatch.id()), contains(fraChecksDeuWatch.initiated()));
    }

    @Test
    void checking_under_an_unknown_arrangement_is_rejected() {
        assertRefused(new InitiateCommunicationCheck(CHECK, "QQQ", RUS_CERT.id(), "USA", ANSWER_BY),
                violating(Rule.UNKNOWN_ARRANGEMENT));
    }

    @Test
    void checking_an_unknown_contact_is_rejected() {
        assertRefused(check("QQQ", "USA", ANSWER_BY), violating(Rule.UNKNOWN_CONTACT));
    }

    @Test
    void a_retired_contact_cannot_be_checked() {
        axon.send(new RetirePointOfContact(ID, RUS_CERT.id(), "Replaced by a new national centre", UsRussia2011.TERMINATED));

        assertRefused(check(RUS_CERT.id(), "USA", ANSWER_BY), violating(Rule.CONTACT_RETIRED));
    }

    @Test
    void a_state_outside_the_arrangement_cannot_check_a_contact() {
        assertRefused(check(RUS_CERT.id(), "FRA", ANSWER_BY), violating(Rule.CHECK_FROM_NON_PARTY, "fromParty"));
    }

    @Test
    void a_check_without_a_checking_party_is_rejected() {
        assertRefused(check(RUS_CERT.id(), null, ANSWER_BY), violating(Rule.CHECK_FROM_NON_PARTY, "fromParty"));
    }

    @Test
    void a_party_cannot_check_its_own_contact() {
        assertRefused(check(RUS_CERT.id(), "RUS", ANSWER_BY), violating(Rule.CHECK_OF_OWN_CONTACT, "fromParty"));
    }

    @Test
    void a_party_cannot_start_a_check_for_another() {
        InitiateCommunicationCheck command = check(RUS_CERT.id(), "USA", ANSWER_BY);

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> axon.sendActingFor("RUS", command));

        assertThat(refusal, violating(Rule.ACTING_FOR_ANOTHER_PARTY));
        assertThat(axon.stream(CHECK), empty());
    }

    @Test
    void a_check_id_cannot_be_initiated_twice() {
        axon.send(check(RUS_CERT.id(), "USA", ANSWER_BY));
        List<Object> firstCheck = axon.stream(CHECK);

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> axon.send(check(USA_HOTLINE.id(), "RUS", ANSWER_BY)));

        assertThat(refusal, violating(Rule.CHECK_ALREADY_INITIATED));
        assertThat(axon.stream(CHECK), equalTo(firstCheck));
    }

    @Test
    void a_check_without_an_answer_by_time_is_rejected() {
        assertRefused(check(RUS_CERT.id(), "USA", null), violating(Rule.DATE_REQUIRED, "answerBy"));
    }

    @Test
    void an_answer_by_time_equal_to_the_start_is_rejected() {
        assertRefused(check(RUS_CERT.id(), "USA", NOW), violating(Rule.ANSWER_BY_NOT_AFTER_START, "answerBy"));
    }

    @Test
    void an_answer_by_time_in_the_past_is_rejected() {
        assertRefused(check(RUS_CERT.id(), "USA", NOW.minus(Duration.ofHours(1))),
                violating(Rule.ANSWER_BY_NOT_AFTER_START, "answerBy"));
    }

    @Test
    void a_check_expecting_the_arrangement_at_its_current_version_starts() {
        long version = axon.sendWithMetaData(Map.of(Acting.PARTY, "USA", Expected.VERSION, "3"), USA_CHECKS_RUS_CERT.initiate());

        assertThat(version, equalTo(1L));
        assertThat(axon.stream(CHECK), contains(USA_CHECKS_RUS_CERT.initiated()));
    }

    @Test
    void a_check_expecting_an_older_version_of_the_arrangement_is_refused() {
        InitiateCommunicationCheck command = USA_CHECKS_RUS_CERT.initiate();

        assertThat(assertThrows(RuleViolation.class, () -> axon.sendWithMetaData(Map.of(Acting.PARTY, "USA", Expected.VERSION, "2"),
                command)), violating(Rule.VERSION_MISMATCH));
        assertThat(axon.stream(CHECK), empty());
    }
}
