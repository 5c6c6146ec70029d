package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.arrangement.AmendArrangement;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.SOURCE;
import static org.entente.api.fixtures.UsRussia2011.TITLE;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class AmendArrangementTest {

    private static final String CORRECTED_TITLE =
            "Joint statement on confidence-building measures in cyberspace (Schmidt / Klimashin)";
    private static final SourceReference PUBLISHED_SOURCE = new SourceReference(SOURCE.title(), "https://obamawhitehouse.archives.gov/");

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    @Test
    void a_corrected_title_keeps_the_source() {
        fixture.given(UsRussia2011.recorded())
                .when(new AmendArrangement(ID, CORRECTED_TITLE, null, "Title as published"))
                .expectEvents(new ArrangementAmended(ID, CORRECTED_TITLE, SOURCE, "Title as published"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_corrected_source_keeps_the_title() {
        fixture.given(UsRussia2011.recorded())
                .when(new AmendArrangement(ID, null, PUBLISHED_SOURCE, "Public address found"))
                .expectEvents(new ArrangementAmended(ID, TITLE, PUBLISHED_SOURCE, "Public address found"));
    }

    @Test
    void a_later_amendment_starts_from_the_amended_title() {
        fixture.given(UsRussia2011.recorded(), new ArrangementAmended(ID, CORRECTED_TITLE, SOURCE, "Title as published"))
                .when(new AmendArrangement(ID, CORRECTED_TITLE, PUBLISHED_SOURCE, "Public address found"))
                .expectEvents(new ArrangementAmended(ID, CORRECTED_TITLE, PUBLISHED_SOURCE, "Public address found"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_amendment_without_title_or_source_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(new AmendArrangement(ID, null, null, "No change"))
                .expectException(violating(Rule.NOTHING_TO_AMEND))
                .expectNoEvents();
    }

    @Test
    void an_amendment_repeating_the_current_title_and_source_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(new AmendArrangement(ID, TITLE, SOURCE, "No change"))
                .expectException(violating(Rule.NOTHING_TO_AMEND))
                .expectNoEvents();
    }
}
