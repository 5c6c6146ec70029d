package org.entente.app.testing;

import org.entente.api.fixtures.ArrangementTerms;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.entente.api.fixtures.Requests.answer;
import static org.entente.api.fixtures.Requests.check;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;

/**
 * Histories tests record through the HTTP API, from the shared fixtures, under ids of their own. An
 * arrangement is recorded by the {@link Api} given, which the test signs in as the party it chooses among
 * the arrangement's parties ({@code api.as("USA")}); a check is started by the party its terms name as
 * checking and answered by the party checked, whoever the {@link Api} given is signed in as.
 */
public final class Stories {

    private Stories() {
    }

    /** The arrangement recorded under an id of its own by {@code party}, signed in as one of its parties: the id. */
    public static String recorded(Api party, ArrangementTerms terms) {
        String id = Unique.id(terms.id());
        created(party.post("/api/arrangements", terms.json(id)));
        return id;
    }

    /**
     * The 2011 US–Russia joint statement and its three commitments, recorded by {@code party}, signed in as the
     * United States or Russia: four events, sequences 0 to 3.
     */
    public static String usRussiaWithItsThreeMechanisms(Api party) {
        String id = recorded(party, UsRussia2011.TERMS);
        for (var commitment : List.of(UsRussia2011.MILITARY_VIEWS, UsRussia2011.CERT_EXCHANGE, UsRussia2011.INCIDENT_LINKS)) {
            created(party.post("/api/arrangements/" + id + "/commitments", commitment.json()));
        }
        return id;
    }

    /** The checking party checks the contact under the arrangement, to be answered by the registry's default time: the check's id. */
    public static String startedCheck(Api api, String arrangementId, CheckTerms terms) {
        return created(api.as(terms.fromParty()).post("/api/arrangements/" + arrangementId + "/contacts/" + terms.contactId()
                + "/checks", check(terms.fromParty(), null))).json().get("id").asText();
    }

    /** The party checked answers the check now. */
    public static void answerNow(Api api, CheckTerms terms, String checkId) {
        ok(api.as(terms.toParty()).post("/api/checks/" + checkId + "/answer", answer(now())));
    }

    /** A check started and answered at once: its id. */
    public static String answeredCheck(Api api, String arrangementId, CheckTerms terms) {
        String checkId = startedCheck(api, arrangementId, terms);
        answerNow(api, terms, checkId);
        return checkId;
    }

    /** Now, to the second: people record answers to the second, as the registry starts checks. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
