package org.entente.command.archfixture;

import org.entente.query.arrangement.ArrangementDocuments;

/** The command side deciding on a read model, which may lag behind the events. */
public class DecisionReadingAView {

    private final ArrangementDocuments views;

    public DecisionReadingAView(ArrangementDocuments views) {
        this.views = views;
    }

    public boolean exists(String id) {
        return views.find(id).isPresent();
    }
}
