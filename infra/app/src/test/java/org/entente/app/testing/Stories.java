package org.entente.app.testing;

import org.entente.api.fixtures.UsRussia2011;

import java.util.List;

import static org.entente.app.testing.Expect.created;

/** Histories tests record through the HTTP API, from the shared fixtures, under ids of their own. */
public final class Stories {

    private Stories() {
    }

    /** The 2011 US–Russia joint statement and its three commitments: four events, sequences 0 to 3. */
    public static String usRussiaWithItsThreeMechanisms(Api api) {
        String id = Unique.id(UsRussia2011.ID);
        created(api.post("/api/arrangements", UsRussia2011.json(id)));
        for (var commitment : List.of(UsRussia2011.MILITARY_VIEWS, UsRussia2011.CERT_EXCHANGE, UsRussia2011.INCIDENT_LINKS)) {
            created(api.post("/api/arrangements/" + id + "/commitments", commitment.json()));
        }
        return id;
    }
}
