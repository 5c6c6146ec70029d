package org.entente.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.entente.api.rules.CommandRefusal;
import org.entente.api.rules.Outcome;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every error leaves as RFC 9457 {@code application/problem+json}: a {@code type} naming the problem,
 * a human {@code title} and {@code detail}, and for bad input an {@code errors} list naming each field. What a
 * client is told is written for people: no stack trace, no Java type or class name.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String TYPE_PREFIX = ProblemResponses.TYPE_PREFIX;
    private static final String DUPLICATE_PROPERTY = "Duplicate Object property";

    /** One bad field (a JSON path such as {@code parties[1]}, or a parameter name) and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            // A form field that could not be converted carries Spring's own message, which names Java types.
            String message = error.isBindingFailure() && error.contains(TypeMismatchException.class)
                    ? mismatchMessage(error.unwrap(TypeMismatchException.class))
                    : error.getDefaultMessage();
            errors.add(new FieldProblem(error.getField(), message));
        }
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return handleExceptionInternal(ex, invalidRequest(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        BodyTooLarge tooLarge = causeOfType(ex, BodyTooLarge.class);
        if (tooLarge != null) {
            return handleExceptionInternal(ex, tooLarge(tooLarge.getMessage()), headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        JacksonException cause = causeOfType(ex, JacksonException.class);
        FieldProblem duplicate = duplicateProperty(cause);
        ProblemDetail problem;
        if (duplicate != null) {
            problem = invalidRequest(List.of(duplicate));
        } else if (cause != null && !cause.getPath().isEmpty()) {
            problem = invalidRequest(List.of(new FieldProblem(pathOf(cause), unreadableValueMessage(cause))));
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                    "The request body is missing or is not valid JSON");
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldProblem(name, error.getDefaultMessage()));
            }
        });
        return handleExceptionInternal(ex, invalidRequest(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = invalidRequest(List.of(new FieldProblem(ex.getPropertyName(), mismatchMessage(ex))));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Uploads over the multipart limit; Spring's own answer would be untyped and name no limit. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return handleExceptionInternal(ex, tooLarge("The upload is larger than this registry accepts"), headers,
                HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** Problems Spring raises itself (unsupported media type, unknown route…) get a type of ours too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && !isOurs(problem)) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            problem.setType(URI.create(TYPE_PREFIX + kebab(status != null ? status.name() : "HTTP_" + statusCode.value())));
        }
        return response;
    }

    /**
     * A multipart body that cannot be parsed: no boundary, a boundary that never comes, a body cut short. Spring
     * raises it outside the converters, so it is not a "message not readable". (One that is too large is handled
     * above, as the more specific exception.)
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail onMalformedMultipart(MultipartException ex) {
        return malformedMultipart();
    }

    /**
     * Parameters Tomcat cannot parse when they are first read: a bad percent-encoding in the query string, too
     * many parameters, or a multipart body that is cut short, has no boundary or names a file with NUL in it.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail onUnreadableParameters(InvalidParameterException ex, HttpServletRequest request) {
        if (ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return tooLarge("The request is larger than this registry accepts");
        }
        if (request.getContentType() != null && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return malformedMultipart();
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request's parameters could not be read: a bad percent-encoding, or too many of them");
    }

    /** A body read past its limit by something other than a message converter. */
    @ExceptionHandler(BodyTooLarge.class)
    ProblemDetail onBodyTooLarge(BodyTooLarge ex) {
        return tooLarge(ex.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail onConstraintViolation(ConstraintViolationException ex) {
        return invalidRequest(ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail onInvalidParameter(InvalidParameter ex) {
        return invalidRequest(List.of(new FieldProblem(ex.parameter(), ex.getMessage())));
    }

    /**
     * A refused command, answered from the refusal's details alone: that is all a distributed command bus
     * carries back, so the answer is the same wherever the handler ran. A failure without details is not a
     * refusal but an error.
     */
    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail onCommandRefused(CommandExecutionException ex) {
        Optional<Object> details = ex.getDetails();
        if (details.isPresent() && details.get() instanceof CommandRefusal refusal) {
            return refusal(refusal);
        }
        return onUnexpected(ex);
    }

    /** A rule the web layer itself applies before sending a command (a paper's digest against its content). */
    @ExceptionHandler(RuleViolation.class)
    ProblemDetail onRuleViolation(RuleViolation ex) {
        return refusal(CommandRefusal.of(ex));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail onNotFound(NotFound ex) {
        if (ex.code() == null) {
            return notFound(ex.getMessage());
        }
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, kebab(ex.code()), ex.title(), ex.getMessage());
        problem.setProperty("code", ex.code());
        return problem;
    }

    /**
     * Spring Security's firewall checks some parts of a request only when they are read (the names of
     * form parameters, read here from a body that claims to be a form): a request it rejects then is
     * malformed like one rejected at the door.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail onRequestRejected(RequestRejectedException ex) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request holds parameter names or values this registry does not accept");
    }

    /** Signed in, but the roles or the party do not allow this request. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail onAccessDenied(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail onConcurrentModification(ConcurrencyException ex) {
        return concurrentModification("Another change to the same arrangement was stored first; read it again and retry");
    }

    /** A request the web layer refuses before or instead of sending a command (a reused idempotency key). */
    @ExceptionHandler(RequestRefused.class)
    ProblemDetail onRequestRefused(RequestRefused ex) {
        ProblemDetail problem = problem(ex.status(), kebab(ex.code()), ex.title(), ex.getMessage());
        problem.setProperty("code", ex.code());
        return problem;
    }

    @ExceptionHandler(ViewNotCaughtUp.class)
    ResponseEntity<ProblemDetail> onViewNotCaughtUp(ViewNotCaughtUp ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "view-not-caught-up", "Read model not caught up", ex.getMessage()));
    }

    /** The last resort: an unexpected failure is still a problem document, and its details stay in the log. */
    @ExceptionHandler(Exception.class)
    ProblemDetail onUnexpected(Exception ex) {
        log.error("Unexpected failure while handling a request", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; nothing was recorded unless a version was returned");
    }

    private static ProblemDetail refusal(CommandRefusal refusal) {
        if (CommandRefusal.NOT_FOUND.equals(refusal.code())) {
            return notFound(refusal.detail());
        }
        if (CommandRefusal.CONCURRENT_MODIFICATION.equals(refusal.code())) {
            return concurrentModification(refusal.detail());
        }
        ProblemDetail problem = problem(statusOf(refusal.outcome()), kebab(refusal.code()), titleOf(refusal.code()), refusal.detail());
        problem.setProperty("code", refusal.code());
        if (refusal.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(refusal.field(), refusal.detail())));
        }
        return problem;
    }

    /** A code from a newer node than this one still answers, titled by its code. */
    private static String titleOf(String code) {
        return Arrays.stream(Rule.values()).filter(rule -> rule.name().equals(code)).findFirst().map(Rule::title).orElse(code);
    }

    private static ProblemDetail concurrentModification(String detail) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification", detail);
        problem.setProperty("code", CommandRefusal.CONCURRENT_MODIFICATION);
        return problem;
    }

    /** The plain absence, for what a client need not tell apart from other absences. */
    private static ProblemDetail notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    private static ProblemDetail malformedMultipart() {
        return problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                "The request body is not a well-formed multipart/form-data body");
    }

    private static ProblemDetail tooLarge(String detail) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Content too large", detail);
    }

    private static ProblemDetail invalidRequest(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    private static HttpStatus statusOf(Outcome outcome) {
        return switch (outcome) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
        };
    }

    private static boolean isOurs(ProblemDetail problem) {
        return problem.getType() != null && problem.getType().toString().startsWith(TYPE_PREFIX);
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String pathOf(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String unreadableValueMessage(JacksonException ex) {
        if (ex instanceof StrictJsonConfiguration.RefusedValue refused) {
            return refused.getOriginalMessage();
        }
        if (ex instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (ex instanceof MismatchedInputException mismatched) {
            return ExpectedValues.of(mismatched.getTargetType());
        }
        return "cannot be read";
    }

    /** What Spring's conversion of a parameter, header or form field refused, told without Java's words. */
    private static String mismatchMessage(TypeMismatchException ex) {
        UnacceptableValue refused = causeOfType(ex, UnacceptableValue.class);
        return refused != null ? refused.getMessage() : ExpectedValues.of(ex.getRequiredType());
    }

    /**
     * A field given twice, which the parser refuses (strict duplicate detection) before any field is bound, so
     * the field is named from where the parser stood.
     */
    private static FieldProblem duplicateProperty(JacksonException ex) {
        if (!(ex instanceof StreamReadException read) || ex.getOriginalMessage() == null
                || !ex.getOriginalMessage().startsWith(DUPLICATE_PROPERTY) || read.processor() == null) {
            return null;
        }
        JsonParser parser = read.processor();
        Deque<TokenStreamContext> fromRoot = new ArrayDeque<>();
        for (TokenStreamContext context = parser.streamReadContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            fromRoot.addFirst(context);
        }
        StringBuilder field = new StringBuilder();
        for (TokenStreamContext context : fromRoot) {
            if (context.inArray()) {
                field.append('[').append(context.getCurrentIndex()).append(']');
            } else if (context.currentName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(context.currentName());
            }
        }
        return new FieldProblem(field.toString(), "is given more than once");
    }

    private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
