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

    /** An arrangement between two parties, concluded a year before {@code today}, recorded by {@code registrar} (one of them): its id. */
    static String arrangementBetween(Api registrar, List<String> parties, String title, LocalDate today) {
        return Stories.recorded(registrar, new ArrangementTerms("browser-" + String.join("-", parties).toLowerCase(), title,
                Instrument.MEMORANDUM_OF_UNDERSTANDING, parties, today.minusYears(1), null));
    }

    /** A commitment every party owes, due on {@code dueBy}: the arrangement's version after it. */
    static long commitment(Api registrar, String arrangementId, String commitmentId, String text, List<String> owedBy,
                           LocalDate dueBy) {
        return created(registrar.post("/api/arrangements/" + arrangementId + "/commitments",
                new CommitmentTerms(commitmentId, text, CommitmentCategory.INFORMATION_EXCHANGE, owedBy, dueBy).json()))
                .json().get("version").asLong();
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
