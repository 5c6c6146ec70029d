package org.entente.app.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the point-of-contact endpoints. Reachability rules live in the aggregate. */
final class ContactBodies {

    private ContactBodies() {
    }

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
            @Pattern(regexp = Ids.PATTERN, message = "must be 1-80 letters, digits or . _ ~ - starting with a letter or digit") String id,
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
            @Size(min = 1, max = 500) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String office,
            @Size(max = 200) String person,
            @Size(min = 1, max = 20) List<@NotNull @Valid ChannelBody> channels,
            @Valid AvailabilityBody availability,
            @Size(max = 20) List<@NotNull String> languages,
            LocalDate effectiveOn) {
    }

    record Retirement(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate effectiveOn) {
    }
}
