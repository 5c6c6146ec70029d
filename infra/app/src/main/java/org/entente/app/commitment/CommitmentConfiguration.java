package org.entente.app.commitment;

import org.entente.app.mongo.ReadModelCollections;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.entente.api.ledger.CommitmentPage;
import org.entente.api.ledger.OwedCommitment;
import org.entente.app.web.CsvTable;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.commitment.CommitmentIndex;
import org.entente.query.commitment.CommitmentQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Commitments across arrangements: their buckets, kept in step with the arrangement documents, the
 * queries over them, and the lists as CSV.
 * <p>
 * Commitment events stored under an older revision are read as the current record. Stored events are
 * never rewritten (their hashes bind them); they are lifted to the current shape each time they are read,
 * while history, export and the integrity check show them as stored.
 */
@Configuration(proxyBeanMethods = false)
class CommitmentConfiguration {

    @Bean
    CommitmentIndex commitmentIndex(ReadModelCollections collections) {
        return new CommitmentIndex(new MongoCommitmentBuckets(collections));
    }

    @Bean
    CommitmentQueries commitmentQueries(ReadModelCollections collections, ArrangementDocuments documents, Clock clock) {
        return new CommitmentQueries(new MongoCommitmentBuckets(collections), documents, clock);
    }

    @Bean
    CsvTable<CommitmentPage> commitmentsAsCsv() {
        return CsvTable.of(CommitmentPage.class, COLUMNS, page -> rows(page.items()));
    }

    @Bean
    CsvTable<CommitmentListController.PartyCommitmentPage> partyCommitmentsAsCsv() {
        return CsvTable.of(CommitmentListController.PartyCommitmentPage.class, COLUMNS, page -> rows(page.commitments()));
    }

    private static final List<String> COLUMNS = List.of("arrangementId", "arrangementTitle", "arrangementStatus", "commitmentId",
            "text", "category", "owedBy", "dueBy", "status", "overdue", "fulfilledOn");

    private static List<List<Object>> rows(List<OwedCommitment> commitments) {
        return commitments.stream().map(c -> Arrays.<Object>asList(c.arrangementId(), c.arrangementTitle(), c.arrangementStatus(),
                c.commitmentId(), c.text(), c.category(), c.owedBy(), c.dueBy(), c.status(), c.overdue(), c.fulfilledOn())).toList();
    }

    @Bean
    EventUpcaster commitmentAddedRevision2() {
        return new CommitmentAddedRevision2();
    }

    @Bean
    EventUpcaster commitmentDeadlineMovedRevision2() {
        return new CommitmentDeadlineMovedRevision2();
    }
}
