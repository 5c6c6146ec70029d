package org.entente.app.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.contact.FindContactQuery;
import org.entente.api.contact.FindContactsQuery;
import org.entente.api.contact.RetirePointOfContact;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.api.party.PartyCodes;
import org.entente.api.view.ContactDirectory;
import org.entente.api.view.ContactHistory;
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

@RestController
class ContactController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ContactController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/api/arrangements/{id}/contacts")
    ResponseEntity<WriteAcknowledgement> designate(@PathVariable String id, @Valid @RequestBody ContactBodies.Designation body,
                                                   @RequestHeader(ActingParty.HEADER) String actingParty) {
        String contactId = Ids.orNew(body.id());
        long version = commands.<Long>sendAndWait(ActingParty.command(new DesignatePointOfContact(id, contactId, body.party(),
                body.role(), body.details(), body.effectiveOn()), actingParty));
        return ResponseEntity.created(URI.create("/api/arrangements/" + id + "/contacts/" + contactId))
                .body(new WriteAcknowledgement(contactId, version));
    }

    @PatchMapping("/api/arrangements/{id}/contacts/{cid}")
    WriteAcknowledgement update(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody ContactBodies.Update body,
                                @RequestHeader(ActingParty.HEADER) String actingParty) {
        long version = commands.<Long>sendAndWait(ActingParty.command(new UpdatePointOfContact(id, cid, body.office(), body.person(),
                body.channels() == null ? null : body.channels().stream().map(ContactBodies.ChannelBody::toChannel).toList(),
                body.availability() == null ? null : body.availability().toAvailability(),
                body.languages(), body.effectiveOn()), actingParty));
        return new WriteAcknowledgement(cid, version);
    }

    @PostMapping("/api/arrangements/{id}/contacts/{cid}/retirement")
    WriteAcknowledgement retire(@PathVariable String id, @PathVariable String cid, @Valid @RequestBody ContactBodies.Retirement body,
                                @RequestHeader(ActingParty.HEADER) String actingParty) {
        long version = commands.<Long>sendAndWait(ActingParty.command(
                new RetirePointOfContact(id, cid, body.reason(), body.effectiveOn()), actingParty));
        return new WriteAcknowledgement(cid, version);
    }

    @GetMapping("/api/arrangements/{id}/contacts/{cid}")
    ContactHistory contact(@PathVariable String id, @PathVariable String cid) {
        return queries.query(new FindContactQuery(id, cid), ResponseTypes.optionalInstanceOf(ContactHistory.class)).join()
                .orElseThrow(() -> new NotFound("Arrangement '" + id + "' has no point of contact '" + cid + "'"));
    }

    @GetMapping("/api/contacts")
    ContactDirectory directory(@RequestParam(required = false) String party,
                               @RequestParam(required = false) ContactRole role,
                               @RequestParam(required = false) String arrangement,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
        if (party != null && !PartyCodes.isKnown(party)) {
            throw new InvalidParameter("party", "'" + party + "' is not a known party code");
        }
        return queries.query(new FindContactsQuery(party, role, arrangement, asOf, knownAt),
                ResponseTypes.instanceOf(ContactDirectory.class)).join();
    }
}
