package org.entente.app.browser;

import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.fixtures.Requests.deadline;
import static org.entente.app.testing.Expect.ok;

/**
 * The auditor's view of the US–Russia measures, whose CERT exchange was due at the end of 2011 until, on 28
 * December, its deadline moved to the end of June 2012: the view shows the arrangement as it was in force
 * on the day the auditor chooses, and whether its history is intact.
 */
@EntenteApplicationTest
class AuditorViewTest {

    private static final String CERT_EXCHANGE_ROW = "tr[data-commitment='" + UsRussia2011.CERT_EXCHANGE.id() + "']";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    RestTestClient client;

    private Api auditor;
    private String arrangement;

    @BeforeEach
    void theUsRussiaMeasuresWithTheCertExchangeMovedOnTheTwentyEighthOfDecember() {
        auditor = new Api(client);
        Api usa = auditor.as("USA");
        arrangement = Stories.usRussiaWithItsThreeMechanisms(usa);
        long version = ok(usa.post("/api/arrangements/" + arrangement + "/commitments/" + UsRussia2011.CERT_EXCHANGE.id()
                + "/deadline", deadline(UsRussia2011.certExchangeDeadlineMoved()))).json().get("version").asLong();
        Recorded.caughtUp(usa, arrangement, version);
    }

    @Test
    void an_auditor_who_moves_the_in_force_date_before_the_move_sees_the_earlier_deadline() {
        Browser browser = browsers.open().signIn(Users.AUDITOR);
        browser.open("/arrangements/" + arrangement + "/audit");
        assertThat(Browser.showsDate(browser.find(CERT_EXCHANGE_ROW), UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE)).isTrue();
        browser.screenshot("today");

        LocalDate beforeTheMove = LocalDate.of(2011, 12, 1);
        browser.enterDate("inForceOn", beforeTheMove);
        browser.submitFormOf("inForceOn");

        browser.await(ExpectedConditions.urlContains("inForceOn=" + beforeTheMove));
        browser.await(page -> Browser.showsDate(browser.find(CERT_EXCHANGE_ROW), UsRussia2011.YEAR_END));
        browser.screenshot("in-force-before-the-move");
        assertThat(Browser.showsDate(browser.find(CERT_EXCHANGE_ROW), UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE)).isFalse();
        assertThat(browser.field("inForceOn").getDomProperty("value")).isEqualTo(beforeTheMove.toString());
    }

    @Test
    void the_audit_view_says_in_words_that_the_history_is_verified_and_shows_its_head_hash() {
        Browser browser = browsers.open().signIn(Users.AUDITOR);
        browser.open("/arrangements/" + arrangement + "/audit");

        browser.await(page -> browser.find("#integrity").getText().contains("VERIFIED"));
        browser.screenshot("integrity");
        assertThat(browser.find("#integrity").getText()).doesNotContain("BROKEN");
        String headHash = ok(auditor.get("/api/arrangements/" + arrangement + "/integrity")).json().get("headHash").asText();
        assertThat(browser.find("#head-hash").getText()).contains(headHash);
    }

    @Test
    void the_export_downloads_with_its_progress_shown_and_counts_every_event_of_the_history() {
        Browser browser = browsers.open().signIn(Users.AUDITOR);
        browser.open("/arrangements/" + arrangement + "/audit");
        long events = ok(auditor.get("/api/arrangements/" + arrangement + "/history?size=1")).json().get("total").asLong();
        assertThat(browser.find("#export").getDomAttribute("data-events")).isEqualTo(Long.toString(events));

        browser.find("#export").sendKeys(Keys.ENTER);

        browser.await(page -> browser.find("#export-status").getText().startsWith("Received "));
        browser.screenshot("exported");
        assertThat(browser.find("#export-status").getText()).startsWith("Received " + events + " events");
        assertThat(browser.find("#export-progress").getDomProperty("value"))
                .isEqualTo(browser.find("#export-progress").getDomProperty("max"));
        assertThat(browser.find("#export-file").getDomAttribute("download")).isNotBlank();
    }
}
