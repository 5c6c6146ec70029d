package org.entente.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Object-level access for everything under {@code /api/arrangements/{id}} and the pages under
 * {@code /arrangements/{id}}, applied before the controller
 * runs so no route can forget it. A user who may not know of the arrangement is answered 404, exactly as
 * for an arrangement that does not exist. A user who may see its views but not its records (history,
 * export, integrity, paper content) is answered 403. Which party may do what inside an arrangement it is
 * party to (a commitment it owes, a contact of its own) the arrangement itself decides.
 */
final class ArrangementScope implements HandlerInterceptor {

    /** The arrangement's id is the first path variable after {@code /api/arrangements/} (or a page's {@code /arrangements/}), whatever a route names it. */
    private static final Pattern ARRANGEMENT = Pattern.compile("^(?:/api)?/arrangements/\\{(\\w+)}(/.*)?$");

    private final ArrangementVisibility visibility;

    ArrangementScope(ArrangementVisibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Optional<SignedInUser> user = SignedInUser.current();
        Matcher arrangement = pattern == null ? null : ARRANGEMENT.matcher(pattern);
        if (arrangement == null || user.isEmpty() || !arrangement.matches()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables.get(arrangement.group(1));
        Optional<List<String>> parties = visibility.partiesOf(id);
        if (parties.isEmpty()) {
            return true;
        }
        if (!user.get().seesViewsOf(parties.get())) {
            throw visibility.hidden(id, "arrangement");
        }
        if (AccessRules.isRecordsRead(request) && !user.get().seesRecordsOf(parties.get())) {
            throw new AccessDeniedException("Only an auditor or a party reads the records of an arrangement");
        }
        return true;
    }
}
