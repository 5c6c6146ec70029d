package org.entente.query.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The selections a list of commitments starts from, each kept as its own buckets: the whole registry,
 * the arrangements a party is party to, and what a party owes. A bucket holds one scope's commitments
 * due on one day (a part of them, on a busy day), so a due window, a page in due order or a party's list
 * reads a few buckets by id.
 */
final class CommitmentScope {

    static final String REGISTRY = "registry";
    static final String UNDATED = "undated";
    /**
     * At most this many rows of one scope due on one day share a bucket; a day on which more fall due ("by
     * year's end") fills further parts of it, so no bucket grows into one large document.
     */
    static final int ROWS_PER_PART = 50;

    /** Parts of a day asked for at once when a row's part is looked up. */
    static final int PARTS_PER_READ = 32;

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

    /** The n-th part of a day, as the directory names it. */
    static String part(String day, int n) {
        return day + "#" + n;
    }

    /** The day a directory entry (a part) is about. */
    static String dayOf(String part) {
        int shard = part.indexOf('#');
        return shard < 0 ? part : part.substring(0, shard);
    }

    static String bucket(String scope, String part) {
        return scope + "|" + part;
    }
}
