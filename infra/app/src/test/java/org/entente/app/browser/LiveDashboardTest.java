package org.entente.app.browser;

import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people at once: one records a fulfilment through its form, the other, who has the dashboard open,
 * sees it there without reloading, because the page follows the registry's changes on its event stream.
 */
@EntenteApplicationTest
class LiveDashboardTest {

    private static final List<String> PARTIES = List.of("PRY", "BOL");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    RestTestClient client;

    @Autowired
    Clock registryClock;

    @Test
    void a_fulfilment_recorded_through_its_form_appears_on_a_dashboard_open_in_another_browser_without_a_reload() {
        LocalDate today = LocalDate.now(registryClock);
        Api paraguay = new Api(client).as("PRY");
        String id = Recorded.arrangementBetween(paraguay, PARTIES, "Memorandum on CERT cooperation", today);
        long version = Recorded.commitment(paraguay, id, "contacts", "Exchange CERT contact lists", PARTIES,
                Recorded.endOfQuarter(today));
        Recorded.caughtUp(paraguay, id, version);
        String fulfilled = "[data-milestone][data-arrangement='" + id + "'][data-commitment='contacts']"
                + "[data-kind='COMMITMENT_FULFILLED']";

        Browser watching = browsers.open().signIn(Users.VIEWER);
        watching.await(page -> {
            watching.open("/?party=PRY");
            return !watching.findAll(DashboardPageTest.due(id, "contacts")).isEmpty();
        });
        watching.awaitEventStreamOpen("/api/stream");
        watching.script("window.__ententeNotReloaded = true;");
        Object changeBefore = lastChange(watching);
        assertThat(watching.findAll(fulfilled)).isEmpty();
        watching.screenshot("before");

        Browser recording = browsers.openAnother().signIn(Users.registrarOf("PRY"));
        recording.open("/arrangements/" + id + "/commitments/contacts/fulfil");
        recording.enterDate("fulfilledOn", today);
        recording.screenshot("fulfilment-form");
        recording.submitFormOf("fulfilledOn");
        recording.await(ExpectedConditions.urlMatches(Pattern.quote("/arrangements/" + id) + "([?#].*)?$"));
        recording.screenshot("arrangement-page");

        watching.find(fulfilled);
        watching.await(page -> !Objects.equals(lastChange(watching), changeBefore));
        watching.screenshot("after");
        assertThat(String.valueOf(lastChange(watching))).matches("\\d+");
        assertThat(watching.script("return window.__ententeNotReloaded === true;")).isEqualTo(true);
        assertThat(watching.location()).isEqualTo("/?party=PRY");
    }

    private static Object lastChange(Browser browser) {
        return browser.script("return document.body.dataset.lastChange ?? null;");
    }
}
