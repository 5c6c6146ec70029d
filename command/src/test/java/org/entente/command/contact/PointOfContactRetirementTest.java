package org.entente.command.contact;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.contact.RetirePointOfContact;
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
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.TERMINATED;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;
import static org.entente.command.contact.UsaHotlineRetirement.REASON;
import static org.entente.command.contact.UsaHotlineRetirement.RETIRED;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class PointOfContactRetirementTest {

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static RetirePointOfContact retire(String contactId, LocalDate effectiveOn) {
        return new RetirePointOfContact(ID, contactId, REASON, effectiveOn);
    }

    @Test
    void an_active_contact_is_retired() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(retire(USA_HOTLINE.id(), TERMINATED))
                .expectEvents(RETIRED)
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_retirement_without_a_date_is_rejected() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(retire(USA_HOTLINE.id(), null))
                .expectException(violating(Rule.DATE_REQUIRED, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_retired_contact_cannot_be_retired_again() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID), RETIRED)
                .when(retire(USA_HOTLINE.id(), TODAY))
                .expectException(violating(Rule.CONTACT_RETIRED))
                .expectNoEvents();
    }

    @Test
    void retiring_an_unknown_contact_is_rejected() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(retire("QQQ", TERMINATED))
                .expectException(violating(Rule.UNKNOWN_CONTACT))
                .expectNoEvents();
    }

    @Test
    void a_retirement_cannot_take_effect_before_the_designation() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(retire(USA_HOTLINE.id(), USA_HOTLINE.designatedOn().minusDays(1)))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_retirement_cannot_take_effect_before_the_last_update() {
        LocalDate updatedOn = LocalDate.of(2015, 3, 2);
        ContactDetails details = USA_HOTLINE.details();
        ContactDetails renamed = new ContactDetails("NRRC Watch", details.person(), details.channels(), details.availability(),
                details.languages());
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID),
                        new PointOfContactUpdated(ID, USA_HOTLINE.id(), List.of("office"), details, renamed, updatedOn))
                .when(retire(USA_HOTLINE.id(), updatedOn.minusDays(1)))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_retirement_cannot_take_effect_after_today() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(retire(USA_HOTLINE.id(), TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_party_retires_its_own_contact() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(retire(USA_HOTLINE.id(), TERMINATED), Map.of(Acting.PARTY, "USA"))
                .expectEvents(RETIRED);
    }

    @Test
    void a_party_cannot_retire_another_partys_contact() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID))
                .when(retire(USA_HOTLINE.id(), TERMINATED), Map.of(Acting.PARTY, "RUS"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }
}
