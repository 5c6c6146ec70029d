package org.entente.command.contact;

import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** What makes a point of contact reachable: channels of the right form, a real time zone, real languages. */
public final class ContactRules {

    /** ITU-T E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{1,14}$");
    /** A pragmatic address check: one @, no spaces, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern HOURS = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d$");

    private ContactRules() {
    }

    public static void requireReachable(ContactDetails details) {
        if (details == null) {
            throw new RuleViolation(Rule.CONTACT_DETAILS_REQUIRED, "A point of contact needs its details: office, channels, availability");
        }
        List<Channel> channels = details.channels() == null ? List.of() : details.channels();
        if (channels.isEmpty()) {
            throw new RuleViolation(Rule.NO_CHANNEL, "channels", "A point of contact needs at least one channel");
        }
        for (int i = 0; i < channels.size(); i++) {
            requireValidChannel(channels.get(i), "channels[" + i + "].value");
        }
        requireValidAvailability(details.availability());
        List<String> languages = details.languages() == null ? List.of() : details.languages();
        for (int i = 0; i < languages.size(); i++) {
            requireLanguageTag(languages.get(i), "languages[" + i + "]");
        }
    }

    /** The names of the details that differ, in a fixed order. */
    static List<String> changedFields(ContactDetails before, ContactDetails after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.office(), after.office())) {
            changed.add("office");
        }
        if (!Objects.equals(before.person(), after.person())) {
            changed.add("person");
        }
        if (!Objects.equals(before.channels(), after.channels())) {
            changed.add("channels");
        }
        if (!Objects.equals(before.availability(), after.availability())) {
            changed.add("availability");
        }
        if (!Objects.equals(before.languages(), after.languages())) {
            changed.add("languages");
        }
        return changed;
    }

    private static void requireValidChannel(Channel channel, String field) {
        String value = channel == null ? null : channel.value();
        if (channel == null || channel.type() == null || value == null || value.isBlank()) {
            throw new RuleViolation(Rule.INVALID_CHANNEL, field, "A channel needs a type and a value");
        }
        boolean valid = switch (channel.type()) {
            case PHONE, FAX -> E164.matcher(value).matches();
            case EMAIL -> EMAIL.matcher(value).matches();
            case SECURE_LINE, OTHER -> true;
        };
        if (!valid) {
            throw new RuleViolation(Rule.INVALID_CHANNEL, field, "'" + value + "' is not a valid "
                    + (channel.type() == ChannelType.EMAIL ? "e-mail address" : "E.164 number (e.g. +12025550100)"));
        }
    }

    private static void requireValidAvailability(Availability availability) {
        if (availability == null) {
            throw new RuleViolation(Rule.INVALID_AVAILABILITY, "availability", "Availability is required");
        }
        if (availability.always()) {
            return;
        }
        if (availability.hours() == null || !HOURS.matcher(availability.hours()).matches()) {
            throw new RuleViolation(Rule.INVALID_AVAILABILITY, "availability.hours",
                    "Hours are written HH:MM-HH:MM, e.g. 08:00-18:00");
        }
        try {
            ZoneId.of(availability.timeZone() == null ? "" : availability.timeZone());
        } catch (DateTimeException e) {
            throw new RuleViolation(Rule.INVALID_AVAILABILITY, "availability.timeZone",
                    "'" + availability.timeZone() + "' is not a time zone such as Europe/Moscow");
        }
    }

    private static void requireLanguageTag(String tag, String field) {
        try {
            if (tag == null || tag.isBlank() || new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty()) {
                throw new IllformedLocaleException("empty");
            }
        } catch (IllformedLocaleException e) {
            throw new RuleViolation(Rule.INVALID_LANGUAGE, field, "'" + tag + "' is not a BCP 47 language tag");
        }
    }
}
