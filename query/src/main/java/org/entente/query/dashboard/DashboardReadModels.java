package org.entente.query.dashboard;

import org.entente.query.commitment.CommitmentRow;

/**
 * The stores of the dashboard's read models. The months, the drifts and the party directory are derived from the
 * arrangement documents (and rebuilt with them), a party's contacts from the contact documents, a party's papers
 * from the paper documents.
 *
 * @param months   per scope and month, each arrangement's steps in that month
 * @param drifts   per scope, the commitments whose deadline moved
 * @param parties  one document: the parties the registry has arrangements with
 * @param contacts per party, its points of contact
 * @param papers   per party, the papers addressed to it
 */
public record DashboardReadModels(KeyedEntries<ArrangementMonth> months, KeyedEntries<CommitmentRow> drifts,
                                  KeyedEntries<PartySince> parties, KeyedEntries<ContactRef> contacts,
                                  KeyedEntries<AddressedPaper> papers) {
}
