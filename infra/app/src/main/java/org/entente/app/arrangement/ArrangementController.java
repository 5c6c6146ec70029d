package org.entente.app.arrangement;

import org.entente.api.party.PartyCodes;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.arrangement.AmendArrangement;
import org.entente.api.arrangement.ArrangementAsOf;
import org.entente.api.arrangement.ArrangementPage;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.ChangeArrangementStatus;
import org.entente.api.arrangement.FindArrangementAsOfQuery;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.api.arrangement.RecordArrangement;
import org.entente.api.arrangement.SourceReference;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.ClientChosenId;
import org.entente.app.web.Ids;
import org.entente.app.web.NotFound;
import org.entente.app.web.Pages;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.ReadYourWrites;
import org.entente.app.web.VersionPreconditions;
import org.entente.app.web.WriteAcknowledgement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Arrangements: record, list, read (now, or on two time axes), amend, change status. Request and
 * response bodies are records nested in the controller that reads or writes them; the shape is checked
 * here, the business rules in the aggregate.
 */
@RestController
@RequestMapping("/api/arrangements")
class ArrangementController {

    record Record(
            @ClientChosenId String id,
            @NotBlank @Size(max = 500) String title,
            @NotNull Instrument instrument,
            @NotNull @Size(max = 200) List<@NotNull @Size(max = PartyParameters.MAX_CODE_LENGTH) String> parties,
            ArrangementStatus status,
            LocalDate concludedOn,
            @Valid Source source) {
    }

    record StatusChange(
            @NotNull ArrangementStatus status,
            @NotNull LocalDate effectiveOn,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record Amendment(
            @Size(min = 1, max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
            @Valid Source source,
            @Size(max = 2000) String reason) {
    }

    /** Where the text of an arrangement can be read. */
    record Source(
            @NotBlank @Size(max = 500) String title,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String url) {

        static SourceReference toReference(Source source) {
            return source == null ? null : new SourceReference(source.title(), source.url());
        }
    }

    /** The view's own fields, then what it answers for: the day in effect, the instant of knowledge, the events used. */
    record AsOfView(@JsonUnwrapped ArrangementView view, LocalDate asOf, Instant knownAt, int eventsFolded, int eventsRecorded) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ArrangementViews arrangements;
    private final Pages pages;

    ArrangementController(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites, Pages pages) {
        this.commands = commands;
        this.queries = queries;
        this.arrangements = new ArrangementViews(queries, readYourWrites);
        this.pages = pages;
    }

    @PostMapping
    ResponseEntity<WriteAcknowledgement> record(@Valid @RequestBody Record body) {
        String id = Ids.orNew(body.id());
        long version = commands.sendAndWait(new RecordArrangement(id, body.title(), body.instrument(), PartyCodes.canonical(body.parties()),
                body.status(), body.concludedOn(), Source.toReference(body.source())));
        return ResponseEntity.created(URI.create("/api/arrangements/" + id)).body(new WriteAcknowledgement(id, version));
    }

    @GetMapping
    ArrangementPage list(@RequestParam(required = false) String party,
                         @RequestParam(required = false) ArrangementStatus status,
                         @RequestParam(required = false) @Size(max = 200) String q,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) int size) {
        pages.requireSize(size);
        return queries.query(new ListArrangementsQuery(PartyParameters.canonicalKnown("party", party), status, q, ArrangementVisibility.listsLimitedTo(), page, size),
                ResponseTypes.instanceOf(ArrangementPage.class)).join();
    }

    /** Its version is its ETag, which a write names in {@code If-Match} to be refused if another change came first. */
    @GetMapping(value = "/{id}", params = {"!asOf", "!knownAt"})
    ResponseEntity<ArrangementView> get(@PathVariable String id, @RequestParam(required = false) @Min(1) Long minVersion) {
        ArrangementView view = arrangements.current(id, minVersion);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(view.version())).body(view);
    }

    /**
     * The arrangement on two time axes, rebuilt from its events rather than read from the stored view;
     * the event store is always current, so there is nothing for {@code minVersion} to wait for.
     */
    @GetMapping(value = "/{id}", params = "asOf")
    AsOfView getAsOf(@PathVariable String id,
                     // Present by the mapping's condition; optional here so the published contract shows it as optional.
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     @RequestParam(required = false) Instant knownAt) {
        return asOf(id, asOf, knownAt);
    }

    @GetMapping(value = "/{id}", params = {"!asOf", "knownAt"})
    AsOfView getKnownAt(@PathVariable String id, @RequestParam(required = false) Instant knownAt) {
        return asOf(id, null, knownAt);
    }

    @PatchMapping("/{id}")
    WriteAcknowledgement amend(@PathVariable String id, @Valid @RequestBody Amendment body) {
        long version = commands.sendAndWait(new AmendArrangement(id, body.title(), Source.toReference(body.source()),
                body.reason()));
        return new WriteAcknowledgement(id, version);
    }

    @PostMapping("/{id}/status")
    WriteAcknowledgement changeStatus(@PathVariable String id, @Valid @RequestBody StatusChange body) {
        long version = commands.sendAndWait(new ChangeArrangementStatus(id, body.status(), body.effectiveOn(), body.reason()));
        return new WriteAcknowledgement(id, version);
    }

    private AsOfView asOf(String id, LocalDate asOf, Instant knownAt) {
        ArrangementAsOf answer = queries.query(new FindArrangementAsOfQuery(id, asOf, knownAt),
                ResponseTypes.instanceOf(ArrangementAsOf.class)).join();
        if (answer.view() == null) {
            throw new NotFound(answer.absence().name(), answer.absence().title(), answer.absenceDetail());
        }
        return new AsOfView(answer.view(), answer.asOf(), answer.knownAt(), answer.eventsFolded(), answer.eventsRecorded());
    }
}
