package org.entente.query.dashboard;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.dashboard.MilestoneKind;
import org.entente.query.commitment.CommitmentRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link KeyedEntries} promises, in memory and on MongoDB alike: an implementation's test implements
 * this interface. Ids and text hold characters a store might trip on.
 */
public interface KeyedEntriesContract {

    /** An empty store of months of milestones. */
    KeyedEntries<ArrangementMonth> emptyMonths();

    /** An empty store of papers addressed to parties. */
    KeyedEntries<AddressedPaper> emptyPapers();

    @Test
    default void an_entry_written_is_read_whole_beside_the_entries_already_there() {
        KeyedEntries<ArrangementMonth> months = emptyMonths();
        ArrangementMonth first = month("us.ru$2011", LocalDate.of(2011, 12, 20));
        ArrangementMonth second = month("eu-us", LocalDate.of(2011, 12, 8));

        months.write(List.of(new KeyedEntries.Change<>("registry|2011-12", DashboardScopes.key("us.ru$2011"), first)));
        months.write(List.of(new KeyedEntries.Change<>("registry|2011-12", DashboardScopes.key("eu-us"), second),
                new KeyedEntries.Change<>("party:USA|2011-12", DashboardScopes.key("eu-us"), second)));

        assertThat(months.read(List.of("registry|2011-12", "party:USA|2011-12", "registry|1999-01")))
                .isEqualTo(Map.of("registry|2011-12", Map.of(DashboardScopes.key("us.ru$2011"), first, DashboardScopes.key("eu-us"), second),
                        "party:USA|2011-12", Map.of(DashboardScopes.key("eu-us"), second)));
    }

    @Test
    default void writing_an_entry_again_replaces_it_and_writing_none_removes_it() {
        KeyedEntries<AddressedPaper> papers = emptyPapers();
        AddressedPaper handedOver = new AddressedPaper("eu-us", "strategy.2013", LocalDate.of(2013, 2, 7), null);
        AddressedPaper acknowledged = new AddressedPaper("eu-us", "strategy.2013", LocalDate.of(2013, 2, 7), LocalDate.of(2013, 3, 1));
        AddressedPaper other = new AddressedPaper("us-ru", "views", LocalDate.of(2011, 12, 10), null);
        papers.write(List.of(new KeyedEntries.Change<>("USA", "a", handedOver), new KeyedEntries.Change<>("USA", "b", other)));

        papers.write(List.of(new KeyedEntries.Change<>("USA", "a", acknowledged)));
        assertThat(papers.read(List.of("USA")).get("USA")).isEqualTo(Map.of("a", acknowledged, "b", other));

        papers.write(List.of(new KeyedEntries.Change<>("USA", "b", null), new KeyedEntries.Change<>("USA", "never", null)));
        assertThat(papers.read(List.of("USA")).get("USA")).isEqualTo(Map.of("a", acknowledged));
    }

    @Test
    default void deleting_all_forgets_every_document() {
        KeyedEntries<AddressedPaper> papers = emptyPapers();
        papers.write(List.of(new KeyedEntries.Change<>("RUS", "a", new AddressedPaper("us-ru", "p", null, null))));

        papers.deleteAll();

        assertThat(papers.read(List.of("RUS"))).isEmpty();
        papers.write(List.of());
        assertThat(papers.read(List.of())).isEmpty();
    }

    private static ArrangementMonth month(String arrangement, LocalDate fulfilledOn) {
        CommitmentRow row = new CommitmentRow(arrangement, "Réunion {\"$x\": 1}", ArrangementStatus.IN_FORCE, List.of("USA", "RUS"),
                LocalDate.of(2011, 6, 17), List.of(new CommitmentRow.DatedStatus(ArrangementStatus.IN_FORCE, null)),
                "cert.exchange", "Exchange", CommitmentCategory.INFORMATION_EXCHANGE, List.of("RUS"), null,
                LocalDate.of(2011, 12, 31), LocalDate.of(2012, 6, 30),
                List.of(new CommitmentRow.MovedDeadline(LocalDate.of(2012, 6, 30), LocalDate.of(2011, 12, 28))),
                Arrays.asList(null, LocalDate.of(2011, 11, 3)), CommitmentStatus.FULFILLED, fulfilledOn, null);
        ArrangementOutline outline = new ArrangementOutline(arrangement, "Réunion {\"$x\": 1}", List.of("USA", "RUS"),
                ArrangementStatus.SUSPENDED, List.of(new CommitmentRow.DatedStatus(ArrangementStatus.IN_FORCE, null),
                new CommitmentRow.DatedStatus(ArrangementStatus.SUSPENDED, LocalDate.of(2014, 3, 20))));
        return new ArrangementMonth(outline, List.of(
                new DatedMilestone(LocalDate.of(2011, 12, 1), MilestoneKind.STATUS_CHANGED, ArrangementStatus.SUSPENDED, null),
                new DatedMilestone(fulfilledOn, MilestoneKind.COMMITMENT_FULFILLED, null, row)));
    }
}
