package org.entente.archfixture;

import org.jmolecules.event.annotation.DomainEvent;

/** A domain event without a revision: its stored shape could never evolve safely. */
@DomainEvent
public record UnrevisedEvent(String id) {
}
