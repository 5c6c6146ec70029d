package org.entente.app.pages.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.arrangement.ArrangementAsOf;
import org.entente.api.arrangement.FindArrangementAsOfQuery;
import org.entente.app.audit.AuditChain;
import org.entente.app.audit.StoredHistory;
import org.entente.app.pages.forms.EnumLabels;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.security.LongReads;
import org.entente.app.web.NotFound;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.entente.verify.ChainVerifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The auditor's view of one arrangement: as it was in force on one day ({@code inForceOn}) as the registry
 * knew it at the end of another ({@code knownOn}, in UTC), its stored history page by page, the verdict on
 * its hash chain and the export to verify offline. The two days are a GET form's fields, so every view has
 * an address to cite. An auditor sees every arrangement, a party's registrar its own.
 */
@Controller
class AuditPage {

    static final String SIZE = "20";

    private final QueryGateway queries;
    private final StoredHistory history;
    private final CommitLogEventStorageEngine engine;
    private final ArrangementVisibility visibility;
    private final LongReads longReads;
    private final Clock clock;

    AuditPage(QueryGateway queries, StoredHistory history, CommitLogEventStorageEngine engine, ArrangementVisibility visibility,
              LongReads longReads, Clock clock) {
        this.queries = queries;
        this.history = history;
        this.engine = engine;
        this.visibility = visibility;
        this.longReads = longReads;
        this.clock = clock;
    }

    @GetMapping("/arrangements/{id}/audit")
    String audit(@PathVariable String id,
                 @RequestParam(required = false) String inForceOn,
                 @RequestParam(required = false) String knownOn,
                 @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                 @RequestParam(defaultValue = SIZE) @Min(1) @Max(200) int size,
                 Model model) {
        requireRecordsVisible(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = dayOf("inForceOn", inForceOn, errors);
        LocalDate known = dayOf("knownOn", knownOn, errors);
        Instant knownAt = known == null ? null : known.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
        ArrangementAsOf asOf = queries.query(new FindArrangementAsOfQuery(id, day, knownAt),
                ResponseTypes.instanceOf(ArrangementAsOf.class)).join();
        if (asOf.absence() == ArrangementAsOf.Absence.UNKNOWN_ARRANGEMENT) {
            throw new NotFound("No arrangement '" + id + "'");
        }
        StoredHistory.Page events = history.page(id, page, size).orElseThrow(() -> new NotFound("No arrangement '" + id + "'"));

        model.addAttribute("id", id);
        model.addAttribute("inForceOn", inForceOn == null ? "" : inForceOn);
        model.addAttribute("knownOn", knownOn == null ? "" : knownOn);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("asOf", asOf);
        model.addAttribute("view", asOf.view());
        model.addAttribute("history", events);
        model.addAttribute("pages", (events.total() + size - 1) / size);
        model.addAttribute("previous", page > 0 ? pageLink(id, inForceOn, knownOn, page - 1, size) : null);
        model.addAttribute("next", (long) (page + 1) * size < events.total() ? pageLink(id, inForceOn, knownOn, page + 1, size) : null);
        model.addAttribute("verdict", verdict(id));
        model.addAttribute("labels", EnumLabels.INSTANCE);
        return "audit/arrangement";
    }

    /**
     * Only an auditor or a party reads an arrangement's record; to anyone who may not know of it, it does
     * not exist.
     */
    private void requireRecordsVisible(String id) {
        if (visibility.partiesOf(id).isEmpty() || !visibility.seesViewsOf(id)) {
            throw new NotFound("No arrangement '" + id + "'");
        }
        if (!visibility.seesRecordsOf(id)) {
            throw new AccessDeniedException("Only an auditor or a party reads the records of an arrangement");
        }
    }

    /** The chain recomputed now; null when the user's long reads are all taken, so the rest of the page still shows. */
    private ChainVerifier.Verdict verdict(String id) {
        try (LongReads.Permit permit = longReads.start()) {
            return ChainVerifier.verify(AuditChain.asStoredEvents(engine.storedEventsOf(id)), null);
        } catch (ErrorResponseException busy) {
            return null;
        }
    }

    private static LocalDate dayOf(String field, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date such as 2011-12-31");
            return null;
        }
    }

    private static String pageLink(String id, String inForceOn, String knownOn, int page, int size) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/arrangements/{id}/audit");
        if (inForceOn != null && !inForceOn.isBlank()) {
            link.queryParam("inForceOn", inForceOn);
        }
        if (knownOn != null && !knownOn.isBlank()) {
            link.queryParam("knownOn", knownOn);
        }
        link.queryParam("page", page);
        if (size != Integer.parseInt(SIZE)) {
            link.queryParam("size", size);
        }
        return link.encode().buildAndExpand(id).toUriString();
    }
}
