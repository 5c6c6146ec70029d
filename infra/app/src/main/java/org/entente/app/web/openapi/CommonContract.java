package org.entente.app.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every operation of the API shares, added to the document once instead of annotated on every controller:
 * the RFC 9457 {@code Problem} schema and the error responses an operation can really give, the headers of the
 * write protocol ({@code Idempotency-Key}, {@code If-Match}, {@code ETag}, {@code Location}) and the paging
 * parameters' bounds. Which errors apply follows from the operation's shape, as the registry decides them:
 * <ul>
 *     <li>every operation: 400 (a malformed request), 401, 403, 429 (sign-in paused, or too many long reads);</li>
 *     <li>a path with a variable: 404;</li>
 *     <li>every POST and PATCH: {@code Idempotency-Key}, 409 and 422 (a key in use or reused, a refused command);</li>
 *     <li>a request body: 413 and 415;</li>
 *     <li>a write to an arrangement or a check: {@code If-Match} and 412;</li>
 *     <li>{@code minVersion}: 503 with {@code Retry-After}.</li>
 * </ul>
 */
final class CommonContract implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";
    private static final String HEADERS = "#/components/headers/";
    private static final String PARAMETERS = "#/components/parameters/";

    private record Problem(String name, String status, String description) {
    }

    private static final Problem BAD_REQUEST = new Problem("BadRequest", "400",
            "Invalid request: a field, parameter or header is missing or malformed (`errors` names each one), or the "
                    + "request itself is malformed");
    private static final Problem UNAUTHORIZED = new Problem("Unauthorized", "401",
            "Not signed in, or the credentials or token are not valid");
    private static final Problem FORBIDDEN = new Problem("Forbidden", "403",
            "The signed-in user's roles or party do not allow this (`ACTING_FOR_ANOTHER_PARTY`: a party acts only for itself)");
    private static final Problem NOT_FOUND = new Problem("NotFound", "404",
            "Nothing of this id, or nothing the signed-in user may see");
    private static final Problem CONFLICT = new Problem("Conflict", "409",
            "The request contradicts what is recorded (`code` names the rule), another change was stored first "
                    + "(`CONCURRENT_MODIFICATION`), or a request with this `Idempotency-Key` is still running "
                    + "(`IDEMPOTENCY_KEY_IN_USE`)");
    private static final Problem PRECONDITION_FAILED = new Problem("PreconditionFailed", "412",
            "`If-Match` names a version that is no longer the current one (`VERSION_MISMATCH`)");
    private static final Problem CONTENT_TOO_LARGE = new Problem("ContentTooLarge", "413",
            "The request body is larger than the registry accepts");
    private static final Problem UNSUPPORTED_MEDIA_TYPE = new Problem("UnsupportedMediaType", "415",
            "The request's `Content-Type` is not one this operation reads");
    private static final Problem UNPROCESSABLE = new Problem("UnprocessableContent", "422",
            "Well-formed, but refused by a rule of the registry (`code` names it, `errors` the field), or the "
                    + "`Idempotency-Key` was used for another request (`IDEMPOTENCY_KEY_REUSED`)");
    private static final Problem TOO_MANY_REQUESTS = new Problem("TooManyRequests", "429",
            "Sign-in paused after repeated failures, or too many exports and integrity checks at once; retry after "
                    + "`Retry-After` seconds");
    private static final Problem SERVICE_UNAVAILABLE = new Problem("ServiceUnavailable", "503",
            "The view has not caught up with `minVersion` in time; retry after `Retry-After` seconds");

    private final int maxPageSize;

    CommonContract(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
        openApi.setComponents(components);
        components.addSchemas(PROBLEM, problemSchema());
        components.addSchemas("ProblemError", new ObjectSchema()
                .description("One bad field, parameter or header and what is wrong with it")
                .addProperty("field", new StringSchema().description("A JSON path such as `parties[1]`, or the name of "
                        + "a parameter, header or form field").example("owedBy[0]"))
                .addProperty("message", new StringSchema().description("What is wrong with it").example("must not be blank"))
                .required(List.of("field", "message")));
        for (Problem problem : List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_FAILED,
                CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE)) {
            ApiResponse response = new ApiResponse().description(problem.description())
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(SCHEMAS + PROBLEM))));
            if (problem == TOO_MANY_REQUESTS || problem == SERVICE_UNAVAILABLE) {
                response.addHeaderObject("Retry-After", new Header().$ref(HEADERS + "Retry-After"));
            }
            if (problem == UNAUTHORIZED) {
                response.addHeaderObject("WWW-Authenticate", new Header().$ref(HEADERS + "WWW-Authenticate"));
            }
            components.addResponses(problem.name(), response);
        }
        components.addHeaders("ETag", new Header().description("The version of the arrangement or check, such as "
                + "`\"6\"`: send it as `If-Match` on the next write").schema(new StringSchema().example("\"6\"")));
        components.addHeaders("Location", new Header().description("Where what was created can be read")
                .schema(new StringSchema().format("uri-reference")));
        components.addHeaders("Retry-After", new Header().description("Seconds to wait before retrying")
                .schema(new IntegerSchema()));
        components.addHeaders("WWW-Authenticate", new Header().description("How to sign in: `Basic` or `Bearer`")
                .schema(new StringSchema()));
        components.addHeaders("Idempotent-Replayed", new Header().description("`true` when this is the answer kept for "
                + "an earlier request with the same `Idempotency-Key`; nothing was recorded now")
                .schema(new StringSchema()._enum(List.of("true"))));
        components.addParameters("Idempotency-Key", new Parameter().in("header").name("Idempotency-Key").required(false)
                .description("Carries the request out once per user and key; the same request sent again with the key "
                        + "gets the first answer (kept for `entente.idempotency.retention`, 24 h) and records nothing")
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]+$")));
        components.addParameters("If-Match", new Parameter().in("header").name("If-Match").required(false)
                .description("Store the write only while the arrangement (or check) is still at one of these versions, as "
                        + "`ETag` answers them (`\"6\"`, several separated by commas, at most 20), or `*` for \"it exists\"; "
                        + "otherwise 412")
                .schema(new StringSchema().example("\"6\"")));
        components.addParameters("X-Entente-Party", new Parameter().in("header").name("X-Entente-Party").required(false)
                .deprecated(true).description("No longer needed: the party comes from the sign-in. If sent, it must name "
                        + "the signed-in registrar's own party, or the request is refused (403)")
                .schema(new StringSchema().maxLength(16)));
        components.addParameters("X-Entente-Recorder", new Parameter().in("header").name("X-Entente-Recorder")
                .required(false).deprecated(true).description("No longer needed: the recorder is the signed-in user. If "
                        + "sent, it must name that user, or the request is refused (403)")
                .schema(new StringSchema().maxLength(64)));

        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                complete(path, method, operation)));
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation) {
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH;
        boolean versioned = write && (path.startsWith("/api/arrangements/{") || path.startsWith("/api/checks/{"));
        boolean waits = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "minVersion".equals(p.getName()));

        List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
        parameters.forEach(this::describe);
        if (write) {
            parameters.add(new Parameter().$ref(PARAMETERS + "Idempotency-Key"));
        }
        if (versioned) {
            parameters.add(new Parameter().$ref(PARAMETERS + "If-Match"));
        }
        parameters.add(new Parameter().$ref(PARAMETERS + "X-Entente-Party"));
        parameters.add(new Parameter().$ref(PARAMETERS + "X-Entente-Recorder"));
        operation.setParameters(parameters);

        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().setContent(uploadFirst(operation.getRequestBody().getContent()));
        }

        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                success(status, response, write);
            }
        });
        Map<String, Problem> problems = new LinkedHashMap<>();
        List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_MANY_REQUESTS).forEach(p -> problems.put(p.status(), p));
        if (path.contains("{")) {
            problems.put(NOT_FOUND.status(), NOT_FOUND);
        }
        if (write) {
            problems.put(CONFLICT.status(), CONFLICT);
            problems.put(UNPROCESSABLE.status(), UNPROCESSABLE);
        }
        if (operation.getRequestBody() != null) {
            problems.put(CONTENT_TOO_LARGE.status(), CONTENT_TOO_LARGE);
            problems.put(UNSUPPORTED_MEDIA_TYPE.status(), UNSUPPORTED_MEDIA_TYPE);
        }
        if (versioned) {
            problems.put(PRECONDITION_FAILED.status(), PRECONDITION_FAILED);
        }
        if (waits) {
            problems.put(SERVICE_UNAVAILABLE.status(), SERVICE_UNAVAILABLE);
        }
        problems.forEach((status, problem) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().$ref(RESPONSES + problem.name()));
            }
        });
    }

    /**
     * Client generators and Swagger UI offer the first media type of a request body: where an operation takes an
     * upload as well as JSON, the upload, which JSON alone cannot carry.
     */
    private static Content uploadFirst(Content content) {
        Content ordered = new Content();
        String multipart = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE;
        if (content.containsKey(multipart)) {
            ordered.addMediaType(multipart, content.get(multipart));
        }
        content.forEach((type, media) -> {
            if (!type.equals(multipart)) {
                ordered.addMediaType(type, media);
            }
        });
        return ordered;
    }

    /** A write's answer carries its version as ETag, a creation its address, a replayed answer says so. */
    private static void success(String status, ApiResponse response, boolean write) {
        if (response.getHeaders() != null) {
            // An annotated reference comes with defaults (a style) that a reference may not carry.
            response.getHeaders().replaceAll((name, header) -> header.get$ref() != null ? new Header().$ref(header.get$ref()) : header);
        }
        boolean acknowledgement = response.getContent() != null && response.getContent().values().stream()
                .anyMatch(media -> media.getSchema() != null && (SCHEMAS + "WriteAcknowledgement").equals(media.getSchema().get$ref()));
        if (acknowledgement) {
            header(response, "ETag");
        }
        if ("201".equals(status)) {
            header(response, "Location");
        }
        if (write) {
            header(response, "Idempotent-Replayed");
        }
    }

    private static void header(ApiResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeaderObject(name, new Header().$ref(HEADERS + name));
        }
    }

    private void describe(Parameter parameter) {
        if (parameter.get$ref() != null || parameter.getName() == null) {
            return;
        }
        String description = switch (parameter.getName()) {
            case "page" -> "The page, counting from 0";
            case "party" -> "Only those of this party: its code, an ISO 3166-1 alpha-3 state code or a registered "
                    + "organisation's";
            case "q" -> "Only those whose title holds these words";
            case "size" -> "How many items a page holds";
            case "minVersion" -> "Wait (up to `entente.read-your-writes.timeout`, 5 s) until the view has caught up with "
                    + "this version, as a write answered it; else 503 with `Retry-After`";
            default -> null;
        };
        if (description != null && parameter.getDescription() == null) {
            parameter.setDescription(description);
        }
        if ("size".equals(parameter.getName()) && parameter.getSchema() != null && parameter.getSchema().getMaximum() == null) {
            parameter.getSchema().setMaximum(BigDecimal.valueOf(maxPageSize));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document, as every error of the registry is answered")
                .addProperty("type", new StringSchema().format("uri").description("Names the problem; a "
                        + "`urn:entente:problem:` URN").example("urn:entente:problem:obligor-not-a-party"))
                .addProperty("title", new StringSchema().description("A short summary of the problem type")
                        .example("A commitment can only be owed by parties to the arrangement"))
                .addProperty("status", new IntegerSchema().description("The HTTP status").example(422))
                .addProperty("detail", new StringSchema().description("What went wrong with this request, for people")
                        .example("'FRA' is not a party to arrangement 'us-ru-cyber-cbm-2011'"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path")
                        .example("/api/arrangements/us-ru-cyber-cbm-2011/commitments"))
                .addProperty("code", new StringSchema().description("For the refusals a client may act on: the rule "
                        + "of the registry that refused the request (such as `OBLIGOR_NOT_A_PARTY`, `VERSION_MISMATCH`, "
                        + "`CONCURRENT_MODIFICATION`, `IDEMPOTENCY_KEY_REUSED`, `NOT_YET_IN_EFFECT`); new codes may be added")
                        .example("OBLIGOR_NOT_A_PARTY"))
                .addProperty("errors", new ArraySchema().items(ref(SCHEMAS + "ProblemError"))
                        .description("For invalid input: each bad field, parameter or header"))
                .required(List.of("type", "title", "status"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema ref(String ref) {
        return new Schema<>().$ref(ref);
    }
}
