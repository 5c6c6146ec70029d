package org.entente.app.web;

import jakarta.validation.ConstraintViolationException;
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
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every error leaves as RFC 9457 {@code application/problem+json}: a {@code type} naming the problem,
 * a human {@code title} and {@code detail}, and for bad input an {@code errors} list naming each field.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String TYPE_PREFIX = "urn:entente:problem:";

    /** One bad field (a JSON path such as {@code parties[1]}, or a parameter name) and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return handleExceptionInternal(ex, invalidRequest(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        JacksonException cause = causeOfType(ex, JacksonException.class);
        ProblemDetail problem;
        if (cause != null && !cause.getPath().isEmpty()) {
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
        Class<?> type = ex.getRequiredType();
        String message = type != null && type.isEnum()
                ? "must be one of " + Arrays.toString(type.getEnumConstants())
                : "cannot be read as " + (type == null ? "the expected type" : type.getSimpleName());
        ProblemDetail problem = invalidRequest(List.of(new FieldProblem(ex.getPropertyName(), message)));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
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
                .header(HttpHeaders.RETRY_AFTER, "1")
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
        if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> target = invalid.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            if (target == String.class) {
                return invalid.getOriginalMessage();
            }
            return "'" + invalid.getValue() + "' cannot be read as " + target.getSimpleName();
        }
        if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "has the wrong JSON type; expected " + mismatched.getTargetType().getSimpleName();
        }
        return "cannot be read";
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
