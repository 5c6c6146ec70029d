package org.entente.app.contact;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.contact.ContactRole;
import org.entente.api.fixtures.ContactTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.support.EventClock;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.api.fixtures.Requests.contactUpdate;
import static org.entente.api.fixtures.Requests.retirement;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT_UPDATED_ON;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * Points of contact of the 2011 US-Russia arrangement through HTTP: the United States' hotline and
 * Russia's CERT designated, the CERT's details changed once the CERT-to-CERT arrangement was signed,
 * the CERT retired when the arrangement ended; and the directory answering who the contact was on a
 * past date, as the registry knew it at a past instant.
 */
@EntenteApplicationTest
class ContactDirectoryTest {

    @Autowired
    RestTestClient client;

    private Api api;
    private String arrangement;
    private String contacts;

    @BeforeEach
    void theArrangement() {
        api = new Api(client);
        arrangement = Stories.recorded(api.as("USA"), UsRussia2011.TERMS);
        contacts = "/api/arrangements/" + arrangement + "/contacts";
    }

    @Test
    void known_at_before_an_updates_recording_shows_the_old_details_and_after_it_the_new_ones() {
        // Recorded when the fixture's history says: the update took effect on 17 June 2013, the registry learnt of it the day after.
        Instant updateRecorded = storedAt(UsRussia2011.rusCertUpdated());
        EventClock.recordingAt(storedAt(RUS_CERT.designatedUnder(UsRussia2011.ID)),
                () -> created(api.as("RUS").post(contacts, RUS_CERT.json())));
        EventClock.recordingAt(updateRecorded,
                () -> ok(api.as("RUS").patch(contacts + "/" + RUS_CERT.id(), contactUpdate(UsRussia2011.rusCertUpdated()))));
        awaitInTheDirectory("RUS", "CERT-to-CERT line");

        String onTheDay = "arrangement=" + arrangement + "&party=RUS&asOf=" + RUS_CERT_UPDATED_ON;
        JsonNode before = directory(onTheDay + "&knownAt=" + updateRecorded.minusSeconds(1));
        JsonNode after = directory(onTheDay + "&knownAt=" + updateRecorded);

        assertThat(before.get("items")).hasSize(1);
        assertThat(before.at("/items/0/availability/hours").asText()).isEqualTo(RUS_CERT.details().availability().hours());
        assertThat(before.at("/items/0/detailsEffectiveOn").asText()).isEqualTo(RUS_CERT.designatedOn().toString());
        assertThat(after.at("/items/0/availability/always").asBoolean()).isTrue();
        assertThat(after.at("/items/0/channels/2/value").asText()).isEqualTo("CERT-to-CERT line");
        assertThat(after.at("/items/0/detailsEffectiveOn").asText()).isEqualTo(RUS_CERT_UPDATED_ON.toString());
    }

    @Test
    void the_directory_names_the_instant_it_was_known_at_and_defaults_the_date_to_that_instants_day() {
        JsonNode asked = directory("arrangement=" + arrangement + "&knownAt=2013-01-10T09:00:00Z");

        assertThat(asked.get("knownAt").asText()).isEqualTo("2013-01-10T09:00:00Z");
        assertThat(asked.get("asOf").asText()).isEqualTo("2013-01-10");
    }

