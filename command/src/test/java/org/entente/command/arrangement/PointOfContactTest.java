package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.contact.RetirePointOfContact;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.entente.command.arrangement.Given.TODAY;
import static org.entente.command.arrangement.Given.TOMORROW;
import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.US_RUSSIA_CONCLUDED;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.Given.usRussiaTerminated;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;
import static org.hamcrest.Matchers.containsString;

class PointOfContactTest {

    private static final String USA_HOTLINE = "usa-hotline";
    private static final String USA_HOTLINE_SUCCESSOR = "usa-hotline-2";
    private static final String RUS_HOTLINE = "rus-hotline";
    private static final String RUS_CERT = "rus-cert";
    private static final String UNKNOWN = "QQQ";

    private static final LocalDate HOTLINE_DESIGNATED_ON = LocalDate.of(2011, 12, 15);
    private static final LocalDate CERT_DESIGNATED_ON = LocalDate.of(2012, 2, 1);
    private static final LocalDate NUMBER_CHANGED_ON = LocalDate.of(2015, 3, 2);
    private static final LocalDate RETIRED_ON = LocalDate.of(2022, 2, 24);

    private static final Channel HOTLINE_PHONE = new Channel(ChannelType.PHONE, "+12025550100");
    private static final Channel HOTLINE_NEW_PHONE = new Channel(ChannelType.PHONE, "+12025550199");
    private static final Channel HOTLINE_EMAIL = new Channel(ChannelType.EMAIL, "hotline@example.gov");
    private static final Channel CERT_PHONE = new Channel(ChannelType.PHONE, "+74955550100");
    private static final Channel CERT_EMAIL = new Channel(ChannelType.EMAIL, "cert@example.ru");

    private static final Availability MOSCOW_OFFICE_HOURS = new Availability(false, "09:00-18:00", "Europe/Moscow");

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    // ---------------------------------------------------------------- data

    private static ContactDetails hotlineDetails() {
        return hotlineDetails(List.of(HOTLINE_PHONE, HOTLINE_EMAIL));
    }

    private static ContactDetails hotlineDetails(List<Channel> channels) {
        return new ContactDetails("White House Situation Room", null, channels, Availability.aroundTheClock(), List.of("en"));
    }

    private static ContactDetails certDetails() {
        return new ContactDetails("CERT", null, List.of(CERT_PHONE, CERT_EMAIL), MOSCOW_OFFICE_HOURS, List.of("ru", "en"));
    }

    private static DesignatePointOfContact designateUsaHotline(LocalDate effectiveOn) {
        return designate(USA_HOTLINE, "USA", ContactRole.HOTLINE_24_7, hotlineDetails(), effectiveOn);
    }

    private static DesignatePointOfContact designate(String contactId, String party, ContactRole role,
                                                     ContactDetails details, LocalDate effectiveOn) {
        return new DesignatePointOfContact(US_RUSSIA, contactId, party, role, details, effectiveOn);
    }

    private static PointOfContactDesignated usaHotlineDesignated() {
        return new PointOfContactDesignated(US_RUSSIA, USA_HOTLINE, "USA", ContactRole.HOTLINE_24_7, hotlineDetails(),
                HOTLINE_DESIGNATED_ON);
    }

    private static PointOfContactDesignated rusCertDesignated() {
        return new PointOfContactDesignated(US_RUSSIA, RUS_CERT, "RUS", ContactRole.TECHNICAL, certDetails(),
                CERT_DESIGNATED_ON);
    }

    private static PointOfContactRetired usaHotlineRetired() {
        return new PointOfContactRetired(US_RUSSIA, USA_HOTLINE, "Line moved to a new operations centre", RETIRED_ON);
    }

    private static UpdatePointOfContact updateChannels(String contactId, List<Channel> channels, LocalDate effectiveOn) {
        return new UpdatePointOfContact(US_RUSSIA, contactId, null, null, channels, null, null, effectiveOn);
    }

    private static RetirePointOfContact retire(String contactId, LocalDate effectiveOn) {
        return new RetirePointOfContact(US_RUSSIA, contactId, "Line moved to a new operations centre", effectiveOn);
    }

    // ---------------------------------------------------------------- designation

