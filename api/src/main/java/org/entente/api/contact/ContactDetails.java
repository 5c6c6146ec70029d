package org.entente.api.contact;

import java.util.List;

/** The parts of a point of contact that may change after designation; party and role never do. */
public record ContactDetails(String office, String person, List<Channel> channels, Availability availability,
                             List<String> languages) {
}
