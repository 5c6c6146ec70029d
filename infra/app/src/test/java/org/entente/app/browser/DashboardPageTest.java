package org.entente.app.browser;

import org.entente.app.browser.Recorded.Due;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
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
 * The dashboard shows what falls due this quarter and next, and which commitments are overdue, in words as
 * well as in colour, and follows the registry's changes while it is open. Each arrangement is between parties
 * no other test records for, and the dashboard is filtered to one of them, so that the shared registry's many
 * other milestones stay out of the way.
 */
@EntenteApplicationTest
class DashboardPageTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    RestTestClient client;

    @Autowired
    Clock registryClock;

    private LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(registryClock);
    }

    @Test
    void the_dashboard_shows_the_recorded_milestones_and_marks_the_overdue_one_with_the_word_overdue() {
        String id = Recorded.arrangementOwing(registrar("URY"), List.of("URY", "CRI"), "Memorandum on cyber incident notification", today,
                new Due("hotline", "Test the incident hotline", today.minusDays(1)),
                new Due("contacts", "Exchange CERT contact lists", Recorded.endOfQuarter(today)),
                new Due("exercise", "Hold a joint tabletop exercise", Recorded.endOfQuarter(Recorded.endOfQuarter(today).plusDays(1))));

        Browser browser = browsers.open().signIn(Users.VIEWER);
        browser.open("/?party=URY");

        WebElement overdue = browser.await(page -> {
            List<WebElement> items = browser.findAll(due(id, "hotline") + "[data-overdue='true']");
            if (items.isEmpty()) {
                // The dashboard's read model follows the writes shortly after; the page shows it once it has.
                browser.open("/?party=URY");
                return null;
            }
            return items.get(0);
        });
        browser.screenshot("laptop");
        assertThat(overdue.getText()).containsIgnoringCase("Overdue");
        assertThat(browser.findAll("#overdue " + due(id, "hotline"))).isNotEmpty();
        for (String onTime : List.of("contacts", "exercise")) {
            List<WebElement> items = browser.findAll("#milestones " + due(id, onTime));
            assertThat(items).as(onTime).isNotEmpty();
            assertThat(items).as(onTime).allSatisfy(item -> {
                assertThat(item.getDomAttribute("data-overdue")).isEqualTo("false");
                assertThat(item.getText()).doesNotContainIgnoringCase("Overdue");
            });
        }

        browser.on(Screen.WALL);
        browser.screenshot("wall");
        assertThat(browser.find(due(id, "hotline") + "[data-overdue='true']").getText()).containsIgnoringCase("Overdue");
    }

    /**
     * Two people at once: one records a fulfilment through its form, the other, who has the dashboard open,
     * sees it there without reloading, because the page follows the registry's changes on its event stream.
     */
    @Test
    void a_fulfilment_recorded_through_its_form_appears_on_a_dashboard_open_in_another_browser_without_a_reload() {
        String id = Recorded.arrangementOwing(registrar("PRY"), List.of("PRY", "BOL"), "Memorandum on CERT cooperation", today,
                new Due("contacts", "Exchange CERT contact lists", Recorded.endOfQuarter(today)));
        String fulfilled = "[data-milestone][data-arrangement='" + id + "'][data-commitment='contacts']"
                + "[data-kind='COMMITMENT_FULFILLED']";

        Browser watching = browsers.open().signIn(Users.VIEWER);
        watching.await(page -> {
            watching.open("/?party=PRY");
            return !watching.findAll(due(id, "contacts")).isEmpty();
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

    private Api registrar(String party) {
        return new Api(client).as(party);
    }

    /** The milestones of a commitment falling due, wherever the page lists them. */
    private static String due(String arrangementId, String commitmentId) {
        return "[data-milestone][data-arrangement='" + arrangementId + "'][data-commitment='" + commitmentId
                + "'][data-kind='COMMITMENT_DUE']";
    }

    private static Object lastChange(Browser browser) {
        return browser.script("return document.body.dataset.lastChange ?? null;");
    }
}
