package org.entente.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.app.EntenteApplication;
import org.entente.app.support.Await;
import org.entente.app.support.Http;
import org.entente.app.support.TempData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.support.RealArrangements.BILATERAL;
import static org.entente.app.support.RealArrangements.bilateral;

/**
 * Communication checks through HTTP: answered in time, and failed by the registry itself when nobody
 * answers, also when the deadline passes while the application is down. Time moves with the registry
 * clock's offset, not with sleeps.
 */
class CommunicationCheckTest {

    private static final String CONTACTS = "/api/arrangements/" + BILATERAL + "/contacts";

    @Test
    void an_answered_check_records_its_response_time() {
        try (ConfigurableApplicationContext app = start(TempData.newDataFile("entente-checks"), "PT0S")) {
            Http http = http(app);
            designateRussianCert(http);
            Http.Response initiated = http.as("USA").post(CONTACTS + "/ru-cert/checks", "{\"fromParty\": \"USA\"}");
            assertThat(initiated.status()).as(initiated.toString()).isEqualTo(201);
            String checkId = initiated.json().get("id").asText();
            assertThat(checkId).startsWith(BILATERAL + ":");

            Instant answeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Http.Response answered = http.as("RUS").post("/api/checks/" + checkId + "/answer", "{\"answeredAt\": \"" + answeredAt + "\"}");
            assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
            Await.until("the check shows as answered", Duration.ofSeconds(10),
                    () -> http.get("/api/checks?status=ANSWERED&party=RUS").json().get("items").size() == 1);
            JsonNode check = http.get("/api/checks?status=ANSWERED").json().at("/items/0");
            assertThat(check.get("fromParty").asText()).isEqualTo("USA");
            assertThat(check.get("toParty").asText()).isEqualTo("RUS");
            assertThat(check.get("responseTime").asText()).startsWith("PT");
            Await.until("the directory shows the contact as verified", Duration.ofSeconds(10),
                    () -> http.get("/api/contacts?party=RUS").json().at("/items/0/liveness").asText().equals("VERIFIED"));
            assertThat(http.get("/api/contacts?party=RUS").json().at("/items/0/lastVerifiedAt").asText()).isNotBlank();
            assertThat(http.as("RUS").post("/api/checks/" + checkId + "/answer", "{\"answeredAt\": \"" + Instant.now() + "\"}").status())
                    .as("answered once").isEqualTo(409);
            assertThat(http.as("RUS").post("/api/checks/no-such-check/answer", "{\"answeredAt\": \"" + Instant.now() + "\"}").status())
                    .isEqualTo(404);
        }
    }

    @Test
    void a_check_nobody_answers_fails_on_time_even_across_a_restart() {
        String dataFile = TempData.newDataFile("entente-checks-restart");
        String checkId;
        try (ConfigurableApplicationContext app = start(dataFile, "PT0S")) {
            Http http = http(app);
            designateRussianCert(http);
            Http.Response initiated = http.as("USA").post(CONTACTS + "/ru-cert/checks",
                    "{\"fromParty\": \"USA\", \"answerBy\": \"" + Instant.now().plus(Duration.ofHours(1)) + "\"}");
            assertThat(initiated.status()).as(initiated.toString()).isEqualTo(201);
            checkId = initiated.json().get("id").asText();
            Await.until("the check is listed as pending", Duration.ofSeconds(10),
                    () -> http.get("/api/checks?status=PENDING").json().get("items").size() == 1);
            Await.until("the contact is in the directory", Duration.ofSeconds(10),
                    () -> http.get("/api/contacts?party=RUS").json().get("items").size() == 1);
            assertThat(http.get("/api/contacts?party=RUS").json().at("/items/0/liveness").asText()).isEqualTo("UNTESTED");
        }
        // Two hours later, by the registry's clock: the deadline passed while the application was down.
        try (ConfigurableApplicationContext app = start(dataFile, "PT2H")) {
            Http http = http(app);
            Await.until("the overdue check is failed by the registry", Duration.ofSeconds(20),
                    () -> http.get("/api/checks?status=FAILED").json().get("items").size() == 1);
            JsonNode failed = http.get("/api/checks?status=FAILED").json().at("/items/0");
            assertThat(failed.get("id").asText()).isEqualTo(checkId);
            assertThat(failed.get("failedAt").asText()).isEqualTo(failed.get("answerBy").asText());
            Await.until("the directory shows the contact as unreachable", Duration.ofSeconds(10),
                    () -> http.get("/api/contacts?party=RUS").json().at("/items/0/liveness").asText().equals("UNREACHABLE"));
            Http.Response late = http.as("RUS").post("/api/checks/" + checkId + "/answer", "{\"answeredAt\": \"" + Instant.now() + "\"}");
            assertThat(late.status()).isEqualTo(409);
        }
    }

    private static void designateRussianCert(Http http) {
        assertThat(http.post("/api/arrangements", bilateral()).status()).isEqualTo(201);
        Http.Response designated = http.as("RUS").post(CONTACTS, """
                {"id": "ru-cert", "party": "RUS", "role": "TECHNICAL", "office": "National CERT",
                 "channels": [{"type": "EMAIL", "value": "cert@example.ru"}],
                 "availability": {"always": true}, "languages": ["ru"], "effectiveOn": "2011-07-15"}
                """);
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
    }

    private static ConfigurableApplicationContext start(String dataFile, String clockOffset) {
        return new SpringApplicationBuilder(EntenteApplication.class)
                .run("--server.port=0", "--entente.mongodb.uri=", "--entente.mongodb.embedded.data-file=" + dataFile,
                        "--entente.clock.offset=" + clockOffset, "--entente.checks.sweep-interval=200ms");
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
