package org.entente.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

import java.io.IOException;

/**
 * Where the sign-in page leads: back to the page that asked for a sign-in, else to the dashboard. An
 * administrator who reads nothing of the registry's content goes to the operations page, the one page for it.
 */
final class SignInLanding extends SavedRequestAwareAuthenticationSuccessHandler {

    private final RequestCache requestCache;

    SignInLanding(RequestCache requestCache) {
        this.requestCache = requestCache;
        setRequestCache(requestCache);
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        boolean operatorOnly = SignedInUser.of(authentication)
                .map(user -> user.holds(Role.ADMIN) && !user.holds(Role.VIEWER) && !user.holds(Role.AUDITOR)
                        && !user.holds(Role.REGISTRAR))
                .orElse(false);
        if (operatorOnly) {
            requestCache.removeRequest(request, response);
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/operations");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
