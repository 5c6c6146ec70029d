package org.entente.app.pages;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security's form login takes the form it posts, and sends a failure back here with {@code error}. */
@Controller
@Hidden
class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 HttpServletRequest request, Model model) {
        if (error != null) {
            HttpSession session = request.getSession(false);
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", failure instanceof LockedException
                    ? "Too many failed sign-ins with this name: it is paused for a few minutes. Try again later."
                    : "The name or the password is not right, or the account is disabled.");
        }
        model.addAttribute("signedOut", logout != null);
        return "login";
    }
}
