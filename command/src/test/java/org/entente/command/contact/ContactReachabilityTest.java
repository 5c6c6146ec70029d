package org.entente.command.contact;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Rule;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.command.shared.RuleViolationMatcher.violating;

/** What makes a designated contact reachable: its channels, availability and languages ({@link ContactRules}). */
class ContactReachabilityTest {

    private static final ContactDetails CERT = RUS_CERT.details();
    private static final Channel CERT_PHONE = CERT.channels().get(0);
    private static final Channel CERT_EMAIL = CERT.channels().get(1);

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static DesignatePointOfContact designateRusCert(ContactDetails details) {
        return new DesignatePointOfContact(ID, RUS_CERT.id(), RUS_CERT.party(), RUS_CERT.role(), details, RUS_CERT.designatedOn());
    }

    private static DesignatePointOfContact designateRusCertWith(List<Channel> channels) {
        return designateRusCert(new ContactDetails(CERT.office(), CERT.person(), channels, CERT.availability(), CERT.languages()));
    }

    private static DesignatePointOfContact designateRusCertAvailable(Availability availability) {
        return designateRusCert(new ContactDetails(CERT.office(), CERT.person(), CERT.channels(), availability, CERT.languages()));
    }

    @Test
    void a_contact_without_details_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCert(null))
                .expectException(violating(Rule.CONTACT_DETAILS_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void a_contact_without_channels_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertWith(List.of()))
                .expectException(violating(Rule.NO_CHANNEL, "channels"))
                .expectNoEvents();
    }

    @Test
    void a_contact_without_a_channel_list_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertWith(null))
                .expectException(violating(Rule.NO_CHANNEL, "channels"))
                .expectNoEvents();
    }

    @Test
    void a_phone_number_not_in_e164_form_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertWith(List.of(new Channel(ChannelType.PHONE, "8 (495) 555-01-00"), CERT_EMAIL)))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[0].value"))
                .expectNoEvents();
    }

    @Test
    void a_malformed_email_address_is_rejected_at_its_position() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertWith(List.of(CERT_PHONE, new Channel(ChannelType.EMAIL, "cert.example.ru"))))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[1].value"))
                .expectNoEvents();
    }

    @Test
    void a_channel_with_a_blank_value_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertWith(List.of(new Channel(ChannelType.SECURE_LINE, "   "))))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[0].value"))
                .expectNoEvents();
    }

    @Test
    void a_channel_without_a_type_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertWith(List.of(new Channel(null, CERT_PHONE.value()))))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[0].value"))
                .expectNoEvents();
    }

    @Test
    void a_missing_channel_in_the_list_is_rejected_at_its_position() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertWith(Arrays.asList(CERT_PHONE, null)))
                .expectException(violating(Rule.INVALID_CHANNEL, "channels[1].value"))
                .expectNoEvents();
    }

    @Test
    void office_hours_not_written_as_hh_mm_are_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertAvailable(new Availability(false, "9-6", "Europe/Moscow")))
                .expectException(violating(Rule.INVALID_AVAILABILITY, "availability.hours"))
                .expectNoEvents();
    }

    @Test
    void office_hours_in_an_unknown_time_zone_are_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertAvailable(new Availability(false, "09:00-18:00", "Mars/Olympus")))
                .expectException(violating(Rule.INVALID_AVAILABILITY, "availability.timeZone"))
                .expectNoEvents();
    }

    @Test
    void a_contact_without_availability_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCertAvailable(null))
                .expectException(violating(Rule.INVALID_AVAILABILITY, "availability"))
                .expectNoEvents();
    }

    @Test
    void a_language_that_is_not_a_bcp_47_tag_is_rejected() {
        ContactDetails details = new ContactDetails(CERT.office(), CERT.person(), CERT.channels(), CERT.availability(),
                List.of("not a tag!", "en"));
        fixture.given(UsRussia2011.recorded())
                .when(designateRusCert(details))
                .expectException(violating(Rule.INVALID_LANGUAGE, "languages[0]"))
                .expectNoEvents();
    }
}
