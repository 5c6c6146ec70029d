package org.entente.query.party;

import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link PartyLedger} promises; an implementation's test implements this interface. */
public interface PartyLedgerContract {

    /** A ledger with nothing in it; each test asks once. */
    PartyLedger emptyLedger();

    @Test
    default void a_party_nothing_was_recorded_for_owes_in_no_arrangement() {
        assertThat(emptyLedger().arrangementsOwedBy("USA")).isEmpty();
    }

    @Test
    default void a_recorded_obligation_is_answered_for_its_party() {
        PartyLedger ledger = emptyLedger();

        ledger.recordObligation("RUS", UsRussia2011.ID);

        assertThat(ledger.arrangementsOwedBy("RUS")).containsExactly(UsRussia2011.ID);
    }

    @Test
    default void recording_the_same_obligation_again_leaves_one_entry() {
        PartyLedger ledger = emptyLedger();
        ledger.recordObligation("RUS", UsRussia2011.ID);

        ledger.recordObligation("RUS", UsRussia2011.ID);

        assertThat(ledger.arrangementsOwedBy("RUS")).containsExactly(UsRussia2011.ID);
    }

    @Test
    default void a_party_owes_in_every_arrangement_recorded_for_it() {
        PartyLedger ledger = emptyLedger();

        ledger.recordObligation("USA", UsRussia2011.ID);
        ledger.recordObligation("USA", EuUsWorkingGroup.ID);
        ledger.recordObligation("USA", WatchAndWarning.ID);

        assertThat(ledger.arrangementsOwedBy("USA"))
                .containsExactlyInAnyOrder(UsRussia2011.ID, EuUsWorkingGroup.ID, WatchAndWarning.ID);
    }

    @Test
    default void an_obligation_is_answered_for_its_own_party_only() {
        PartyLedger ledger = emptyLedger();

        ledger.recordObligation("EU", EuUsWorkingGroup.ID);

        assertThat(ledger.arrangementsOwedBy("USA")).isEmpty();
        assertThat(ledger.arrangementsOwedBy("EU")).containsExactly(EuUsWorkingGroup.ID);
    }

    @Test
    default void deleting_all_forgets_every_obligation() {
        PartyLedger ledger = emptyLedger();
        ledger.recordObligation("USA", UsRussia2011.ID);
        ledger.recordObligation("DEU", WatchAndWarning.ID);

        ledger.deleteAll();

        assertThat(ledger.arrangementsOwedBy("USA")).isEmpty();
        assertThat(ledger.arrangementsOwedBy("DEU")).isEmpty();
    }
}
