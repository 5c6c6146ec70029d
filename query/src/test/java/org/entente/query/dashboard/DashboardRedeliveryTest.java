package org.entente.query.dashboard;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.query.AbstractRedeliveryTest;
import org.entente.query.Variants;
import org.junit.jupiter.api.Nested;

import java.util.List;

/**
 * Every event the arrangement, contact and paper projections fold, delivered again, leaves the dashboard's read
 * models as one clean fold leaves them.
 */
class DashboardRedeliveryTest {

    private static List<List<DomainEventMessage<?>>> stories() {
        return List.of(DashboardFolds.theThreeArrangements(), Variants.watchAndWarningNegotiatedInBerlin().messages(),
                Variants.usRussiaWithRevisedPaper().messages());
    }

    @Nested
    class OfTheArrangementViews extends AbstractRedeliveryTest {

        @Override
        protected Fold emptyFold() {
            DashboardFolds folds = new DashboardFolds();
            return Fold.of(folds.arrangements, folds::content);
        }

        @Override
        protected List<List<DomainEventMessage<?>>> scenarios() {
            return stories();
        }
    }

    @Nested
    class OfTheContactDirectory extends AbstractRedeliveryTest {

        @Override
        protected Fold emptyFold() {
            DashboardFolds folds = new DashboardFolds();
            return Fold.of(folds.contactDirectory, folds.contacts::all);
        }

        @Override
        protected List<List<DomainEventMessage<?>>> scenarios() {
            return stories();
        }
    }

    @Nested
    class OfThePapers extends AbstractRedeliveryTest {

        @Override
        protected Fold emptyFold() {
            DashboardFolds folds = new DashboardFolds();
            return Fold.of(folds.paperProjection, folds.papers::all);
        }

        @Override
        protected List<List<DomainEventMessage<?>>> scenarios() {
            return stories();
        }
    }
}
