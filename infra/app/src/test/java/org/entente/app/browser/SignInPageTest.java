package org.entente.app.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** People sign in through the sign-in page, each as who they are, and a wrong password is told, not ignored. */
@EntenteApplicationTest
class SignInPageTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    static Stream<Arguments> people() {
        return Stream.of(arguments(Users.registrarOf("USA"), "REGISTRAR", "USA"),
                arguments(Users.AUDITOR, "AUDITOR", null),
                arguments(Users.VIEWER, "VIEWER", null));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("people")
    void each_person_signs_in_with_their_role_and_only_a_registrar_acts_for_a_party(String user, String role, String party) {
        Browser browser = browsers.open();

        browser.signIn(user);
        browser.screenshot("signed-in-as-" + role.toLowerCase(Locale.ROOT));

        JsonNode me = browser.fetchJson("/api/me");
        assertThat(me.get("name").asText()).isEqualTo(user);
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly(role);
        assertThat(me.hasNonNull("party") ? me.get("party").asText() : null).isEqualTo(party);
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
