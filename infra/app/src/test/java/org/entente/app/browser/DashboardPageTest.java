package org.entente.app.browser;

import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard shows what falls due this quarter and next, and which commitments are overdue, in words as
 * well as in colour. The arrangement is between parties no other test records for, and the dashboard is
 * filtered to one of them, so that the shared registry's many other milestones stay out of the way.
 */
@EntenteApplicationTest
class DashboardPageTest {

    private static final List<String> PARTIES = List.of("URY", "CRI");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    RestTestClient client;

    @Autowired
    Clock registryClock;

    @Test
    void the_dashboard_shows_the_recorded_milestones_and_marks_the_overdue_one_with_the_word_overdue() {
        LocalDate today = LocalDate.now(registryClock);
        Api uruguay = new Api(client).as("URY");
        String id = Recorded.arrangementBetween(uruguay, PARTIES, "Memorandum on cyber incident notification", today);
        Recorded.commitment(uruguay, id, "hotline", "Test the incident hotline", PARTIES, today.minusDays(1));
        Recorded.commitment(uruguay, id, "contacts", "Exchange CERT contact lists", PARTIES, Recorded.endOfQuarter(today));
        long version = Recorded.commitment(uruguay, id, "exercise", "Hold a joint tabletop exercise", PARTIES,
                Recorded.endOfQuarter(Recorded.endOfQuarter(today).plusDays(1)));
        Recorded.caughtUp(uruguay, id, version);

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

    /** The milestones of a commitment falling due, wherever the page lists them. */
    static String due(String arrangementId, String commitmentId) {
        return "[data-milestone][data-arrangement='" + arrangementId + "'][data-commitment='" + commitmentId
                + "'][data-kind='COMMITMENT_DUE']";
    }
}
