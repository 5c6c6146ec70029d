package org.entente.app.browser;

import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sends what the person entered to the API and shows the registry's refusal beside the field it
 * names, where a screen reader announces it with the field: a date before the arrangement was concluded
 * (23 June 2011) is refused for the fulfilment date and for a new deadline alike.
 */
@EntenteApplicationTest
class FormProblemsTest {

    private static final LocalDate BEFORE_THE_CONCLUSION = UsRussia2011.CONCLUDED.minusMonths(6);

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    RestTestClient client;

    private String arrangement;

    @BeforeEach
    void theUsRussiaMeasures() {
        Api usa = new Api(client).as("USA");
        arrangement = Stories.usRussiaWithItsThreeMechanisms(usa);
        Recorded.caughtUp(usa, arrangement, 4);
    }

    @Test
    void a_fulfilment_dated_before_the_arrangement_was_concluded_is_refused_beside_the_date_field() {
        Browser browser = browsers.open().signIn(Users.registrarOf("USA"));
        String form = "/arrangements/" + arrangement + "/commitments/" + UsRussia2011.CERT_EXCHANGE.id() + "/fulfil";
        browser.open(form);

        browser.enterDate("fulfilledOn", BEFORE_THE_CONCLUSION);
        browser.submitFormOf("fulfilledOn");

        expectRefusalBeside(browser, "fulfilledOn");
        assertThat(browser.location()).isEqualTo(form);
    }

    @Test
    void a_deadline_moved_to_before_the_arrangement_was_concluded_is_refused_beside_the_new_date() {
        Browser browser = browsers.open().signIn(Users.registrarOf("USA"));
        String form = "/arrangements/" + arrangement + "/commitments/" + UsRussia2011.CERT_EXCHANGE.id() + "/deadline";
        browser.open(form);

        browser.enterDate("dueBy", BEFORE_THE_CONCLUSION);
        browser.type("reason", UsRussia2011.CERT_EXCHANGE_MOVE_REASON);
        browser.submitFormOf("dueBy");

        expectRefusalBeside(browser, "dueBy");
        assertThat(browser.location()).isEqualTo(form);
    }

    private static void expectRefusalBeside(Browser browser, String field) {
        WebElement error = browser.await(page -> {
            WebElement shown = browser.find("#" + field + "-error");
            return shown.getText().isBlank() ? null : shown;
        });
        browser.screenshot("refused");
        WebElement input = browser.field(field);
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains(BEFORE_THE_CONCLUSION.toString());
        assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getDomAttribute("aria-describedby")).isNotNull();
        assertThat(input.getDomAttribute("aria-describedby").split("\\s+")).contains(field + "-error");
    }
}
