package org.entente.app.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.api.party.PartyCodes;
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
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactDirectory;
import org.entente.api.contact.ContactHistory;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.ContactView;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.contact.FindContactQuery;
import org.entente.api.contact.FindContactsQuery;
import org.entente.api.contact.RetirePointOfContact;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.ClientChosenId;
import org.entente.app.web.Ids;
import org.entente.app.web.NotFound;
import org.entente.app.web.Pages;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.WriteAcknowledgement;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Points of contact of an arrangement and the directory across arrangements. A party designates, updates
 * and retires only its own contacts: the party its registrar signed in for. Readers who are not parties to
 * the arrangement get the directory without the personal details ({@link PersonalDetails}).
 */
@RestController
@Tag(name = ApiTags.CONTACTS)
class ContactController {

    /** The longest BCP 47 language tag an application must be able to hold (RFC 5646, 4.4.1). */
    static final int LANGUAGE_TAG_LENGTH = 35;

    @Schema(name = "ChannelEntry")
    record ChannelBody(@NotNull ChannelType type, @NotBlank @Size(max = 320) String value) {
        Channel toChannel() {
            return new Channel(type, value);
        }
    }

    @Schema(name = "AvailabilityEntry")
    record AvailabilityBody(Boolean always, @Size(max = 20) String hours, @Size(max = 64) String timeZone) {
        Availability toAvailability() {
            return new Availability(Boolean.TRUE.equals(always), hours, timeZone);
        }
    }

    @Schema(name = "NewContact")
    record Designation(
            @ClientChosenId String id,
            @NotNull @Size(max = PartyParameters.MAX_CODE_LENGTH) String party,
            @NotNull ContactRole role,
            @NotBlank @Size(max = 500) String office,
            @Size(max = 200) String person,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid ChannelBody> channels,
            @NotNull @Valid AvailabilityBody availability,
            @Size(max = 20) List<@NotNull @Size(max = LANGUAGE_TAG_LENGTH) String> languages,
            LocalDate effectiveOn) {

        ContactDetails details() {
            return new ContactDetails(office, person, channels.stream().map(ChannelBody::toChannel).toList(),
                    availability.toAvailability(), languages == null ? List.of() : List.copyOf(languages));
        }
    }

    @Schema(name = "ContactUpdate")
    record Update(
            @Size(min = 1, max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String office,
            @Size(max = 200) String person,
            @Size(min = 1, max = 20) List<@NotNull @Valid ChannelBody> channels,
            @Valid AvailabilityBody availability,
            @Size(max = 20) List<@NotNull @Size(max = LANGUAGE_TAG_LENGTH) String> languages,
            LocalDate effectiveOn) {
    }

    /** The directory as in effect on {@code asOf} as known at {@code knownAt}, a page of it. */
    record DirectoryPage(LocalDate asOf, Instant knownAt, List<ContactView> items, int page, int size, long total) {
    }

    record Retirement(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate effectiveOn) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Pages pages;

    private final ArrangementVisibility visibility;

    ContactController(CommandGateway commands, QueryGateway queries, ArrangementVisibility visibility, Pages pages) {
        this.commands = commands;
        this.queries = queries;
        this.visibility = visibility;
        this.pages = pages;
    }

    @Operation(operationId = "designateContact", summary = "Designate a point of contact", description = """
            A party designates its own point of contact in a role: office, person, channels, availability, \
            languages. One active contact per party and role (409 `CONTACT_ROLE_TAKEN`).""")
    @ApiResponse(responseCode = "201", description = "Designated; `Location` names the contact")
    @PostMapping("/api/arrangements/{id}/contacts")
    ResponseEntity<WriteAcknowledgement> designate(@PathVariable String id, @Valid @RequestBody Designation body) {
        String contactId = Ids.orNew(body.id());
        long version = commands.sendAndWait(new DesignatePointOfContact(id, contactId, PartyCodes.canonical(body.party()), body.role(),
                body.details(), body.effectiveOn()));
        return ResponseEntity.created(URI.create("/api/arrangements/" + id + "/contacts/" + contactId))
                .body(new WriteAcknowledgement(contactId, version));
    }

    @Operation(operationId = "updateContact", summary = "Update a point of contact",
            description = "New details from `effectiveOn` (default: today); the fields left out stay, earlier versions are kept.")
    @PatchMapping("/api/arrangements/{id}/contacts/{cid}")
    WriteAcknowledgement update(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody Update body) {
        long version = commands.sendAndWait(new UpdatePointOfContact(id, cid, body.office(), body.person(),
                body.channels() == null ? null : body.channels().stream().map(ChannelBody::toChannel).toList(),
                body.availability() == null ? null : body.availability().toAvailability(),
                body.languages(), body.effectiveOn()));
        return new WriteAcknowledgement(cid, version);
    }

    @Operation(operationId = "retireContact", summary = "Retire a point of contact",
            description = "The contact stops being one on `effectiveOn`, for the reason given; final.")
    @PostMapping("/api/arrangements/{id}/contacts/{cid}/retirement")
    WriteAcknowledgement retire(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody Retirement body) {
        long version = commands.sendAndWait(new RetirePointOfContact(id, cid, body.reason(), body.effectiveOn()));
        return new WriteAcknowledgement(cid, version);
    }

    @Operation(operationId = "getContact", summary = "Read a point of contact with every version", description = """
            Every version of its details, with when each took effect and was recorded. Readers who are not parties \
            to the arrangement get it without `person` and `channels`.""")
    @GetMapping("/api/arrangements/{id}/contacts/{cid}")
    ContactHistory contact(@PathVariable String id, @PathVariable String cid) {
        ContactHistory contact = queries.query(new FindContactQuery(id, cid), ResponseTypes.optionalInstanceOf(ContactHistory.class))
                .join().orElseThrow(() -> new NotFound("Arrangement '" + id + "' has no point of contact '" + cid + "'"));
        return visibility.seesRecordsOf(id) ? contact : PersonalDetails.withheldFrom(contact);
    }

    @Operation(operationId = "listContacts", summary = "The directory of points of contact", description = """
            The contacts in effect on `asOf` (default: today) as the registry knew them at `knownAt` (default: now), \
            with their liveness from communication checks. Readers who are not parties to an arrangement get its \
            contacts without `person` and `channels`. With `Accept: text/csv` the page is a spreadsheet.""")
    @ApiResponse(responseCode = "200", description = "A page of the directory", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = DirectoryPage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/api/contacts")
    DirectoryPage directory(@RequestParam(required = false) String party,
                            @RequestParam(required = false) ContactRole role,
                            @RequestParam(required = false) String arrangement,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                            @RequestParam(defaultValue = Pages.DEFAULT_SIZE) @Min(1) int size) {
        pages.requireSize(size);
        ContactDirectory directory = queries.query(new FindContactsQuery(PartyParameters.canonicalKnown("party", party), role, arrangement, asOf, knownAt),
                ResponseTypes.instanceOf(ContactDirectory.class)).join();
        Pages.Page<ContactView> items = pages.of(visibility.visibleItems(directory.items(), ContactView::arrangementId).stream()
                .map(contact -> visibility.seesRecordsOf(contact.arrangementId()) ? contact : PersonalDetails.withheldFrom(contact))
                .toList(), page, size);
        return new DirectoryPage(directory.asOf(), directory.knownAt(), items.items(), page, size, items.total());
    }
}
