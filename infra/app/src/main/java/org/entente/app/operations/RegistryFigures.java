package org.entente.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.contact.ContactView;
import org.entente.api.contact.Liveness;
import org.entente.api.ledger.CommitmentOrder;
import org.entente.api.ledger.CommitmentPage;
import org.entente.api.ledger.FindCommitmentsQuery;
import org.entente.query.contact.ContactDocument;
import org.entente.query.contact.ContactDocuments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the registry holds, as gauges: commitments overdue registry-wide (asked of the commitment ledger,
 * which counts them from its tallies) and contacts in effect today by liveness. Counting contacts reads
 * every contact, so it runs on a schedule and a scrape reads the last counts; overdue and liveness move
 * with the registry clock as well as with events.
 */
final class RegistryFigures implements MeterBinder {

    private record Counts(long overdue, Map<Liveness, Long> contacts) {
    }

    private final QueryGateway queries;
    private final ContactDocuments contacts;
    private final Clock clock;
    private final Duration verifiedFor;
    private volatile Counts counts;

    RegistryFigures(QueryGateway queries, ContactDocuments contacts, Clock clock, Duration verifiedFor) {
        this.queries = queries;
        this.contacts = contacts;
        this.clock = clock;
        this.verifiedFor = verifiedFor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("entente.commitments.overdue", this, f -> f.current().overdue())
                .description("Commitments overdue registry-wide: past their due date, neither fulfilled nor withdrawn, "
                        + "their arrangement neither suspended nor terminated")
                .register(registry);
        for (Liveness liveness : Liveness.values()) {
            Gauge.builder("entente.contacts", this, f -> f.current().contacts().getOrDefault(liveness, 0L))
                    .description("Points of contact in effect today, by whether they answer checks")
                    .tag("liveness", liveness.name()).register(registry);
        }
    }

    /** Counts anew; the schedule calls it, and so may anyone who needs the figures current at once. */
    void refresh() {
        LocalDate today = LocalDate.now(clock);
        FindCommitmentsQuery overdueAnywhere = new FindCommitmentsQuery(null, null, null, null, true, null, null, null, null,
                null, CommitmentOrder.EARLIEST_DUE_FIRST, 0, 1);
        long overdue = queries.query(overdueAnywhere, ResponseTypes.instanceOf(CommitmentPage.class)).join().total();
        Instant now = clock.instant();
        Map<Liveness, Long> byLiveness = new EnumMap<>(Liveness.class);
        for (ContactDocument contact : contacts.search(null, null, null)) {
            Optional<ContactView> inEffect = contact.asOf(today, now, verifiedFor);
            inEffect.ifPresent(view -> byLiveness.merge(view.liveness(), 1L, Long::sum));
        }
        counts = new Counts(overdue, byLiveness);
    }

    private Counts current() {
        Counts known = counts;
        if (known == null) {
            refresh();
            known = counts;
        }
        return known;
    }
}
