package org.entente.query.commitment;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link CommitmentBuckets} promises, in memory and on MongoDB alike. */
public interface CommitmentBucketsContract {

    CommitmentBuckets emptyBuckets();

    @Test
    default void a_row_put_into_a_bucket_is_read_whole_beside_the_rows_already_there() {
        CommitmentBuckets buckets = emptyBuckets();
        CommitmentRow first = row("us.ru$2011", "cert.exchange", LocalDate.of(2011, 12, 31));
        CommitmentRow second = row("eu-us", "awareness", LocalDate.of(2011, 12, 31));

        buckets.put(Map.of("registry|2011-12-31", List.of(first)));
        buckets.put(Map.of("registry|2011-12-31", List.of(second), "owed:RUS|2011-12-31", List.of(second)));

        assertThat(buckets.rows(List.of("registry|2011-12-31", "registry|1999-01-01")))
                .containsOnlyKeys("registry|2011-12-31");
        assertThat(buckets.rows(List.of("registry|2011-12-31")).get("registry|2011-12-31")).containsExactlyInAnyOrder(first, second);
        assertThat(buckets.rows(List.of("owed:RUS|2011-12-31")).get("owed:RUS|2011-12-31")).containsExactly(second);
        assertThat(buckets.marks(List.of("registry|2011-12-31", "registry|1999-01-01")))
                .isEqualTo(Map.of("registry|2011-12-31", Map.of(first.key(), "2011-12-31|IN_PROGRESS", second.key(), "2011-12-31|IN_PROGRESS")));
    }

    @Test
    default void putting_a_row_again_replaces_it() {
        CommitmentBuckets buckets = emptyBuckets();
        buckets.put(Map.of("owed:RUS|undated", List.of(row("a", "c", null))));

        CommitmentRow moved = row("a", "c", LocalDate.of(2030, 1, 1));
        buckets.put(Map.of("owed:RUS|undated", List.of(moved)));
        assertThat(buckets.rows(List.of("owed:RUS|undated")).get("owed:RUS|undated")).containsExactly(moved);
    }

    @Test
    default void tallies_are_recorded_per_day_replaced_whole_and_kept_when_empty() {
        CommitmentBuckets buckets = emptyBuckets();
        buckets.tally(Map.of("party:USA", Map.of("2011-12-31", Map.of("OPEN", 2, "IN_PROGRESS_HELD", 1))));
        buckets.tally(Map.of("party:USA", Map.of("2011-12-31", Map.of("FULFILLED", 1), "undated", Map.of())));

        assertThat(buckets.tallies("party:USA")).isEqualTo(Map.of("2011-12-31", Map.of("FULFILLED", 1), "undated", Map.of()));
        assertThat(buckets.tallies("party:RUS")).isEmpty();
        buckets.deleteAll();
        assertThat(buckets.tallies("party:USA")).isEmpty();
        assertThat(buckets.rows(List.of("party:USA|undated"))).isEmpty();
    }

    private static CommitmentRow row(String arrangement, String commitment, LocalDate dueBy) {
        return new CommitmentRow(arrangement, "Réunion {\"$x\": 1}", ArrangementStatus.IN_FORCE, List.of("USA", "RUS"),
                LocalDate.of(2011, 6, 17), List.of(new CommitmentRow.DatedStatus(ArrangementStatus.IN_FORCE, null)),
                commitment, "Exchange", CommitmentCategory.INFORMATION_EXCHANGE, List.of("RUS"), null, dueBy, dueBy,
                List.of(new CommitmentRow.MovedDeadline(dueBy, LocalDate.of(2011, 12, 28))), Arrays.asList(null, LocalDate.of(2011, 11, 3)),
                CommitmentStatus.IN_PROGRESS, null, null);
    }
}
