package org.entente.query.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The selections a list of commitments starts from, each kept as its own buckets: the whole registry,
 * the arrangements a party is party to, and what a party owes. A bucket holds one scope's commitments
 * due on one day, so a due window, a page in due order or a party's list reads a few buckets by id.
 */
final class CommitmentScope {

    static final String REGISTRY = "registry";
    static final String UNDATED = "undated";

    private CommitmentScope() {
    }

    static String partyTo(String party) {
        return "party:" + party;
    }

    static String owedBy(String party) {
        return "owed:" + party;
    }

    static List<String> of(CommitmentRow row) {
        List<String> scopes = new ArrayList<>();
        scopes.add(REGISTRY);
        row.parties().forEach(p -> scopes.add(partyTo(p)));
        row.owedBy().forEach(p -> scopes.add(owedBy(p)));
        return scopes;
    }

    static String day(LocalDate dueBy) {
        return dueBy == null ? UNDATED : dueBy.toString();
    }

    static LocalDate dueDate(String day) {
        return UNDATED.equals(day) ? null : LocalDate.parse(day);
    }

    static String bucket(String scope, String day) {
        return scope + "|" + day;
    }
}