    @Test
    void a_hotline_contact_is_designated_on_the_date_given() {
        fixture.given(usRussiaRecorded())
                .when(designateUsaHotline(HOTLINE_DESIGNATED_ON))
                .expectEvents(usaHotlineDesignated())
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_technical_contact_with_office_hours_is_designated() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(designate(RUS_CERT, "RUS", ContactRole.TECHNICAL, certDetails(), CERT_DESIGNATED_ON))
                .expectEvents(rusCertDesignated())
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_designation_without_a_date_takes_effect_today_in_the_registry_clock() {
        fixture.given(usRussiaRecorded())
                .when(designateUsaHotline(null))
                .expectEvents(new PointOfContactDesignated(US_RUSSIA, USA_HOTLINE, "USA", ContactRole.HOTLINE_24_7,
                        hotlineDetails(), TODAY))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_contact_may_be_designated_on_the_day_the_arrangement_was_concluded() {
        fixture.given(usRussiaRecorded())
                .when(designateUsaHotline(US_RUSSIA_CONCLUDED))
                .expectEvents(new PointOfContactDesignated(US_RUSSIA, USA_HOTLINE, "USA", ContactRole.HOTLINE_24_7,
                        hotlineDetails(), US_RUSSIA_CONCLUDED));
    }

    @Test
    void an_identical_designation_retried_answers_the_current_version_without_new_events() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(designateUsaHotline(HOTLINE_DESIGNATED_ON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_retry_without_a_date_is_recognised_as_the_same_designation() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(designateUsaHotline(null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_different_designation_under_the_same_contact_id_is_rejected() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(designate(USA_HOTLINE, "USA", ContactRole.HOTLINE_24_7,
                        hotlineDetails(List.of(HOTLINE_NEW_PHONE)), HOTLINE_DESIGNATED_ON))
                .expectException(violating(Rule.CONTACT_ALREADY_DESIGNATED, "id"))
                .expectNoEvents();
    }

    @Test
    void the_same_contact_id_with_another_date_is_not_a_retry() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(designateUsaHotline(HOTLINE_DESIGNATED_ON.plusDays(1)))
                .expectException(violating(Rule.CONTACT_ALREADY_DESIGNATED, "id"))
                .expectNoEvents();
    }

    @Test
    void a_contact_for_a_state_outside_the_arrangement_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(designate("fra-hotline", "FRA", ContactRole.HOTLINE_24_7, hotlineDetails(), HOTLINE_DESIGNATED_ON))
                .expectException(violating(Rule.CONTACT_PARTY_NOT_A_PARTY, "party"))
                .expectNoEvents();
    }

    @Test
    void a_second_active_contact_for_the_same_party_and_role_is_rejected() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(designate(USA_HOTLINE_SUCCESSOR, "USA", ContactRole.HOTLINE_24_7,
                        hotlineDetails(List.of(HOTLINE_NEW_PHONE)), NUMBER_CHANGED_ON))
                .expectException(violating(Rule.CONTACT_ROLE_TAKEN, "role"))
                .expectNoEvents();
    }

    @Test
    void the_rejection_of_a_taken_role_names_the_contact_that_holds_it() {
        // The caller needs the id to update or retire the contact in the way.
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(designate(USA_HOTLINE_SUCCESSOR, "USA", ContactRole.HOTLINE_24_7,
                        hotlineDetails(List.of(HOTLINE_NEW_PHONE)), NUMBER_CHANGED_ON))
                .expectException(violating(Rule.CONTACT_ROLE_TAKEN, "role"))
                .expectExceptionMessage(containsString("'" + USA_HOTLINE + "'"))
                .expectNoEvents();
    }

    @Test
    void the_other_party_may_hold_the_same_role() {
        ContactDetails moscowHotline = new ContactDetails("Nuclear Risk Reduction Center", null,
                List.of(new Channel(ChannelType.SECURE_LINE, "NRRC link Moscow")), Availability.aroundTheClock(),
                List.of("ru"));
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(designate(RUS_HOTLINE, "RUS", ContactRole.HOTLINE_24_7, moscowHotline, HOTLINE_DESIGNATED_ON))
                .expectEvents(new PointOfContactDesignated(US_RUSSIA, RUS_HOTLINE, "RUS", ContactRole.HOTLINE_24_7,
                        moscowHotline, HOTLINE_DESIGNATED_ON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void after_the_holder_is_retired_the_role_may_be_filled_again() {
        ContactDetails successor = hotlineDetails(List.of(HOTLINE_NEW_PHONE));
        fixture.given(usRussiaRecorded(), usaHotlineDesignated(), usaHotlineRetired())
                .when(designate(USA_HOTLINE_SUCCESSOR, "USA", ContactRole.HOTLINE_24_7, successor, RETIRED_ON))
                .expectEvents(new PointOfContactDesignated(US_RUSSIA, USA_HOTLINE_SUCCESSOR, "USA",
                        ContactRole.HOTLINE_24_7, successor, RETIRED_ON))
                .expectResultMessagePayload(4L);
    }

    // ---------------------------------------------------------------- channels, availability, languages

    @Test
    void a_contact_without_channels_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(designate(USA_HOTLINE, "USA", ContactRole.HOTLINE_24_7, hotlineDetails(List.of()),
                        HOTLINE_DESIGNATED_ON))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels"))
                .expectNoEvents();
    }

    @Test
    void a_phone_number_not_in_e164_form_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(designate(USA_HOTLINE, "USA", ContactRole.HOTLINE_24_7,
                        hotlineDetails(List.of(new Channel(ChannelType.PHONE, "202-555-0100"), HOTLINE_EMAIL)),
                        HOTLINE_DESIGNATED_ON))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[0].value"))
                .expectNoEvents();
    }

    @Test
    void a_malformed_email_address_is_rejected_at_its_position() {
        fixture.given(usRussiaRecorded())
                .when(designate(USA_HOTLINE, "USA", ContactRole.HOTLINE_24_7,
                        hotlineDetails(List.of(HOTLINE_PHONE, new Channel(ChannelType.EMAIL, "hotline.example.gov"))),
                        HOTLINE_DESIGNATED_ON))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[1].value"))
                .expectNoEvents();
    }

    @Test
    void a_channel_with_a_blank_value_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(designate(USA_HOTLINE, "USA", ContactRole.HOTLINE_24_7,
                        hotlineDetails(List.of(new Channel(ChannelType.SECURE_LINE, "   "))), HOTLINE_DESIGNATED_ON))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[0].value"))
                .expectNoEvents();
    }

    @Test
    void office_hours_not_written_as_hh_mm_are_rejected() {
        ContactDetails details = new ContactDetails("CERT", null, List.of(CERT_PHONE),
                new Availability(false, "9-6", "Europe/Moscow"), List.of("ru", "en"));
        fixture.given(usRussiaRecorded())
                .when(designate(RUS_CERT, "RUS", ContactRole.TECHNICAL, details, CERT_DESIGNATED_ON))
                .expectException(violating(Rule.INVALID_AVAILABILITY, "availability.hours"))
                .expectNoEvents();
    }

    @Test
    void office_hours_in_an_unknown_time_zone_are_rejected() {
        ContactDetails details = new ContactDetails("CERT", null, List.of(CERT_PHONE),
                new Availability(false, "09:00-18:00", "Mars/Olympus"), List.of("ru", "en"));
        fixture.given(usRussiaRecorded())
                .when(designate(RUS_CERT, "RUS", ContactRole.TECHNICAL, details, CERT_DESIGNATED_ON))
                .expectException(violating(Rule.INVALID_AVAILABILITY, "availability.timeZone"))
                .expectNoEvents();
    }

    @Test
    void a_contact_without_availability_is_rejected() {
        ContactDetails details = new ContactDetails("CERT", null, List.of(CERT_PHONE), null, List.of("ru", "en"));
        fixture.given(usRussiaRecorded())
                .when(designate(RUS_CERT, "RUS", ContactRole.TECHNICAL, details, CERT_DESIGNATED_ON))
                .expectException(violating(Rule.INVALID_AVAILABILITY, "availability"))
                .expectNoEvents();
    }

    @Test
    void a_language_that_is_not_a_bcp_47_tag_is_rejected() {
        ContactDetails details = new ContactDetails("CERT", null, List.of(CERT_PHONE), MOSCOW_OFFICE_HOURS,
                List.of("not a tag!", "en"));
        fixture.given(usRussiaRecorded())
                .when(designate(RUS_CERT, "RUS", ContactRole.TECHNICAL, details, CERT_DESIGNATED_ON))
                .expectException(violating(Rule.INVALID_LANGUAGE, "languages[0]"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- designation dates and status

    @Test
    void a_terminated_arrangement_accepts_no_new_contacts() {
        fixture.given(usRussiaRecorded(), usRussiaTerminated())
                .when(designateUsaHotline(HOTLINE_DESIGNATED_ON))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    @Test
    void a_designation_cannot_predate_the_arrangement() {
        fixture.given(usRussiaRecorded())
                .when(designateUsaHotline(US_RUSSIA_CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_designation_cannot_take_effect_after_today() {
        fixture.given(usRussiaRecorded())
                .when(designateUsaHotline(TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- update

    @Test
    void a_changed_phone_number_is_recorded_with_the_details_before_and_after() {
        List<Channel> newChannels = List.of(HOTLINE_NEW_PHONE, HOTLINE_EMAIL);
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(updateChannels(USA_HOTLINE, newChannels, NUMBER_CHANGED_ON))
                .expectEvents(new PointOfContactUpdated(US_RUSSIA, USA_HOTLINE, List.of("channels"),
                        hotlineDetails(), hotlineDetails(newChannels), NUMBER_CHANGED_ON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_update_without_a_date_takes_effect_today_in_the_registry_clock() {
        List<Channel> newChannels = List.of(HOTLINE_NEW_PHONE, HOTLINE_EMAIL);
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(updateChannels(USA_HOTLINE, newChannels, null))
                .expectEvents(new PointOfContactUpdated(US_RUSSIA, USA_HOTLINE, List.of("channels"),
                        hotlineDetails(), hotlineDetails(newChannels), TODAY));
    }

    @Test
    void every_changed_field_is_named_in_a_fixed_order() {
        List<Channel> newChannels = List.of(new Channel(ChannelType.PHONE, "+74955550199"), CERT_EMAIL);
        ContactDetails after = new ContactDetails("National Coordination Center for Computer Incidents", "Duty officer",
                newChannels, Availability.aroundTheClock(), List.of("ru"));
        fixture.given(usRussiaRecorded(), rusCertDesignated())
                .when(new UpdatePointOfContact(US_RUSSIA, RUS_CERT, after.office(), after.person(), newChannels,
                        Availability.aroundTheClock(), List.of("ru"), NUMBER_CHANGED_ON))
                .expectEvents(new PointOfContactUpdated(US_RUSSIA, RUS_CERT,
                        List.of("office", "person", "channels", "availability", "languages"),
                        certDetails(), after, NUMBER_CHANGED_ON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_update_that_restates_the_current_details_is_rejected() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(updateChannels(USA_HOTLINE, List.of(HOTLINE_PHONE, HOTLINE_EMAIL), NUMBER_CHANGED_ON))
                .expectException(violating(Rule.NOTHING_TO_UPDATE))
                .expectNoEvents();
    }

    @Test
    void an_update_to_an_invalid_channel_is_rejected() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(updateChannels(USA_HOTLINE, List.of(new Channel(ChannelType.PHONE, "202-555-0199")),
                        NUMBER_CHANGED_ON))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[0].value"))
                .expectNoEvents();
    }

    @Test
    void updating_an_unknown_contact_is_rejected() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(updateChannels(UNKNOWN, List.of(HOTLINE_NEW_PHONE), NUMBER_CHANGED_ON))
                .expectException(violating(Rule.UNKNOWN_CONTACT))
                .expectNoEvents();
    }

    @Test
    void a_retired_contact_cannot_be_updated() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated(), usaHotlineRetired())
                .when(updateChannels(USA_HOTLINE, List.of(HOTLINE_NEW_PHONE), TODAY))
                .expectException(violating(Rule.CONTACT_RETIRED))
                .expectNoEvents();
    }

    @Test
    void an_update_cannot_take_effect_before_the_contacts_last_change() {
        List<Channel> newChannels = List.of(HOTLINE_NEW_PHONE, HOTLINE_EMAIL);
        fixture.given(usRussiaRecorded(), usaHotlineDesignated(),
                        new PointOfContactUpdated(US_RUSSIA, USA_HOTLINE, List.of("channels"), hotlineDetails(),
                                hotlineDetails(newChannels), NUMBER_CHANGED_ON))
                .when(new UpdatePointOfContact(US_RUSSIA, USA_HOTLINE, "Situation Room Watch", null, null, null, null,
                        NUMBER_CHANGED_ON.minusDays(1)))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void an_update_cannot_take_effect_after_today() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(updateChannels(USA_HOTLINE, List.of(HOTLINE_NEW_PHONE), TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- retirement

    @Test
    void an_active_contact_is_retired() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(retire(USA_HOTLINE, RETIRED_ON))
                .expectEvents(usaHotlineRetired())
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_retirement_without_a_date_is_rejected() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(retire(USA_HOTLINE, null))
                .expectException(violating(Rule.DATE_REQUIRED, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_retired_contact_cannot_be_retired_again() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated(), usaHotlineRetired())
                .when(retire(USA_HOTLINE, TODAY))
                .expectException(violating(Rule.CONTACT_RETIRED))
                .expectNoEvents();
    }

    @Test
    void retiring_an_unknown_contact_is_rejected() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(retire(UNKNOWN, RETIRED_ON))
                .expectException(violating(Rule.UNKNOWN_CONTACT))
                .expectNoEvents();
    }

    @Test
    void a_retirement_cannot_take_effect_before_the_designation() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(retire(USA_HOTLINE, HOTLINE_DESIGNATED_ON.minusDays(1)))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_designation_without_a_party_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(designate(USA_HOTLINE, null, ContactRole.HOTLINE_24_7, hotlineDetails(), HOTLINE_DESIGNATED_ON))
                .expectException(violating(Rule.CONTACT_PARTY_NOT_A_PARTY, "party"))
                .expectNoEvents();
    }

    @Test
    void an_update_with_a_missing_channel_is_rejected() {
        fixture.given(usRussiaRecorded(), usaHotlineDesignated())
                .when(updateChannels(USA_HOTLINE, Arrays.asList(HOTLINE_PHONE, null), NUMBER_CHANGED_ON))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[1].value"))
                .expectNoEvents();
    }
}
