package org.entente.app.arrangement;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.FindArrangementQuery;
import org.entente.app.web.ReadYourWrites;

/**
 * The stored arrangement view, which commitments are read from too: a commitment is part of its
 * arrangement and shares its version. Each controller builds one from the collaborators it is given,
 * so the controllers keep depending on the gateways alone.
 */
public final class ArrangementViews {

    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    public ArrangementViews(QueryGateway queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    /** @param minVersion the version the client wrote, to wait for; none reads what is stored now */
    public ArrangementView current(String id, Long minVersion) {
        return readYourWrites.read(id, "arrangement", minVersion,
                () -> queries.query(new FindArrangementQuery(id), ResponseTypes.optionalInstanceOf(ArrangementView.class)).join(),
                ArrangementView::version);
    }
}
