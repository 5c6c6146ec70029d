package org.entente.app.pages.forms;

import org.entente.app.web.InvalidParameter;
import org.entente.app.web.NotFound;
import org.entente.app.web.ViewNotCaughtUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A page that cannot be shown is answered with a page, not with the API's problem document: a person opened
 * it in a browser. The status is the one the API would answer, and the words are the problem's; nothing is
 * said of an arrangement the person may not know of. Ahead of the API's own advice, for the pages' controllers only.
 */
@ControllerAdvice(basePackages = {"org.entente.app.pages.forms", "org.entente.app.pages.audit"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusals {

    private static final Logger log = LoggerFactory.getLogger(PageRefusals.class);

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound ex) {
        return page(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException ex) {
        return page(HttpStatus.FORBIDDEN, "Not open to you", ex.getMessage());
    }

    @ExceptionHandler({InvalidParameter.class, HandlerMethodValidationException.class})
    ModelAndView badRequest(Exception ex) {
        String detail = ex instanceof InvalidParameter invalid ? invalid.parameter() + " " + invalid.getMessage()
                : "The page's address holds a value it cannot show";
        return page(HttpStatus.BAD_REQUEST, "Not a page of the registry", detail);
    }

    @ExceptionHandler(ViewNotCaughtUp.class)
    ModelAndView behind(ViewNotCaughtUp ex) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "The registry is catching up", ex.getMessage());
    }

    /** What Spring and the registry refuse with a status of their own (a long read over the cap, a missing stream). */
    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView refused(ErrorResponseException refusal) {
        HttpStatusCode status = refusal.getStatusCode();
        String title = refusal.getBody().getTitle() != null ? refusal.getBody().getTitle() : "Not shown";
        String detail = refusal.getBody().getDetail() != null ? refusal.getBody().getDetail() : "The page cannot be shown";
        return page(status, title, detail);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception ex) {
        log.error("A page failed", ex);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "The page could not be shown",
                "Something went wrong on the registry's side; nothing was recorded");
    }

    private static ModelAndView page(HttpStatusCode status, String title, String detail) {
        ModelAndView page = new ModelAndView("pages/refused", Map.of("status", status.value(), "title", title, "detail", detail));
        page.setStatus(status);
        return page;
    }
}
