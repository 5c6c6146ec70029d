package org.entente.archfixture;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;

/** Handles an unmarked event, an unmarked command and a misnamed query. */
public class CarelessHandlers {

    @EventHandler
    void on(UnmarkedEvent event) {
    }

    @CommandHandler
    void handle(UnmarkedCommand command) {
    }

    @QueryHandler
    String handle(MisnamedQuestion question) {
        return question.id();
    }
}
