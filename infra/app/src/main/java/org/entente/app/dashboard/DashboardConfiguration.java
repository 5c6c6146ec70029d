package org.entente.app.dashboard;

import org.entente.app.mongo.ReadModelCollections;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.commitment.CommitmentQueries;
import org.entente.query.commitment.CommitmentRow;
import org.entente.query.contact.ContactDirectoryProjection;
import org.entente.query.contact.ContactQueries;
import org.entente.query.dashboard.AddressedPaper;
import org.entente.query.dashboard.ArrangementMonth;
import org.entente.query.dashboard.ContactRef;
import org.entente.query.dashboard.DashboardQueries;
import org.entente.query.dashboard.DashboardReadModels;
import org.entente.query.dashboard.DriftIndex;
import org.entente.query.dashboard.MilestoneIndex;
import org.entente.query.dashboard.PartyContactsIndex;
import org.entente.query.dashboard.PartyDirectoryIndex;
import org.entente.query.dashboard.PartyPapersIndex;
import org.entente.query.dashboard.PartySince;
import org.entente.query.paper.PaperProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The dashboard: its read models, each kept by the projection whose documents it is derived from (and rebuilt with
 * it), and the queries over them. The months of milestones, the drifting deadlines and the party directory are
 * collections of the arrangement views; a party's contacts belong to the contact directory, a party's papers to the
 * papers.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    static final String MONTHS = "milestone_months";
    static final String DRIFTS = "deadline_drifts";
    static final String PARTIES = "dashboard_parties";
    static final String PARTY_CONTACTS = "party_contacts";
    static final String PARTY_PAPERS = "party_papers";

    @Bean
    DashboardReadModels dashboardReadModels(ReadModelCollections collections) {
        return readModels(collections);
    }

    static DashboardReadModels readModels(ReadModelCollections collections) {
        String arrangementViews = ArrangementProjection.PROCESSING_GROUP;
        return new DashboardReadModels(
                new MongoKeyedEntries<>(collections, arrangementViews, MONTHS, ArrangementMonth.class),
                new MongoKeyedEntries<>(collections, arrangementViews, DRIFTS, CommitmentRow.class),
                new MongoKeyedEntries<>(collections, arrangementViews, PARTIES, PartySince.class),
                new MongoKeyedEntries<>(collections, ContactDirectoryProjection.PROCESSING_GROUP, PARTY_CONTACTS, ContactRef.class),
                new MongoKeyedEntries<>(collections, PaperProjection.PROCESSING_GROUP, PARTY_PAPERS, AddressedPaper.class));
    }

    @Bean
    MilestoneIndex milestoneIndex(DashboardReadModels readModels) {
        return new MilestoneIndex(readModels.months());
    }

    @Bean
    DriftIndex driftIndex(DashboardReadModels readModels) {
        return new DriftIndex(readModels.drifts());
    }

    @Bean
    PartyDirectoryIndex partyDirectoryIndex(DashboardReadModels readModels) {
        return new PartyDirectoryIndex(readModels.parties());
    }

    @Bean
    PartyContactsIndex partyContactsIndex(DashboardReadModels readModels) {
        return new PartyContactsIndex(readModels.contacts());
    }

    @Bean
    PartyPapersIndex partyPapersIndex(DashboardReadModels readModels) {
        return new PartyPapersIndex(readModels.papers());
    }

    @Bean
    DashboardQueries dashboardQueries(CommitmentQueries commitments, ContactQueries contacts, ArrangementDocuments documents,
                                      DashboardReadModels readModels, Clock clock) {
        return new DashboardQueries(commitments, contacts, documents, readModels, clock);
    }
}
