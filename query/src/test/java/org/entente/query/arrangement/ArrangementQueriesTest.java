package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.FindArrangementQuery;
import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.api.view.ArrangementPage;
import org.entente.api.view.ArrangementSummary;
import org.entente.api.view.ArrangementView;
import org.entente.api.view.CommitmentCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.query.arrangement.ArrangementStreams.EU_US;
import static org.entente.query.arrangement.ArrangementStreams.REGISTRY_CLOCK;
import static org.entente.query.arrangement.ArrangementStreams.TODAY;
import static org.entente.query.arrangement.ArrangementStreams.US_RU;
import static org.entente.query.arrangement.ArrangementStreams.arrangement;
import static org.entente.query.arrangement.ArrangementStreams.deliverAll;
import static org.entente.query.arrangement.ArrangementStreams.euUsWorkingGroupStream;
import static org.entente.query.arrangement.ArrangementStreams.usRussiaStream;

class ArrangementQueriesTest {

    private InMemoryArrangementDocuments documents;
    private ArrangementQueries queries;

    /**
     * Five arrangements whose titles sort as: EU-US working group, Joint statement (us-ru), two
     * "Points of contact" ones told apart by id, and a negotiating one last.
     */
    @BeforeEach
    void setUp() {
        documents = new InMemoryArrangementDocuments();
        queries = new ArrangementQueries(documents, REGISTRY_CLOCK);
        ArrangementProjection projection = new ArrangementProjection(documents);
        deliverAll(projection, usRussiaStream());
        deliverAll(projection, euUsWorkingGroupStream());
        deliverAll(projection, arrangement("poc-b")
                .recorded("Points of contact for cyber watch", ArrangementStatus.IN_FORCE, "2012-05-01T09:00:00Z",
                        "DEU", "FRA", "NLD")
                .events());
        deliverAll(projection, arrangement("poc-a")
                .recorded("Points of contact for cyber watch", ArrangementStatus.IN_FORCE, "2012-05-02T09:00:00Z",
                        "USA", "GBR", "JPN")
                .events());
        deliverAll(projection, arrangement("zz-talks")
                .recorded("Talks on incident notification", ArrangementStatus.NEGOTIATING, "2013-01-01T09:00:00Z",
                        "USA", "CHN")
                .events());
    }

    @Test
    void finding_an_unknown_arrangement_answers_empty() {
        assertThat(queries.handle(new FindArrangementQuery("no-such-arrangement"))).isEmpty();
    }

    @Test
    void finding_a_known_arrangement_answers_its_view_judged_on_the_clock_today() {
        ArrangementView view = queries.handle(new FindArrangementQuery(US_RU)).orElseThrow();

        assertThat(view).isEqualTo(documents.find(US_RU).orElseThrow().toView(TODAY));
        assertThat(view.counts()).isEqualTo(new CommitmentCounts(2, 0, 1, 0, 2));
    }

    @Test
    void the_list_is_sorted_by_title_then_id_and_cut_into_pages() {
        ArrangementPage page = queries.handle(new ListArrangementsQuery(null, null, null, 1, 2));

        assertThat(page.items()).extracting(ArrangementSummary::id).containsExactly("poc-a", "poc-b");
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void the_last_page_holds_what_is_left() {
        ArrangementPage page = queries.handle(new ListArrangementsQuery(null, null, null, 2, 2));

        assertThat(page.items()).extracting(ArrangementSummary::id).containsExactly("zz-talks");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void a_page_beyond_the_end_is_empty_but_still_tells_the_total() {
        ArrangementPage page = queries.handle(new ListArrangementsQuery(null, null, null, 7, 2));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void the_list_filters_by_party() {
        ArrangementPage page = queries.handle(new ListArrangementsQuery("USA", null, null, 0, 10));

        assertThat(page.items()).extracting(ArrangementSummary::id).containsExactly(EU_US, US_RU, "poc-a", "zz-talks");
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void the_list_filters_by_status() {
        ArrangementPage page = queries.handle(new ListArrangementsQuery(null, ArrangementStatus.TERMINATED, null, 0, 10));

        assertThat(page.items()).extracting(ArrangementSummary::id).containsExactly(US_RU);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void the_list_filters_by_title_text_ignoring_case() {
        ArrangementPage page = queries.handle(new ListArrangementsQuery(null, null, "CYBER WATCH", 0, 10));

        assertThat(page.items()).extracting(ArrangementSummary::id).containsExactly("poc-a", "poc-b");
    }

    @Test
    void the_filters_combine() {
        ArrangementPage page = queries.handle(
                new ListArrangementsQuery("USA", ArrangementStatus.IN_FORCE, "points", 0, 10));

        assertThat(page.items()).extracting(ArrangementSummary::id).containsExactly("poc-a");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void a_summary_carries_the_counts_judged_on_the_clock_today() {
        ArrangementSummary workingGroup = queries.handle(new ListArrangementsQuery(null, null, "working group", 0, 10))
                .items().get(0);

        assertThat(workingGroup.id()).isEqualTo(EU_US);
        assertThat(workingGroup.counts()).isEqualTo(new CommitmentCounts(2, 1, 1, 1, 1));
        assertThat(workingGroup.version()).isEqualTo(euUsWorkingGroupStream().size());
    }
}
