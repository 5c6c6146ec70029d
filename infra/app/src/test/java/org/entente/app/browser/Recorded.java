package org.entente.app.browser;

import org.entente.api.arrangement.Instrument;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.fixtures.ArrangementTerms;
import org.entente.api.fixtures.CommitmentTerms;
import org.entente.app.testing.Api;
import org.entente.app.testing.Stories;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;

/**
 * What the browser tests record through the API before they look at the pages, and the waits that let
 * the read models catch up, so that a page opened next shows it.
 */
final class Recorded {

    private Recorded() {
    }

    /** A commitment every party owes, due on {@code dueBy}. */
    record Due(String id, String text, LocalDate dueBy) {
    }

    /**
     * An arrangement between {@code parties}, concluded a year before {@code today} and recorded by {@code registrar}
     * (the registrar of one of them), with the commitments every party owes, once its view shows them: its id.
     */
    static String arrangementOwing(Api registrar, List<String> parties, String title, LocalDate today, Due... commitments) {
        String id = Stories.recorded(registrar, new ArrangementTerms("browser-" + String.join("-", parties).toLowerCase(), title,
                Instrument.MEMORANDUM_OF_UNDERSTANDING, parties, today.minusYears(1), null));
        long version = 0;
        for (Due due : commitments) {
            version = created(registrar.post("/api/arrangements/" + id + "/commitments", new CommitmentTerms(due.id(), due.text(),
                    CommitmentCategory.INFORMATION_EXCHANGE, parties, due.dueBy()).json())).json().get("version").asLong();
        }
        caughtUp(registrar, id, version);
        return id;
    }

    /** Waits until the arrangement's view has caught up with {@code version}. */
    static void caughtUp(Api api, String arrangementId, long version) {
        ok(api.get("/api/arrangements/" + arrangementId + "?minVersion=" + version));
    }

    /** Waits until the API finds what {@code path} names. */
    static void readable(Api api, String path) {
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(path).status() == 200);
    }

    /** The last day of the quarter {@code day} lies in. */
    static LocalDate endOfQuarter(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
    }
}
