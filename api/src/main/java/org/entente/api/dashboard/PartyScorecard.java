package org.entente.api.dashboard;

import org.jmolecules.architecture.cqrs.QueryModel;

/**
 * Who delivers: one party's record on what it owes, its points of contact and the papers it has to acknowledge.
 *
 * @param owed                       commitments it owes, in any status
 * @param fulfilledOnTime            fulfilled on or before the due date in force on the day of fulfilment
 * @param fulfilledLate              fulfilled after it
 * @param overdue                    open or in progress past due, by the rule of the commitment lists
 * @param outstandingAcknowledgements papers addressed to it whose receipt it has not acknowledged
 */
@QueryModel
public record PartyScorecard(String party, int owed, int open, int inProgress, int fulfilledOnTime, int fulfilledLate,
                             int overdue, int withdrawn, ContactHealth contacts, int outstandingAcknowledgements) {
}
