package org.entente.api.commitment;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A doctrine-exchange commitment was met by the exchange itself: every party that owes it submitted a
 * paper and every addressee acknowledged it. Applied by the registry's policy, not by a person;
 * {@code paperIds} are the evidence.
 */
@DomainEvent
@Revision("1")
public record CommitmentFulfilledByExchange(String arrangementId, String commitmentId, LocalDate fulfilledOn,
                                            List<String> paperIds) {
}
