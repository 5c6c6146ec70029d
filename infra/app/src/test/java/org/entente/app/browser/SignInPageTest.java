package org.entente.app.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** People sign in through the sign-in page, each as who they are, and a wrong password is told, not ignored. */
@EntenteApplicationTest
class SignInPageTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Test
    void a_registrar_signs_in_and_acts_for_their_party() {
        Browser browser = browsers.open();

        browser.signIn(Users.registrarOf("USA"));
        browser.screenshot("signed-in");

        JsonNode me = browser.fetchJson("/api/me");
        assertThat(me.get("name").asText()).isEqualTo(Users.registrarOf("USA"));
        assertThat(me.get("party").asText()).isEqualTo("USA");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("REGISTRAR");
    }

    @Test
    void an_auditor_signs_in() {
        Browser browser = browsers.open();

        browser.signIn(Users.AUDITOR);
        browser.screenshot("signed-in");

        JsonNode me = browser.fetchJson("/api/me");
        assertThat(me.get("name").asText()).isEqualTo(Users.AUDITOR);
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("AUDITOR");
    }

    @Test
    void a_viewer_signs_in() {
        Browser browser = browsers.open();

        browser.signIn(Users.VIEWER);
        browser.screenshot("signed-in");

        JsonNode me = browser.fetchJson("/api/me");
        assertThat(me.get("name").asText()).isEqualTo(Users.VIEWER);
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("VIEWER");
    }

    @Test
    void a_wrong_password_is_shown_as_an_alert_on_the_sign_in_page_and_lets_no_one_in() {
        Browser browser = browsers.open();

        browser.attemptSignIn(Users.VIEWER, "not-" + Users.passwordOf(Users.VIEWER));

        WebElement alert = browser.find("[role=alert]");
        browser.screenshot("refused");
        assertThat(alert.isDisplayed()).isTrue();
        assertThat(alert.getText()).isNotBlank();
        assertThat(browser.location()).startsWith("/login");
        browser.open("/");
        browser.await(ExpectedConditions.urlContains("/login"));
    }
}
