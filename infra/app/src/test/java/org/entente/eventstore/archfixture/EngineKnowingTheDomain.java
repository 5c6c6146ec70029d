package org.entente.eventstore.archfixture;

import org.entente.api.arrangement.ArrangementRecorded;

/** The event store deciding by Entente's event types: it would no longer stand on its own. */
public class EngineKnowingTheDomain {

    public boolean isStart(Object payload) {
        return payload instanceof ArrangementRecorded;
    }
}
