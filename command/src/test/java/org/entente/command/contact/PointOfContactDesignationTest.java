package org.entente.command.contact;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.fixtures.ContactTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Rule;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.entente.api.fixtures.Registry.TODAY;
import static org.entente.api.fixtures.Registry.TOMORROW;
import static org.entente.api.fixtures.UsRussia2011.CONCLUDED;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.api.fixtures.UsRussia2011.TERMINATED;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;
import static org.entente.command.shared.RuleViolationMatcher.violating;
import static org.hamcrest.Matchers.containsString;

class PointOfContactDesignationTest {

    /** The United States' second hotline contact, after the first moved to a new operations centre. */
    private static final ContactTerms USA_HOTLINE_SUCCESSOR = new ContactTerms("usa-hotline-2", "USA", ContactRole.HOTLINE_24_7,
            new ContactDetails("Nuclear Risk Reduction Center", "Watch officer",
                    List.of(new Channel(ChannelType.SECURE_LINE, "NRRC direct line, new centre")),
                    Availability.aroundTheClock(), List.of("en", "ru")),
            TERMINATED);
    /** Russia's end of the same risk-reduction link. */
    private static final ContactTerms RUS_HOTLINE = new ContactTerms("rus-hotline", "RUS", ContactRole.HOTLINE_24_7,
            new ContactDetails("National Nuclear Risk Reduction Centre", null,
                    List.of(new Channel(ChannelType.SECURE_LINE, "NNRRC direct line")),
                    Availability.aroundTheClock(), List.of("ru", "en")),
            USA_HOTLINE.designatedOn());

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static DesignatePointOfContact designate(ContactTerms contact, String party, LocalDate effectiveOn) {
        return new DesignatePointOfContact(ID, contact.id(), party, contact.role(), contact.details(), effectiveOn);
    }

    private static DesignatePointOfContact designateUsaHotlineOn(LocalDate effectiveOn) {
        return designate(USA_HOTLINE, USA_HOTLINE.party(), effectiveOn);
    }

    private static PointOfContactDesignated usaHotlineDesignatedOn(LocalDate effectiveOn) {
        return new PointOfContactDesignated(ID, USA_HOTLINE.id(), USA_HOTLINE.party(), USA_HOTLINE.role(), USA_HOTLINE.details(),
                effectiveOn);
    }

    @Test
    void a_hotline_contact_is_designated_on_the_date_given() {
        fixture.given(UsRussia2011.recorded())
                .when(USA_HOTLINE.designateUnder(ID))
                .expectEvents(USA_HOTLINE.designatedUnder(ID))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_technical_contact_with_office_hours_is_designated() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(RUS_CERT.designateUnder(ID))
                .expectEvents(RUS_CERT.designatedUnder(ID))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_designation_without_a_date_takes_effect_today_in_the_registry_clock() {
        fixture.given(UsRussia2011.recorded())
                .when(designateUsaHotlineOn(null))
                .expectEvents(usaHotlineDesignatedOn(TODAY))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_contact_may_be_designated_on_the_day_the_arrangement_was_concluded() {
        fixture.given(UsRussia2011.recorded())
                .when(designateUsaHotlineOn(CONCLUDED))
                .expectEvents(usaHotlineDesignatedOn(CONCLUDED));
    }

    @Test
    void an_identical_designation_retried_answers_the_current_version_without_new_events() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(USA_HOTLINE.designateUnder(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_retry_without_a_date_is_recognised_as_the_same_designation() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(designateUsaHotlineOn(null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_different_designation_under_the_same_contact_id_is_rejected() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(new DesignatePointOfContact(ID, USA_HOTLINE.id(), "USA", USA_HOTLINE.role(), USA_HOTLINE_SUCCESSOR.details(),
                        USA_HOTLINE.designatedOn()))
                .expectException(violating(Rule.CONTACT_ALREADY_DESIGNATED, "id"))
                .expectNoEvents();
    }

    @Test
    void the_same_contact_id_with_another_date_is_not_a_retry() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(designateUsaHotlineOn(USA_HOTLINE.designatedOn().plusDays(1)))
                .expectException(violating(Rule.CONTACT_ALREADY_DESIGNATED, "id"))
                .expectNoEvents();
    }

    @Test
    void a_contact_for_a_state_outside_the_arrangement_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designate(USA_HOTLINE, "FRA", USA_HOTLINE.designatedOn()))
                .expectException(violating(Rule.CONTACT_PARTY_NOT_A_PARTY, "party"))
                .expectNoEvents();
    }

    @Test
    void a_designation_without_a_party_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(designate(USA_HOTLINE, null, USA_HOTLINE.designatedOn()))
                .expectException(violating(Rule.CONTACT_PARTY_NOT_A_PARTY, "party"))
                .expectNoEvents();
    }

    @Test
    void a_second_active_contact_for_the_same_party_and_role_is_rejected() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(USA_HOTLINE_SUCCESSOR.designateUnder(ID))
                .expectException(violating(Rule.CONTACT_ROLE_TAKEN, "role"))
                .expectNoEvents();
    }

    @Test
    void the_rejection_of_a_taken_role_names_the_contact_that_holds_it() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(USA_HOTLINE_SUCCESSOR.designateUnder(ID))
                .expectException(violating(Rule.CONTACT_ROLE_TAKEN, "role"))
                .expectExceptionMessage(containsString("'" + USA_HOTLINE.id() + "'"))
                .expectNoEvents();
    }

    @Test
    void the_other_party_may_hold_the_same_role() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(RUS_HOTLINE.designateUnder(ID))
                .expectEvents(RUS_HOTLINE.designatedUnder(ID))
                .expectResultMessagePayload(3L);
    }

    @Test
    void after_the_holder_is_retired_the_role_may_be_filled_again() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID), UsaHotlineRetirement.RETIRED)
                .when(USA_HOTLINE_SUCCESSOR.designateUnder(ID))
                .expectEvents(USA_HOTLINE_SUCCESSOR.designatedUnder(ID))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_terminated_arrangement_accepts_no_new_contacts() {
        fixture.given(UsRussia2011.recorded(), UsRussia2011.terminated())
                .when(USA_HOTLINE.designateUnder(ID))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    @Test
    void a_designation_cannot_predate_the_arrangement() {
        fixture.given(UsRussia2011.recorded())
                .when(designateUsaHotlineOn(CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_designation_cannot_take_effect_after_today() {
        fixture.given(UsRussia2011.recorded())
                .when(designateUsaHotlineOn(TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_party_designates_its_own_contact() {
        fixture.given(UsRussia2011.recorded())
                .when(USA_HOTLINE.designateUnder(ID), Map.of(Acting.PARTY, "USA"))
                .expectEvents(USA_HOTLINE.designatedUnder(ID));
    }

    @Test
    void a_party_cannot_designate_another_partys_contact() {
        fixture.given(UsRussia2011.recorded())
                .when(USA_HOTLINE.designateUnder(ID), Map.of(Acting.PARTY, "RUS"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }
}
