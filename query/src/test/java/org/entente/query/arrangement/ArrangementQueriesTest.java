package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementPage;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSummary;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.FindArrangementQuery;
import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.Registry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The handlers over the three arrangements; what a list and a search match is {@link ArrangementListsTest}. */
class ArrangementQueriesTest {

    private final ArrangementSearch search = new ArrangementSearch(new InMemorySearchTokens());
    private final ArrangementListing listing = new ArrangementListing(new InMemoryArrangementListings());
    private final ArrangementDocuments documents =
            new IndexedArrangementDocuments(new InMemoryArrangementDocuments(), java.util.List.of(listing, search));
    private final ArrangementQueries queries = new ArrangementQueries(documents, listing, search, Registry.CLOCK);

    @BeforeEach
    void the_registry_holds_the_three_arrangements() {
        Delivery.to(new ArrangementProjection(documents)).deliverAll(EventStream.inRecordingOrder(
                UsRussia2011.history(), EuUsWorkingGroup.history(), WatchAndWarning.history()));
    }

    @Test
    void finding_an_unknown_arrangement_answers_empty() {
        assertThat(queries.handle(new FindArrangementQuery("no-such-arrangement"))).isEmpty();
    }

    @Test
    void finding_a_known_arrangement_answers_its_view_judged_on_the_clock_today() {
        ArrangementView view = queries.handle(new FindArrangementQuery(UsRussia2011.ID)).orElseThrow();

        assertThat(view).isEqualTo(documents.find(UsRussia2011.ID).orElseThrow().toView(Registry.TODAY));
        // Terminated: its open commitments are no longer counted late.
        assertThat(view.counts()).isEqualTo(new CommitmentCounts(2, 0, 1, 0, 0));
    }

    @Test
    void the_list_answers_the_page_asked_for_with_its_number_size_and_the_total() {
        ArrangementPage page = queries.handle(new ListArrangementsQuery(null, null, null, 1, 2));

        assertThat(page.items()).extracting(ArrangementSummary::id).containsExactly(WatchAndWarning.ID);
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void a_page_beyond_the_end_is_empty_but_still_tells_the_total() {
        ArrangementPage page = queries.handle(new ListArrangementsQuery(null, null, null, 7, 2));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void the_list_is_searched_with_every_filter_of_the_query() {
        ArrangementPage page = queries.handle(new ListArrangementsQuery("USA", ArrangementStatus.IN_FORCE, " CYBER ", 0, 10));

        assertThat(page.items()).extracting(ArrangementSummary::id).containsExactly(EuUsWorkingGroup.ID, WatchAndWarning.ID);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void a_summary_carries_the_counts_judged_on_the_clock_today_and_the_version() {
        ArrangementSummary workingGroup = queries.handle(new ListArrangementsQuery("EU", null, null, 0, 10)).items().get(0);

        assertThat(workingGroup.id()).isEqualTo(EuUsWorkingGroup.ID);
        assertThat(workingGroup.counts()).isEqualTo(new CommitmentCounts(1, 1, 1, 1, 1));
        assertThat(workingGroup.version()).isEqualTo(EuUsWorkingGroup.history().size());
    }
}
