package org.entente.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.entente.app.mongo.ReadModelCollections;

/**
 * Marks the handling of an event by a projection's processor, so that its store writes the generation its
 * processing group is building during a rebuild while readers on other threads stay on the complete one.
 * Processors are named after their processing group.
 */
final class ReadModelFolding implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String processingGroup;

    ReadModelFolding(String processingGroup) {
        this.processingGroup = processingGroup;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        return ReadModelCollections.foldingFor(processingGroup, interceptorChain::proceed);
    }
}
