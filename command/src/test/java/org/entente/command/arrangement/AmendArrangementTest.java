package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.arrangement.AmendArrangement;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.US_RUSSIA_SOURCE;
import static org.entente.command.arrangement.Given.US_RUSSIA_TITLE;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;

class AmendArrangementTest {

    private static final String CORRECTED_TITLE =
            "Joint statement on confidence-building measures in cyberspace (Schmidt / Klimashin)";
    private static final SourceReference PUBLISHED_SOURCE = new SourceReference(
            "Joint statement by Cybersecurity Coordinator Schmidt and Deputy Secretary Klimashin",
            "https://obamawhitehouse.archives.gov/");

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    @Test
    void a_corrected_title_keeps_the_source() {
        fixture.given(usRussiaRecorded())
                .when(new AmendArrangement(US_RUSSIA, CORRECTED_TITLE, null, "Title as published"))
                .expectEvents(new ArrangementAmended(US_RUSSIA, CORRECTED_TITLE, US_RUSSIA_SOURCE, "Title as published"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_corrected_source_keeps_the_title() {
        fixture.given(usRussiaRecorded())
                .when(new AmendArrangement(US_RUSSIA, null, PUBLISHED_SOURCE, "Public address found"))
                .expectEvents(new ArrangementAmended(US_RUSSIA, US_RUSSIA_TITLE, PUBLISHED_SOURCE, "Public address found"));
    }

    @Test
    void a_later_amendment_starts_from_the_amended_title() {
        fixture.given(usRussiaRecorded(),
                        new ArrangementAmended(US_RUSSIA, CORRECTED_TITLE, US_RUSSIA_SOURCE, "Title as published"))
                .when(new AmendArrangement(US_RUSSIA, CORRECTED_TITLE, PUBLISHED_SOURCE, "Public address found"))
                .expectEvents(new ArrangementAmended(US_RUSSIA, CORRECTED_TITLE, PUBLISHED_SOURCE, "Public address found"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_amendment_without_title_or_source_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(new AmendArrangement(US_RUSSIA, null, null, "No change"))
                .expectException(violating(Rule.NOTHING_TO_AMEND))
                .expectNoEvents();
    }

    @Test
    void an_amendment_repeating_the_current_title_and_source_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(new AmendArrangement(US_RUSSIA, US_RUSSIA_TITLE, US_RUSSIA_SOURCE, "No change"))
                .expectException(violating(Rule.NOTHING_TO_AMEND))
                .expectNoEvents();
    }
}
