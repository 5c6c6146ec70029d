package org.entente.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The servlet container's error page: where an error ends that was raised outside Spring MVC's exception
 * handling (a status sent by the container, such as 405 for {@code TRACE}, or a failure in a filter). It answers
 * with a problem document, for every method, in place of Spring Boot's JSON or HTML error page.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Asked for directly rather than as the container's error page, there is nothing here.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            log.error("A request failed outside Spring MVC's exception handling", failure);
        }
        ProblemResponses.write(response, status, ProblemResponses.typeOf(status), ProblemResponses.detailOf(status));
    }
}
