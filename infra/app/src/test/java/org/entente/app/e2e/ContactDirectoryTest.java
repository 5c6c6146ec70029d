package org.entente.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.app.support.Await;
import org.entente.app.support.EventClock;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.BILATERAL;
import static org.entente.app.support.RealArrangements.WORKING_GROUP;
import static org.entente.app.support.RealArrangements.bilateral;
import static org.entente.app.support.RealArrangements.workingGroup;

/**
 * Points of contact of the 2011 US–Russia arrangement through HTTP: designated, changed, retired, and
 * the directory answering who the contact was on a past date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactDirectoryTest {

    private static final String CONTACTS = "/api/arrangements/" + BILATERAL + "/contacts";

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-contacts");
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void arrangement() {
        http = new Http(port);
        assertThat(http.post("/api/arrangements", bilateral()).status()).isEqualTo(201);
    }

    @Test
    void known_at_before_an_updates_recording_shows_the_old_details_and_after_it_the_new_ones() {
        String contacts = "/api/arrangements/" + WORKING_GROUP + "/contacts";
        assertThat(http.post("/api/arrangements", workingGroup()).status()).isEqualTo(201);
        Http.Response designated = EventClock.recordingAt("2012-01-10T09:00:00Z", () -> http.as("EU").post(contacts, """
                {"id": "eu-policy", "party": "EU", "role": "POLICY", "office": "Cyber policy unit",
                 "channels": [{"type": "EMAIL", "value": "policy@example.eu"}], "availability": {"always": true},
                 "languages": ["en"], "effectiveOn": "2011-05-01"}
                """));
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        // Recorded in January 2013, with effect from June 2012: the registry learnt of it late.
        Http.Response changed = EventClock.recordingAt("2013-01-10T09:00:00Z", () -> http.as("EU").patch(contacts + "/eu-policy",
                "{\"channels\": [{\"type\": \"EMAIL\", \"value\": \"cyber@example.eu\"}], \"effectiveOn\": \"2012-06-01\"}"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Await.until("the directory shows the new address", Duration.ofSeconds(10),
                () -> http.get("/api/contacts?party=EU").body().contains("cyber@example.eu"));

        JsonNode before = http.get("/api/contacts?party=EU&asOf=2012-12-31&knownAt=2013-01-10T08:59:59Z").json();
        assertThat(before.get("items")).hasSize(1);
        assertThat(before.at("/items/0/channels/0/value").asText()).isEqualTo("policy@example.eu");
        assertThat(before.at("/items/0/detailsEffectiveOn").asText()).isEqualTo("2011-05-01");
        JsonNode after = http.get("/api/contacts?party=EU&asOf=2012-12-31&knownAt=2013-01-10T09:00:00Z").json();
        assertThat(after.at("/items/0/channels/0/value").asText()).isEqualTo("cyber@example.eu");
        assertThat(after.at("/items/0/detailsEffectiveOn").asText()).isEqualTo("2012-06-01");
    }

    @Test
    void the_directory_names_the_instant_it_was_known_at_and_defaults_the_date_to_that_instants_day() {
        Http.Response asked = http.get("/api/contacts?knownAt=2013-01-10T09:00:00Z");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json().get("knownAt").asText()).isEqualTo("2013-01-10T09:00:00Z");
        assertThat(asked.json().get("asOf").asText()).isEqualTo("2013-01-10");
        Instant before = Instant.now();
        JsonNode current = http.get("/api/contacts").json();
        assertThat(Instant.parse(current.get("knownAt").asText())).isBetween(before, Instant.now());
        assertThat(current.get("asOf").asText()).isEqualTo(Instant.parse(current.get("knownAt").asText())
                .atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }

    @Test
    void an_unreadable_known_at_is_refused_with_a_problem_naming_the_parameter() {
        Http.Response refused = http.get("/api/contacts?knownAt=2013-01-10");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("knownAt");
    }

    @Test
    void the_directory_shows_the_contact_as_it_was_on_each_date() {
        assertThat(http.as("USA").post(CONTACTS, hotline("us-hotline", "USA", "+12025550100", "2011-07-01")).status()).isEqualTo(201);
        assertThat(http.as("RUS").post(CONTACTS, """
                {"id": "ru-cert", "party": "RUS", "role": "TECHNICAL", "office": "National CERT",
                 "channels": [{"type": "EMAIL", "value": "cert@example.ru"}],
                 "availability": {"hours": "09:00-18:00", "timeZone": "Europe/Moscow"}, "languages": ["ru", "en"],
                 "effectiveOn": "2011-07-15"}
                """).status()).isEqualTo(201);
        Http.Response changed = http.as("USA").patch(CONTACTS + "/us-hotline",
                "{\"channels\": [{\"type\": \"PHONE\", \"value\": \"+12025550199\"}], \"effectiveOn\": \"2012-03-01\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode arrangement = http.get("/api/arrangements/" + BILATERAL + "?minVersion="
                + changed.json().get("version").asLong()).json();
        assertThat(arrangement.get("contacts")).extracting(c -> c.get("id").asText()).contains("us-hotline", "ru-cert");

        Await.until("the directory shows the new number", Duration.ofSeconds(10),
                () -> http.get("/api/contacts?party=USA").body().contains("+12025550199"));

        JsonNode before = http.get("/api/contacts?party=USA&asOf=2012-02-01").json();
        assertThat(before.get("items")).hasSize(1);
        assertThat(before.at("/items/0/channels/0/value").asText()).isEqualTo("+12025550100");
        assertThat(before.at("/items/0/role").asText()).isEqualTo("HOTLINE_24_7");
        JsonNode after = http.get("/api/contacts?party=USA&asOf=2012-03-01").json();
        assertThat(after.at("/items/0/channels/0/value").asText()).isEqualTo("+12025550199");
        assertThat(after.at("/items/0/detailsEffectiveOn").asText()).isEqualTo("2012-03-01");
        assertThat(http.get("/api/contacts?party=USA&asOf=2011-06-30").json().get("items")).as("not yet designated").isEmpty();

        JsonNode both = http.get("/api/contacts?arrangement=" + BILATERAL + "&asOf=2012-01-01").json();
        assertThat(both.get("items")).extracting(c -> c.get("party").asText()).containsExactly("RUS", "USA");
        assertThat(http.get("/api/contacts?role=TECHNICAL").json().get("items"))
                .extracting(c -> c.get("id").asText()).containsExactly("ru-cert");

        assertThat(http.as("RUS").post(CONTACTS + "/ru-cert/retirement",
                "{\"reason\": \"CERT reorganised\", \"effectiveOn\": \"2014-04-01\"}").status()).isEqualTo(200);
        Await.until("the retirement is folded in", Duration.ofSeconds(10),
                () -> http.get("/api/contacts?party=RUS").json().get("items").isEmpty());
        assertThat(http.get("/api/contacts?party=RUS&asOf=2014-03-31").json().get("items")).hasSize(1);
    }

    @Test
    void a_second_contact_for_a_taken_role_is_refused_naming_the_active_one() {
        // RUS's hotline: the other tests of this class only ever fail to designate one.
        assertThat(http.as("RUS").post(CONTACTS, hotline("ru-hotline-a", "RUS", "+74955550100", "2011-07-01")).status()).isEqualTo(201);
        Http.Response second = http.as("RUS").post(CONTACTS, hotline("ru-hotline-b", "RUS", "+74955550111", "2011-08-01"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asText()).isEqualTo("CONTACT_ROLE_TAKEN");
        assertThat(second.json().get("detail").asText()).contains("ru-hotline-a");
    }

    @Test
    void unreachable_or_foreign_contacts_are_refused_with_the_field_named() {
        Http.Response badPhone = http.as("RUS").post(CONTACTS, hotline("bad-phone", "RUS", "8-495-555-01-00", "2011-07-01"));
        assertThat(badPhone.status()).isEqualTo(422);
        assertThat(badPhone.json().at("/errors/0/field").asText()).isEqualTo("channels[0].value");
        Http.Response foreign = http.as("FRA").post(CONTACTS, hotline("foreign", "FRA", "+33155550100", "2011-07-01"));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("code").asText()).isEqualTo("CONTACT_PARTY_NOT_A_PARTY");
        Http.Response missingOffice = http.as("RUS").post(CONTACTS, hotline("no-office", "RUS", "+74955550100", "2011-07-01")
                .replace("\"office\": \"Situation room\",", ""));
        assertThat(missingOffice.status()).isEqualTo(400);
        assertThat(http.get("/api/contacts?asOf=yesterday").status()).isEqualTo(400);
        Http.Response withoutActingParty = http.post(CONTACTS, hotline("anonymous", "RUS", "+74955550100", "2011-07-01"));
        assertThat(withoutActingParty.status()).as("the acting party is required").isEqualTo(400);
        assertThat(withoutActingParty.isProblem()).isTrue();
        Http.Response forAnother = http.as("USA").post(CONTACTS, hotline("ru-by-us", "RUS", "+74955550100", "2011-07-01"));
        assertThat(forAnother.status()).as("a party acts only for itself").isEqualTo(403);
        assertThat(forAnother.json().get("code").asText()).isEqualTo("ACTING_FOR_ANOTHER_PARTY");
    }

    private static String hotline(String id, String party, String phone, String effectiveOn) {
        return """
                {"id": "%s", "party": "%s", "role": "HOTLINE_24_7", "office": "Situation room",
                 "channels": [{"type": "PHONE", "value": "%s"}], "availability": {"always": true},
                 "languages": ["en"], "effectiveOn": "%s"}
                """.formatted(id, party, phone, effectiveOn);
    }
}
