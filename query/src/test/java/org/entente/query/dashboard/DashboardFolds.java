package org.entente.query.dashboard;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.Registry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.CheckStreams;
import org.entente.query.Delivery;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.arrangement.InMemoryArrangementDocuments;
import org.entente.query.arrangement.IndexedArrangementDocuments;
import org.entente.query.commitment.CommitmentIndex;
import org.entente.query.commitment.CommitmentQueries;
import org.entente.query.commitment.CommitmentRow;
import org.entente.query.commitment.InMemoryCommitmentBuckets;
import org.entente.query.contact.ContactDirectoryProjection;
import org.entente.query.contact.ContactDocuments;
import org.entente.query.contact.ContactQueries;
import org.entente.query.contact.InMemoryContactDocuments;
import org.entente.query.contact.IndexedContactDocuments;
import org.entente.query.paper.InMemoryPaperDocuments;
import org.entente.query.paper.IndexedPaperDocuments;
import org.entente.query.paper.PaperDocuments;
import org.entente.query.paper.PaperProjection;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry in memory with the dashboard's read models beside the arrangement, contact and paper documents, as
 * the application wires them, folded from the fixtures' stories.
 */
final class DashboardFolds {

    static final Duration VERIFIED_FOR = Duration.ofDays(30);

    final InMemoryKeyedEntries<ArrangementMonth> months = new InMemoryKeyedEntries<>();
    final InMemoryKeyedEntries<CommitmentRow> drifts = new InMemoryKeyedEntries<>();
    final InMemoryKeyedEntries<PartySince> parties = new InMemoryKeyedEntries<>();
    final InMemoryKeyedEntries<ContactRef> contacts = new InMemoryKeyedEntries<>();
    final InMemoryKeyedEntries<AddressedPaper> papers = new InMemoryKeyedEntries<>();
    final DashboardReadModels readModels = new DashboardReadModels(months, drifts, parties, contacts, papers);
    final InMemoryCommitmentBuckets buckets = new InMemoryCommitmentBuckets();
    final ArrangementDocuments arrangementDocuments = new IndexedArrangementDocuments(new InMemoryArrangementDocuments(),
            List.of(new CommitmentIndex(buckets), new MilestoneIndex(months), new DriftIndex(drifts), new PartyDirectoryIndex(parties)));
    final ContactDocuments contactDocuments = new IndexedContactDocuments(new InMemoryContactDocuments(),
            List.of(new PartyContactsIndex(contacts)));
    final PaperDocuments paperDocuments = new IndexedPaperDocuments(new InMemoryPaperDocuments(), List.of(new PartyPapersIndex(papers)));
    final ArrangementProjection arrangements = new ArrangementProjection(arrangementDocuments);
    final ContactDirectoryProjection contactDirectory = new ContactDirectoryProjection(contactDocuments);
    final PaperProjection paperProjection = new PaperProjection(paperDocuments);
    final ContactQueries contactQueries = new ContactQueries(contactDocuments, Registry.CLOCK, VERIFIED_FOR);
    final DashboardQueries queries = new DashboardQueries(new CommitmentQueries(buckets, arrangementDocuments, Registry.CLOCK),
            contactQueries, arrangementDocuments, readModels, Registry.CLOCK);

    /**
     * The US–Russia statement with the CERT exchange moved twice (the second move, effective March 2012, recorded in
     * April), as the registry tells it.
     */
    static EventStream usRussiaMovedTwice() {
        EventStream history = UsRussia2011.history();
        int afterAmendment = history.indexOf(ArrangementAmended.class) + 1;
        return history.first(afterAmendment)
                .then(UsRussia2011.certExchangeDeadlineMovedAgain(), UsRussia2011.CERT_EXCHANGE_MOVED_AGAIN_RECORDED)
                .then(history.from(afterAmendment));
    }

    /** The three arrangements and every check of their contacts, as the whole store delivers them. */
    static List<DomainEventMessage<?>> theThreeArrangements(EventStream... more) {
        EventStream[] streams = java.util.stream.Stream.concat(
                java.util.stream.Stream.of(usRussiaMovedTwice(), EuUsWorkingGroup.history(), WatchAndWarning.history()),
                java.util.stream.Stream.of(more)).toArray(EventStream[]::new);
        return EventStream.inRecordingOrder(CheckStreams.besides(streams));
    }

    DashboardFolds deliverAll(List<DomainEventMessage<?>> events) {
        Delivery arrangementDelivery = Delivery.to(arrangements);
        Delivery contactDelivery = Delivery.to(contactDirectory);
        Delivery paperDelivery = Delivery.to(paperProjection);
        List<Class<?>> arrangementTypes = Delivery.eventTypesFoldedBy(ArrangementProjection.class);
        List<Class<?>> contactTypes = Delivery.eventTypesFoldedBy(ContactDirectoryProjection.class);
        List<Class<?>> paperTypes = Delivery.eventTypesFoldedBy(PaperProjection.class);
        for (DomainEventMessage<?> event : events) {
            if (arrangementTypes.contains(event.getPayloadType())) {
                arrangementDelivery.deliver(event);
            }
            if (contactTypes.contains(event.getPayloadType())) {
                contactDelivery.deliver(event);
            }
            if (paperTypes.contains(event.getPayloadType())) {
                paperDelivery.deliver(event);
            }
        }
        return this;
    }

    /** Everything the dashboard's read models hold, to compare folds by. */
    Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("months", months.all());
        content.put("drifts", drifts.all());
        content.put("parties", parties.all());
        content.put("contacts", contacts.all());
        content.put("papers", papers.all());
        return content;
    }
}
