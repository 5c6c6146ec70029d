package org.entente.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Errors of pages, answered as pages: a page's handler that fails, or a browser asking for an address that
 * holds nothing, gets an HTML page with the status and what went wrong (rendered by the container's error page,
 * {@link ProblemErrorController}, like every other error). Anything else is left to {@link ProblemAdvice}, so the
 * API keeps answering problem documents.
 */
final class HtmlErrors implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(HtmlErrors.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (PageRequests.isApi(PageRequests.pathOf(request)) || !(isPage(handler) || PageRequests.acceptsHtml(request))) {
            return null;
        }
        Throwable failure = unwrapped(ex);
        int status = statusOf(failure);
        String detail = detailOf(failure, status);
        if (status >= 500) {
            log.error("A page could not be shown", failure);
        }
        request.setAttribute(PageRequests.ANSWERED_IN_HTML, Boolean.TRUE);
        try {
            response.sendError(status, detail);
        } catch (IOException e) {
            log.debug("Could not answer a page's error; the client is gone", e);
        }
        return new ModelAndView();
    }

    /** A handler that writes a view rather than a body. */
    private static boolean isPage(Object handler) {
        return handler instanceof HandlerMethod method
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !method.hasMethodAnnotation(ResponseBody.class);
    }

    private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable unwrapped(Throwable ex) {
        Throwable failure = ex;
        while ((failure instanceof CompletionException || failure instanceof ExecutionException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }

    private static int statusOf(Throwable failure) {
        if (failure instanceof NotFound) {
            return 404;
        }
        if (failure instanceof InvalidParameter || failure instanceof TypeMismatchException
                || failure instanceof MissingServletRequestParameterException || failure instanceof ConstraintViolationException
                || failure instanceof HandlerMethodValidationException) {
            return 400;
        }
        if (failure instanceof AccessDeniedException) {
            return 403;
        }
        if (failure instanceof ViewNotCaughtUp) {
            return 503;
        }
        if (failure instanceof ErrorResponse answer) {
            return answer.getStatusCode().value();
        }
        return 500;
    }

    private static String detailOf(Throwable failure, int status) {
        if (failure instanceof NotFound || failure instanceof AccessDeniedException) {
            return failure.getMessage();
        }
        if (failure instanceof InvalidParameter invalid) {
            return "The parameter '" + invalid.parameter() + "' " + invalid.getMessage();
        }
        if (failure instanceof TypeMismatchException mismatch) {
            UnacceptableValue refused = causeOfType(mismatch, UnacceptableValue.class);
            return "The parameter '" + mismatch.getPropertyName() + "' "
                    + (refused != null ? refused.getMessage() : ExpectedValues.of(mismatch.getRequiredType()));
        }
        if (failure instanceof MissingServletRequestParameterException missing) {
            return "The parameter '" + missing.getParameterName() + "' is required";
        }
        if (failure instanceof HandlerMethodValidationException invalid) {
            return invalid.getParameterValidationResults().stream()
                    .map(result -> "The parameter '" + result.getMethodParameter().getParameterName() + "' "
                            + result.getResolvableErrors().get(0).getDefaultMessage())
                    .findFirst().orElse("A parameter is not valid");
        }
        if (status == 404) {
            return "There is no page at this address";
        }
        return ProblemResponses.detailOf(status);
    }
}
