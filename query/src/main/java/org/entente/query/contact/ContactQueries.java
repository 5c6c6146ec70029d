package org.entente.query.contact;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.contact.FindContactQuery;
import org.entente.api.contact.FindContactsQuery;
import org.entente.api.view.ContactHistory;
import org.entente.api.view.ContactDirectory;
import org.entente.api.view.ContactView;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The directory as in effect on a day, by default today on the registry clock. */
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

    @QueryHandler
    Optional<ContactHistory> handle(FindContactQuery query) {
        return documents.find(ContactDocument.idOf(query.arrangementId(), query.contactId())).map(ContactDocument::toHistory);
    }

    @QueryHandler
    ContactDirectory handle(FindContactsQuery query) {
        LocalDate day = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
        List<ContactView> items = documents.search(query.party(), query.role(), query.arrangementId()).stream()
                .map(document -> document.asOf(day, clock.instant(), verifiedWindow))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ContactView::arrangementId).thenComparing(ContactView::party)
                        .thenComparing(ContactView::role))
                .toList();
        return new ContactDirectory(day, items);
    }
}
