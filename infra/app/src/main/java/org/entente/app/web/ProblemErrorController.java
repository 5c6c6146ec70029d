package org.entente.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * The servlet container's error page: where an error ends that was raised outside Spring MVC's exception
 * handling (a status sent by the container, such as 405 for {@code TRACE}, or a failure in a filter), and the
 * errors of pages ({@link HtmlErrors}). It answers with a problem document, for every method, in place of Spring
 * Boot's JSON or HTML error page; a person's browser asking for a page gets the same as a page in plain words.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Asked for directly rather than as the container's error page, there is nothing here.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            log.error("A request failed outside Spring MVC's exception handling", failure);
        }
        if (PageRequests.errorAnsweredInHtml(request)) {
            HttpStatus known = HttpStatus.resolve(status);
            // Only the registry's own handlers send an error with a message to a page (HtmlErrors, the sign-in's refusals).
            String message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String text && !text.isBlank()
                    ? text : ProblemResponses.detailOf(status);
            ModelAndView page = new ModelAndView("problem");
            page.setStatus(known != null ? known : HttpStatus.INTERNAL_SERVER_ERROR);
            page.addObject("status", status);
            page.addObject("title", titleOf(status, known));
            page.addObject("detail", message);
            return page;
        }
        ProblemResponses.write(response, status, ProblemResponses.typeOf(status), ProblemResponses.detailOf(status));
        return null;
    }

    private static String titleOf(int status, HttpStatus known) {
        return switch (status) {
            case 400 -> "This address is not quite right";
            case 403 -> "You may not see this page";
            case 404 -> "Page not found";
            case 503 -> "Not ready yet";
            default -> known != null ? known.getReasonPhrase() : "Something went wrong";
        };
    }
}
