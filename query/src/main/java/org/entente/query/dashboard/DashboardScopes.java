package org.entente.query.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * How the dashboard's documents are named: by scope (the registry, or the arrangements a party is party to), and
 * for milestones by scope and month, such as {@code registry|2012-06} or {@code party:USA|2012-06}.
 */
final class DashboardScopes {

    static final String REGISTRY = "registry";
    /** The one document naming the parties the registry has arrangements with. */
    static final String PARTY_DIRECTORY = "parties";

    private DashboardScopes() {
    }

    static String partyTo(String party) {
        return "party:" + party;
    }

    /** The scope a question reads: the party's, else the one the asker may see, else the registry's. */
    static String of(String party, String visibleTo) {
        if (party != null) {
            return partyTo(party);
        }
        return visibleTo != null ? partyTo(visibleTo) : REGISTRY;
    }

    static List<String> of(List<String> parties) {
        List<String> scopes = new ArrayList<>();
        scopes.add(REGISTRY);
        parties.forEach(p -> scopes.add(partyTo(p)));
        return scopes;
    }

    static boolean selects(List<String> parties, String party, String visibleTo) {
        return (party == null || parties.contains(party)) && (visibleTo == null || parties.contains(visibleTo));
    }

    static String month(String scope, LocalDate day) {
        return scope + "|" + YearMonth.from(day);
    }

    /** The month documents of a scope from the month of {@code from} to that of {@code to}. */
    static List<String> months(String scope, LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            ids.add(scope + "|" + month);
        }
        return ids;
    }

    /** A key for any id that is safe as a MongoDB field name. */
    static String key(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }
}
