package org.entente.query.archfixture;

import org.entente.command.arrangement.Arrangement;

/** A projection reaching into the command side's aggregate. */
public class ProjectionAskingTheAggregate {

    public String target(Arrangement arrangement) {
        return arrangement.checkTarget("contact", "USA");
    }
}
