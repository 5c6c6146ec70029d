package org.entente.query.party;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.entente.api.commitment.CommitmentAdded;

/** Keeps {@link PartyLedger} current; who owes a commitment never changes after it is added. */
@ProcessingGroup(PartyLedgerProjection.PROCESSING_GROUP)
public class PartyLedgerProjection {

    public static final String PROCESSING_GROUP = "party-ledger";

    private final PartyLedger ledger;

    public PartyLedgerProjection(PartyLedger ledger) {
        this.ledger = ledger;
    }

    @EventHandler
    void on(CommitmentAdded event) {
        event.owedBy().forEach(party -> ledger.recordObligation(party, event.arrangementId()));
    }

    @ResetHandler
    void reset() {
        ledger.deleteAll();
    }
}
