package org.entente.command.contact;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Rule;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.entente.api.fixtures.Registry.TODAY;
import static org.entente.api.fixtures.Registry.TOMORROW;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class PointOfContactUpdateTest {

    private static final LocalDate NUMBER_CHANGED_ON = LocalDate.of(2015, 3, 2);
    private static final ContactDetails CERT = RUS_CERT.details();
    private static final Channel CERT_EMAIL = CERT.channels().get(1);
    private static final List<Channel> NEW_CHANNELS = List.of(new Channel(ChannelType.PHONE, "+74955550199"), CERT_EMAIL);
    private static final ContactDetails CERT_WITH_NEW_NUMBER =
            new ContactDetails(CERT.office(), CERT.person(), NEW_CHANNELS, CERT.availability(), CERT.languages());
    private static final PointOfContactUpdated NUMBER_CHANGED = new PointOfContactUpdated(ID, RUS_CERT.id(), List.of("channels"),
            CERT, CERT_WITH_NEW_NUMBER, NUMBER_CHANGED_ON);

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static UpdatePointOfContact updateChannels(String contactId, List<Channel> channels, LocalDate effectiveOn) {
        return new UpdatePointOfContact(ID, contactId, null, null, channels, null, null, effectiveOn);
    }

    private static UpdatePointOfContact updateOffice(String office, LocalDate effectiveOn) {
        return new UpdatePointOfContact(ID, RUS_CERT.id(), office, null, null, null, null, effectiveOn);
    }

    @Test
    void a_changed_phone_number_is_recorded_with_the_details_before_and_after() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels(RUS_CERT.id(), NEW_CHANNELS, NUMBER_CHANGED_ON))
                .expectEvents(NUMBER_CHANGED)
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_update_without_a_date_takes_effect_today_in_the_registry_clock() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels(RUS_CERT.id(), NEW_CHANNELS, null))
                .expectEvents(new PointOfContactUpdated(ID, RUS_CERT.id(), List.of("channels"), CERT, CERT_WITH_NEW_NUMBER, TODAY));
    }

    @Test
    void a_later_update_starts_from_the_details_the_last_one_left() {
        String office = "National Coordination Center for Computer Incidents";
        ContactDetails renamed = new ContactDetails(office, CERT.person(), NEW_CHANNELS, CERT.availability(), CERT.languages());
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID), NUMBER_CHANGED)
                .when(updateOffice(office, TODAY))
                .expectEvents(new PointOfContactUpdated(ID, RUS_CERT.id(), List.of("office"), CERT_WITH_NEW_NUMBER, renamed, TODAY))
                .expectResultMessagePayload(4L);
    }

    @Test
    void every_changed_field_is_named_in_a_fixed_order() {
        ContactDetails after = new ContactDetails("National Coordination Center for Computer Incidents", "Duty officer",
                NEW_CHANNELS, Availability.aroundTheClock(), List.of("ru"));
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(new UpdatePointOfContact(ID, RUS_CERT.id(), after.office(), after.person(), after.channels(),
                        after.availability(), after.languages(), NUMBER_CHANGED_ON))
                .expectEvents(new PointOfContactUpdated(ID, RUS_CERT.id(),
                        List.of("office", "person", "channels", "availability", "languages"), CERT, after, NUMBER_CHANGED_ON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_update_that_restates_the_current_details_is_rejected() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels(RUS_CERT.id(), CERT.channels(), NUMBER_CHANGED_ON))
                .expectException(violating(Rule.NOTHING_TO_UPDATE))
                .expectNoEvents();
    }

    @Test
    void an_update_to_an_invalid_channel_is_rejected() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels(RUS_CERT.id(), List.of(new Channel(ChannelType.PHONE, "495-555-0199")), NUMBER_CHANGED_ON))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[0].value"))
                .expectNoEvents();
    }

    @Test
    void an_update_with_a_missing_channel_is_rejected() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels(RUS_CERT.id(), Arrays.asList(CERT_EMAIL, null), NUMBER_CHANGED_ON))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[1].value"))
                .expectNoEvents();
    }

    @Test
    void an_update_that_leaves_no_channel_is_rejected() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels(RUS_CERT.id(), List.of(), NUMBER_CHANGED_ON))
                .expectException(violating(Rule.NO_CHANNEL, "channels"))
                .expectNoEvents();
    }

    @Test
    void updating_an_unknown_contact_is_rejected() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels("QQQ", NEW_CHANNELS, NUMBER_CHANGED_ON))
                .expectException(violating(Rule.UNKNOWN_CONTACT))
                .expectNoEvents();
    }

    @Test
    void a_retired_contact_cannot_be_updated() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID),
                        new PointOfContactRetired(ID, RUS_CERT.id(), "Replaced by a new national centre", UsRussia2011.TERMINATED))
                .when(updateChannels(RUS_CERT.id(), NEW_CHANNELS, TODAY))
                .expectException(violating(Rule.CONTACT_RETIRED))
                .expectNoEvents();
    }

    @Test
    void an_update_cannot_take_effect_before_the_contacts_last_change() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID), NUMBER_CHANGED)
                .when(updateOffice("National Coordination Center", NUMBER_CHANGED_ON.minusDays(1)))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void an_update_cannot_take_effect_after_today() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels(RUS_CERT.id(), NEW_CHANNELS, TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_party_updates_its_own_contact() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels(RUS_CERT.id(), NEW_CHANNELS, NUMBER_CHANGED_ON), Map.of(Acting.PARTY, "RUS"))
                .expectEvents(NUMBER_CHANGED);
    }

    @Test
    void a_party_cannot_update_another_partys_contact() {
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID))
                .when(updateChannels(RUS_CERT.id(), NEW_CHANNELS, NUMBER_CHANGED_ON), Map.of(Acting.PARTY, "USA"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }
}