    @Test
    void the_current_directory_is_known_now_and_in_effect_today() {
        Instant before = Instant.now();

        JsonNode current = directory("arrangement=" + arrangement);

        Instant knownAt = Instant.parse(current.get("knownAt").asText());
        assertThat(knownAt).isBetween(before, Instant.now());
        assertThat(current.get("asOf").asText()).isEqualTo(knownAt.atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }

    @Test
    void an_unreadable_known_at_is_refused_with_a_problem_naming_the_parameter() {
        JsonNode refused = problem(400, api.get("/api/contacts?knownAt=2013-01-10"));

        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("knownAt");
    }

    @Test
    void an_unreadable_as_of_date_is_refused_with_a_problem() {
        problem(400, api.get("/api/contacts?asOf=yesterday"));
    }

    @Test
    void the_arrangement_lists_its_contacts_once_its_view_has_caught_up() {
        created(api.as("USA").post(contacts, USA_HOTLINE.json()));
        long version = created(api.as("RUS").post(contacts, RUS_CERT.json())).json().get("version").asLong();

        JsonNode view = ok(api.get("/api/arrangements/" + arrangement + "?minVersion=" + version)).json();

        assertThat(view.get("contacts")).extracting(c -> c.get("id").asText()).containsExactly(USA_HOTLINE.id(), RUS_CERT.id());
        assertThat(view.at("/contacts/1/role").asText()).isEqualTo("TECHNICAL");
    }

    @Test
    void the_directory_shows_the_contact_as_it_was_on_each_date() {
        created(api.as("RUS").post(contacts, RUS_CERT.json()));
        ok(api.as("RUS").patch(contacts + "/" + RUS_CERT.id(), contactUpdate(UsRussia2011.rusCertUpdated())));
        awaitInTheDirectory("RUS", "CERT-to-CERT line");

        JsonNode before = directory("arrangement=" + arrangement + "&party=RUS&asOf=" + RUS_CERT_UPDATED_ON.minusDays(1));
        JsonNode after = directory("arrangement=" + arrangement + "&party=RUS&asOf=" + RUS_CERT_UPDATED_ON);

        assertThat(before.get("items")).hasSize(1);
        assertThat(before.at("/items/0/channels")).hasSize(2);
        assertThat(before.at("/items/0/role").asText()).isEqualTo("TECHNICAL");
        assertThat(after.at("/items/0/channels")).hasSize(3);
        assertThat(after.at("/items/0/detailsEffectiveOn").asText()).isEqualTo(RUS_CERT_UPDATED_ON.toString());
        assertThat(directory("arrangement=" + arrangement + "&party=RUS&asOf=" + RUS_CERT.designatedOn().minusDays(1)).get("items"))
                .as("not yet designated").isEmpty();
    }

    @Test
    void the_directory_filters_by_arrangement_and_role() {
        created(api.as("USA").post(contacts, USA_HOTLINE.json()));
        created(api.as("RUS").post(contacts, RUS_CERT.json()));
        await("both contacts are in the directory").untilAsserted(() ->
                assertThat(directory("arrangement=" + arrangement).get("items")).hasSize(2));

        JsonNode both = directory("arrangement=" + arrangement + "&asOf=2012-03-01");
        JsonNode technical = directory("arrangement=" + arrangement + "&role=TECHNICAL");

        assertThat(both.get("items")).extracting(c -> c.get("party").asText()).containsExactly("RUS", "USA");
        assertThat(technical.get("items")).extracting(c -> c.get("id").asText()).containsExactly(RUS_CERT.id());
    }

    @Test
    void a_retired_contact_leaves_the_directory_from_its_retirement_on() {
        created(api.as("RUS").post(contacts, RUS_CERT.json()));
        ok(api.as("RUS").post(contacts + "/" + RUS_CERT.id() + "/retirement", retirement(UsRussia2011.rusCertRetired())));

        // Both at once: an empty directory today alone is also what it shows before the designation is folded in.
        await("the retirement is folded in").untilAsserted(() -> {
            assertThat(directory("arrangement=" + arrangement + "&party=RUS").get("items")).isEmpty();
            assertThat(directory("arrangement=" + arrangement + "&party=RUS&asOf=" + UsRussia2011.TERMINATED.minusDays(1)).get("items"))
                    .hasSize(1);
        });
    }

    @Test
    void a_second_contact_for_a_taken_role_is_refused_naming_the_active_one() {
        created(api.as("USA").post(contacts, USA_HOTLINE.json()));
        ContactTerms second = new ContactTerms(USA_HOTLINE.id() + "-2", "USA", ContactRole.HOTLINE_24_7, USA_HOTLINE.details(),
                USA_HOTLINE.designatedOn().plusMonths(1));

        JsonNode refused = problem(409, api.as("USA").post(contacts, second.json()));

        assertThat(refused.get("code").asText()).isEqualTo("CONTACT_ROLE_TAKEN");
        assertThat(refused.get("detail").asText()).contains(USA_HOTLINE.id());
    }

    @Test
    void a_phone_number_that_is_not_e164_is_refused_naming_the_channel() {
        String badPhone = RUS_CERT.json().replace("+74955550100", "8-495-555-01-00");

        JsonNode refused = problem(422, api.as("RUS").post(contacts, badPhone));

        assertThat(refused.get("code").asText()).isEqualTo("INVALID_CHANNEL");
        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("channels[0].value");
    }

    @Test
    void a_state_outside_the_arrangement_cannot_designate_a_contact_under_it_nor_learn_that_it_exists() {
        ContactTerms french = new ContactTerms("fra-hotline", "FRA", ContactRole.HOTLINE_24_7, USA_HOTLINE.details(),
                LocalDate.of(2011, 12, 15));

        JsonNode refused = problem(404, api.as("FRA").post(contacts, french.json()));

        assertThat(refused.get("detail").asText()).as("word for word what an unknown arrangement answers")
                .isEqualTo("No arrangement '" + arrangement + "'");
        assertThat(ok(api.get("/api/arrangements/" + arrangement + "/history")).json().get("items")).as("nothing stored").hasSize(1);
    }

    @Test
    void a_party_cannot_designate_a_contact_for_a_state_outside_the_arrangement() {
        ContactTerms french = new ContactTerms("fra-hotline", "FRA", ContactRole.HOTLINE_24_7, USA_HOTLINE.details(),
                LocalDate.of(2011, 12, 15));

        JsonNode refused = problem(403, api.as("USA").post(contacts, french.json()));

        assertThat(refused.get("code").asText()).isEqualTo("ACTING_FOR_ANOTHER_PARTY");
    }

    @Test
    void a_contact_without_its_office_is_refused_as_invalid() {
        String withoutOffice = RUS_CERT.json().replace("\"office\": \"" + RUS_CERT.details().office() + "\", ", "");

        JsonNode refused = problem(400, api.as("RUS").post(contacts, withoutOffice));

        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("office");
    }

    @Test
    void a_contact_without_a_channel_is_refused() {
        String withoutChannels = USA_HOTLINE.json().replaceAll("\"channels\": \\[[^]]*]", "\"channels\": []");

        JsonNode refused = problem(400, api.as("USA").post(contacts, withoutChannels));

        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("channels");
    }

    @Test
    void a_user_who_acts_for_no_party_cannot_designate_a_contact() {
        problem(403, api.post(contacts, RUS_CERT.json()));

        assertThat(ok(api.get("/api/arrangements/" + arrangement + "/history")).json().get("items")).as("nothing stored").hasSize(1);
    }

    @Test
    void a_party_designates_only_its_own_contacts() {
        JsonNode refused = problem(403, api.as("USA").post(contacts, RUS_CERT.json()));

        assertThat(refused.get("code").asText()).isEqualTo("ACTING_FOR_ANOTHER_PARTY");
    }

    /** The instant the fixture's history says this fact of the arrangement was stored. */
    private static Instant storedAt(Object fact) {
        return UsRussia2011.history().messages().stream().filter(message -> message.getPayload().equals(fact))
                .findFirst().orElseThrow(() -> new AssertionError("Not in the history: " + fact)).getTimestamp();
    }

    private JsonNode directory(String query) {
        return ok(api.get("/api/contacts?" + query)).json();
    }

    private void awaitInTheDirectory(String party, String text) {
        await("the directory shows " + text).until(() -> api.get("/api/contacts?arrangement=" + arrangement + "&party=" + party)
                .body().contains(text));
    }
}
