package org.entente.app.contact;

import jakarta.validation.Valid;
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
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.contact.FindContactQuery;
import org.entente.api.contact.FindContactsQuery;
import org.entente.api.contact.RetirePointOfContact;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.app.security.ArrangementVisibility;
import org.entente.app.web.ClientChosenId;
import org.entente.app.web.Ids;
import org.entente.app.web.NotFound;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.WriteAcknowledgement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Points of contact of an arrangement and the directory across arrangements. A party designates, updates
 * and retires only its own contacts; the {@code X-Entente-Party} header names the party acting.
 */
@RestController
class ContactController {

    record ChannelBody(@NotNull ChannelType type, @NotBlank @Size(max = 320) String value) {
        Channel toChannel() {
            return new Channel(type, value);
        }
    }

    record AvailabilityBody(Boolean always, @Size(max = 20) String hours, @Size(max = 64) String timeZone) {
        Availability toAvailability() {
            return new Availability(Boolean.TRUE.equals(always), hours, timeZone);
        }
    }

    record Designation(
            @ClientChosenId String id,
            @NotNull String party,
            @NotNull ContactRole role,
            @NotBlank @Size(max = 500) String office,
            @Size(max = 200) String person,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid ChannelBody> channels,
            @NotNull @Valid AvailabilityBody availability,
            @Size(max = 20) List<@NotNull String> languages,
            LocalDate effectiveOn) {

        ContactDetails details() {
            return new ContactDetails(office, person, channels.stream().map(ChannelBody::toChannel).toList(),
                    availability.toAvailability(), languages == null ? List.of() : List.copyOf(languages));
        }
    }

    record Update(
            @Size(min = 1, max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String office,
            @Size(max = 200) String person,
            @Size(min = 1, max = 20) List<@NotNull @Valid ChannelBody> channels,
            @Valid AvailabilityBody availability,
            @Size(max = 20) List<@NotNull String> languages,
            LocalDate effectiveOn) {
    }

    record Retirement(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate effectiveOn) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;

    private final ArrangementVisibility visibility;

    ContactController(CommandGateway commands, QueryGateway queries, ArrangementVisibility visibility) {
        this.commands = commands;
        this.queries = queries;
        this.visibility = visibility;
    }

    @PostMapping("/api/arrangements/{id}/contacts")
    ResponseEntity<WriteAcknowledgement> designate(@PathVariable String id, @Valid @RequestBody Designation body) {
        String contactId = Ids.orNew(body.id());
        long version = commands.sendAndWait(new DesignatePointOfContact(id, contactId, body.party(), body.role(),
                body.details(), body.effectiveOn()));
        return ResponseEntity.created(URI.create("/api/arrangements/" + id + "/contacts/" + contactId))
                .body(new WriteAcknowledgement(contactId, version));
    }

    @PatchMapping("/api/arrangements/{id}/contacts/{cid}")
    WriteAcknowledgement update(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody Update body) {
        long version = commands.sendAndWait(new UpdatePointOfContact(id, cid, body.office(), body.person(),
                body.channels() == null ? null : body.channels().stream().map(ChannelBody::toChannel).toList(),
                body.availability() == null ? null : body.availability().toAvailability(),
                body.languages(), body.effectiveOn()));
        return new WriteAcknowledgement(cid, version);
    }

    @PostMapping("/api/arrangements/{id}/contacts/{cid}/retirement")
    WriteAcknowledgement retire(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody Retirement body) {
        long version = commands.sendAndWait(new RetirePointOfContact(id, cid, body.reason(), body.effectiveOn()));
        return new WriteAcknowledgement(cid, version);
    }

    @GetMapping("/api/arrangements/{id}/contacts/{cid}")
    ContactHistory contact(@PathVariable String id, @PathVariable String cid) {
        ContactHistory contact = queries.query(new FindContactQuery(id, cid), ResponseTypes.optionalInstanceOf(ContactHistory.class))
                .join().orElseThrow(() -> new NotFound("Arrangement '" + id + "' has no point of contact '" + cid + "'"));
        return visibility.seesRecordsOf(id) ? contact : PersonalDetails.withheldFrom(contact);
    }

    @GetMapping("/api/contacts")
    ContactDirectory directory(@RequestParam(required = false) String party,
                               @RequestParam(required = false) ContactRole role,
                               @RequestParam(required = false) String arrangement,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
        PartyParameters.requireKnownIfGiven("party", party);
        ContactDirectory all = queries.query(new FindContactsQuery(party, role, arrangement, asOf, knownAt),
                ResponseTypes.instanceOf(ContactDirectory.class)).join();
        return new ContactDirectory(all.asOf(), all.knownAt(), all.items().stream()
                .filter(contact -> visibility.seesViewsOf(contact.arrangementId()))
                .map(contact -> visibility.seesRecordsOf(contact.arrangementId()) ? contact : PersonalDetails.withheldFrom(contact))
                .toList());
    }
}
