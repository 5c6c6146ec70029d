package org.entente.app.arrangement;

import org.entente.api.party.PartyCodes;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.entente.app.web.openapi.ApiTags;
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
@Tag(name = ApiTags.ARRANGEMENTS)
@RequestMapping("/api/arrangements")
class ArrangementController {

    @Schema(name = "NewArrangement")
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

    @Schema(name = "ArrangementAmendment")
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
    @Schema(name = "ArrangementAnswer", description = "The arrangement's view; with `asOf` or `knownAt`, also the day, the instant and the events folded")
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

    @Operation(operationId = "recordArrangement", summary = "Record an arrangement", description = """
            Records an arrangement between parties, the signed-in registrar's party among them. The id is the client's \
            choice (a UUID if none), so a retried create is safe: the same content answers 201 again and records \
            nothing; other content under the id is 409 `ARRANGEMENT_ALREADY_RECORDED`.""")
    @ApiResponse(responseCode = "201", description = "Recorded; `Location` names the arrangement")
    @PostMapping
    ResponseEntity<WriteAcknowledgement> record(@Valid @RequestBody Record body) {
        String id = Ids.orNew(body.id());
        long version = commands.sendAndWait(new RecordArrangement(id, body.title(), body.instrument(), PartyCodes.canonical(body.parties()),
                body.status(), body.concludedOn(), Source.toReference(body.source())));
        return ResponseEntity.created(URI.create("/api/arrangements/" + id)).body(new WriteAcknowledgement(id, version));
    }

    @Operation(operationId = "listArrangements", summary = "List arrangements", description = """
            A page of the arrangements the signed-in user may see, in title order, by party (any case), status and \
            `q`: words found in the title, the source or a commitment's text, in any case and with or without accents, \
            each as the beginning of a word. With `Accept: text/csv` the page is a spreadsheet.""")
    @ApiResponse(responseCode = "200", description = "A page of arrangements", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ArrangementPage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
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
    @Operation(operationId = "getArrangement", summary = "Read an arrangement, now or as of a past day and instant", description = """
            The arrangement's view: its status history, its commitments with `overdue` computed against today's date \
            on the registry clock, its contacts and papers, and its version, also as `ETag`. With `asOf` or `knownAt` \
            the arrangement is rebuilt from its events instead, as in effect on `asOf` as the registry knew it at \
            `knownAt`; the answer then also names both and the events folded, carries no `ETag` and needs no \
            `minVersion`. 404 `NOT_YET_IN_EFFECT` or `NOT_YET_RECORDED` when it did not exist then.""")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, description = "The day in effect (default: today)",
            schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "knownAt", in = ParameterIn.QUERY, description = "The instant of the registry's knowledge (default: now)",
            schema = @Schema(type = "string", format = "date-time"))
    @ApiResponse(responseCode = "200", description = "The arrangement", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AsOfView.class)))
    @GetMapping(value = "/{id}", params = {"!asOf", "!knownAt"})
    ResponseEntity<ArrangementView> get(@PathVariable String id, @RequestParam(required = false) @Min(1) Long minVersion) {
        ArrangementView view = arrangements.current(id, minVersion);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(view.version())).body(view);
    }

    /**
     * The arrangement on two time axes, rebuilt from its events rather than read from the stored view;
     * the event store is always current, so there is nothing for {@code minVersion} to wait for.
     */
    @Operation(hidden = true)
    @GetMapping(value = "/{id}", params = "asOf")
    AsOfView getAsOf(@PathVariable String id,
                     // Present by the mapping's condition; optional here so the published contract shows it as optional.
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     @RequestParam(required = false) Instant knownAt) {
        return asOf(id, asOf, knownAt);
    }

    @Operation(hidden = true)
    @GetMapping(value = "/{id}", params = {"!asOf", "knownAt"})
    AsOfView getKnownAt(@PathVariable String id, @RequestParam(required = false) Instant knownAt) {
        return asOf(id, null, knownAt);
    }

    @Operation(operationId = "amendArrangement", summary = "Amend an arrangement's title or source",
            description = "Changes the title, the source or both, with an optional reason; a field left out stays as it is.")
    @PatchMapping("/{id}")
    WriteAcknowledgement amend(@PathVariable String id, @Valid @RequestBody Amendment body) {
        long version = commands.sendAndWait(new AmendArrangement(id, body.title(), Source.toReference(body.source()),
                body.reason()));
        return new WriteAcknowledgement(id, version);
    }

    @Operation(operationId = "changeArrangementStatus", summary = "Change an arrangement's status", description = """
            Enters it into force, suspends, resumes or terminates it, with the day that took effect and why; a \
            transition the arrangement's status does not allow is 409 `ILLEGAL_STATUS_TRANSITION`.""")
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
