package org.entente.app.browser;

import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriverException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;
import static org.entente.api.fixtures.Requests.deadline;
import static org.entente.api.fixtures.Requests.paper;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;

/**
 * Every page of the web application, checked with axe-core on a laptop's screen and on a wall's, each as the
 * person it is for: none may have a violation of serious or critical impact. The pages are those of the
 * US–Russia measures with something on every one of them: a moved deadline, both parties' contacts, a paper
 * Russia handed to the United States and a check of the United States' hotline, so that the United States'
 * registrar has every form to fill in.
 */
@EntenteApplicationTest
class PageAccessibilityTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    RestTestClient client;

    /** A page: a short name for its screenshots, who opens it (null: no one signed in), where, and what it answers. */
    private record Page(String name, String user, String path, int status) {
    }

    @Test
    void no_page_has_a_serious_or_critical_accessibility_violation_on_a_laptop_or_a_wall_screen() {
        Api api = new Api(client);
        Api usa = api.as("USA");
        Api russia = api.as("RUS");
        String id = Stories.usRussiaWithItsThreeMechanisms(usa);
        String arrangement = "/arrangements/" + id;
        String certExchange = arrangement + "/commitments/" + UsRussia2011.CERT_EXCHANGE.id();
        created(usa.post("/api" + arrangement + "/contacts", UsRussia2011.USA_HOTLINE.json()));
        created(russia.post("/api" + arrangement + "/contacts", UsRussia2011.RUS_CERT.json()));
        created(russia.post("/api" + arrangement + "/papers", paper(UsRussia2011.rusPaperSubmitted())));
        String check = Stories.startedCheck(api, id, UsRussia2011.RUS_CHECKS_USA_HOTLINE);
        long version = ok(usa.post("/api" + certExchange + "/deadline", deadline(UsRussia2011.certExchangeDeadlineMoved())))
                .json().get("version").asLong();
        Recorded.caughtUp(api, id, version);
        Recorded.readable(api, "/api" + arrangement + "/contacts/" + UsRussia2011.USA_HOTLINE.id());
        Recorded.readable(api, "/api" + arrangement + "/contacts/" + UsRussia2011.RUS_CERT.id());
        Recorded.readable(api, "/api" + arrangement + "/papers/" + UsRussia2011.RUS_PAPER);
        Recorded.readable(api, "/api/checks/" + check);

        String registrar = Users.registrarOf("USA");
        List<Page> pages = List.of(
                new Page("sign-in", null, "/login", 200),
                new Page("dashboard", registrar, "/", 200),
                new Page("arrangements", registrar, "/arrangements", 200),
                new Page("new-arrangement", registrar, "/arrangements/new", 200),
                new Page("arrangement", registrar, arrangement, 200),
                new Page("new-commitment", registrar, arrangement + "/commitments/new", 200),
                new Page("progress", registrar, certExchange + "/progress", 200),
                new Page("fulfilment", registrar, certExchange + "/fulfil", 200),
                new Page("deadline", registrar, certExchange + "/deadline", 200),
                new Page("new-contact", registrar, arrangement + "/contacts/new", 200),
                new Page("contact-update", registrar, arrangement + "/contacts/" + UsRussia2011.USA_HOTLINE.id() + "/edit", 200),
                new Page("new-paper", registrar, arrangement + "/papers/new", 200),
                new Page("acknowledgement", registrar, arrangement + "/papers/" + UsRussia2011.RUS_PAPER + "/acknowledge", 200),
                new Page("check-answer", registrar, arrangement + "/checks/" + check + "/answer", 200),
                new Page("not-found", registrar, "/arrangements/" + Unique.id("no-such-arrangement"), 404),
                new Page("audit", Users.AUDITOR, arrangement + "/audit", 200),
                new Page("forbidden", Users.AUDITOR, arrangement + "/commitments/new", 403),
                new Page("operations", Users.ADMIN, "/operations", 200));

        Browser browser = browsers.open();
        String signedIn = null;
        List<String> failures = new ArrayList<>();
        for (Page page : pages) {
            try {
                if (page.user() == null) {
                    browser.signOut();
                } else if (!page.user().equals(signedIn)) {
                    browser.signIn(page.user());
                }
                signedIn = page.user();
                browser.open(page.path());
                int status = browser.statusOf(page.path());
                if (status != page.status()) {
                    failures.add(page.path() + " (" + page.name() + ", " + page.user() + ") answers " + status
                            + ", not " + page.status());
                }
                if (browser.findAll("main").isEmpty()) {
                    failures.add(page.path() + " (" + page.name() + ", " + page.user() + ") has no main landmark");
                }
                for (Screen screen : Screen.values()) {
                    browser.on(screen);
                    String violations = browser.accessibilityViolations(page.name() + "-" + screen.label());
                    if (!violations.isEmpty()) {
                        failures.add("On a " + screen.label() + " screen, " + violations);
                    }
                }
                browser.on(Screen.LAPTOP);
            } catch (WebDriverException e) {
                // Selenium's message goes on with the session's capabilities; its first line says what went wrong.
                failures.add(page.path() + " (" + page.name() + ", " + page.user() + "): " + e.getMessage().lines().findFirst().orElse(""));
                browser.screenshot(page.name() + "-failure");
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " problems of the pages (screenshots in " + Chromium.screenshots() + "):\n"
                    + String.join("\n", failures));
        }
    }
}
