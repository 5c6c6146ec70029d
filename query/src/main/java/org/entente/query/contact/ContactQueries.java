package org.entente.query.contact;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.contact.ContactDirectory;
import org.entente.api.contact.ContactHistory;
import org.entente.api.contact.ContactView;
import org.entente.api.contact.FindContactQuery;
import org.entente.api.contact.FindContactsQuery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The directory as in effect on a day as known at an instant, by default today and now on the registry clock. */
public class ContactQueries {

    private final ContactDocuments documents;
    private final Clock clock;
    private final Duration verifiedWindow;

    /** @param verifiedWindow how long an answered check keeps a contact VERIFIED before it turns STALE */
    public ContactQueries(ContactDocuments documents, Clock clock, Duration verifiedWindow) {
        this.documents = documents;
        this.clock = clock;
        this.verifiedWindow = verifiedWindow;
    }

    /** The rule the directory judges liveness by, with its window, for answers that judge contacts without their documents. */
    public LivenessRule livenessRule() {
        return new LivenessRule(verifiedWindow);
    }

    @QueryHandler
    Optional<ContactHistory> handle(FindContactQuery query) {
        return documents.find(ContactDocument.idOf(query.arrangementId(), query.contactId())).map(ContactDocument::toHistory);
    }

    @QueryHandler
    ContactDirectory handle(FindContactsQuery query) {
        Instant now = clock.instant();
        Instant knownAt = query.knownAt() != null ? query.knownAt() : now;
        LocalDate day = query.asOf() != null ? query.asOf()
                : LocalDate.ofInstant(knownAt, query.knownAt() != null ? ZoneOffset.UTC : clock.getZone());
        Function<ContactDocument, Optional<ContactView>> view = viewOn(day, query.asOf(), query.knownAt(), now, knownAt);
        List<ContactView> items = documents.search(query.party(), query.role(), query.arrangementId()).stream()
                .map(view)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ContactView::arrangementId).thenComparing(ContactView::party)
                        .thenComparing(ContactView::role))
                .toList();
        return new ContactDirectory(day, knownAt, items);
    }

    /**
     * The contacts among these documents in effect on {@code asOf} (null: today), with their liveness judged as the
     * directory judges it on that day.
     */
    public List<ContactView> inEffect(Collection<String> contactDocumentIds, LocalDate asOf) {
        if (contactDocumentIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate day = asOf != null ? asOf : LocalDate.ofInstant(now, clock.getZone());
        return documents.findAll(contactDocumentIds).stream()
                .map(viewOn(day, asOf, null, now, now))
                .flatMap(Optional::stream)
                .toList();
    }

    private Function<ContactDocument, Optional<ContactView>> viewOn(LocalDate day, LocalDate asOf, Instant asKnownAt,
                                                                    Instant now, Instant knownAt) {
        if (asOf == null && asKnownAt == null) {
            return document -> document.asOf(day, now, verifiedWindow);
        }
        // Without a knownAt everything recorded counts: events carry system-clock timestamps, which an
        // offset registry clock could otherwise place after now.
        Instant knowledge = asKnownAt != null ? asKnownAt : Instant.MAX;
        Instant moment = asOf == null ? knownAt : earlier(endOf(day), knownAt);
        return document -> document.asKnownAt(day, knowledge, moment, verifiedWindow);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
