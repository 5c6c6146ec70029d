package org.entente.command.paper;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.DoctrinePaperSuperseded;
import org.entente.api.paper.SupersedeDoctrinePaper;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Rule;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.RUS_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_REVISED;
import static org.entente.api.fixtures.UsRussia2011.rusPaperSubmitted;
import static org.entente.api.fixtures.UsRussia2011.usPaperRevisedSubmitted;
import static org.entente.api.fixtures.UsRussia2011.usPaperSubmitted;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class DoctrinePaperSupersessionTest {

    private static final DoctrinePaperSuperseded REVISED = new DoctrinePaperSuperseded(ID, US_PAPER, US_PAPER_REVISED);

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static SupersedeDoctrinePaper supersede(String paperId, String byPaperId) {
        return new SupersedeDoctrinePaper(ID, paperId, byPaperId);
    }

    @Test
    void a_newer_paper_of_the_same_party_supersedes_an_older_one() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperRevisedSubmitted())
                .when(supersede(US_PAPER, US_PAPER_REVISED))
                .expectEvents(REVISED)
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_superseded_paper_cannot_be_superseded_again() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperRevisedSubmitted(), REVISED)
                .when(supersede(US_PAPER, "US-PAPER-THIRD"))
                .expectException(violating(Rule.PAPER_ALREADY_SUPERSEDED))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_superseded_by_a_paper_of_the_other_party() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), rusPaperSubmitted())
                .when(supersede(US_PAPER, RUS_PAPER))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_supersede_itself() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(supersede(US_PAPER, US_PAPER))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_superseded_by_an_unknown_paper() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(supersede(US_PAPER, "QQQ"))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }

    @Test
    void superseding_an_unknown_paper_is_rejected() {
        fixture.given(UsRussia2011.recorded(), usPaperRevisedSubmitted())
                .when(supersede("QQQ", US_PAPER_REVISED))
                .expectException(violating(Rule.UNKNOWN_PAPER))
                .expectNoEvents();
    }

    @Test
    void an_older_paper_cannot_supersede_a_newer_one() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperRevisedSubmitted())
                .when(supersede(US_PAPER_REVISED, US_PAPER))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }

    @Test
    void a_superseded_paper_cannot_supersede_another() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperRevisedSubmitted(), REVISED)
                .when(supersede(US_PAPER_REVISED, US_PAPER))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }

    @Test
    void the_sending_party_supersedes_its_own_paper() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperRevisedSubmitted())
                .when(supersede(US_PAPER, US_PAPER_REVISED), Map.of(Acting.PARTY, "USA"))
                .expectEvents(REVISED);
    }

    @Test
    void a_party_cannot_supersede_another_partys_paper() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperRevisedSubmitted())
                .when(supersede(US_PAPER, US_PAPER_REVISED), Map.of(Acting.PARTY, "RUS"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }
}
