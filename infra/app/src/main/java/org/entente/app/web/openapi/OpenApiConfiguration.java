package org.entente.app.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.entente.app.EntenteProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The published OpenAPI document (springdoc, at {@code /v3/api-docs}): who publishes it, how to sign in, the
 * features it is grouped by. What each operation does is annotated on its controller; what every operation
 * shares (the problem documents, the headers of the write protocol) is added by {@link CommonContract}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    private static final String DESCRIPTION = """
            A registry of cyber confidence-building arrangements between states: arrangements, the commitments \
            made in them, points of contact, communication checks and doctrine papers, with an immutable, \
            hash-chained history of every change.

            **Signing in.** Every operation needs a signed-in user: HTTP Basic, or a bearer token, which is either \
            an API token of the registry (`ent_<id>_<secret>`, issued by `POST /api/me/tokens`) or a JWT of the \
            identity provider the registry is configured with. Roles decide what a user may do: `REGISTRAR` \
            records for its own party, `AUDITOR` reads everything, `VIEWER` reads the views, `ADMIN` administers.

            **Writes** answer `{"id", "version"}`, the version the aggregate reached, also as the `ETag`. Send \
            it back as `If-Match` to have a write refused (412) if another change came first. Any POST or PATCH \
            may carry an `Idempotency-Key`: sent again with the same key, the request is given its first answer \
            and records nothing.

            **Reads** are eventually consistent; `minVersion` waits until a view has caught up with a write.

            **Errors** are RFC 9457 problem documents (`application/problem+json`, the `Problem` schema): a \
            `type` naming the problem, a `code` for the refusals a client may act on, and `errors` naming each \
            bad field.""";

    @Bean
    OpenAPI ententeOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title("Entente")
                        .version(properties != null ? properties.getVersion() : "development")
                        .description(DESCRIPTION)
                        .contact(new Contact().name("Entente maintainers"))
                        // The project publishes no open-source licence.
                        .license(new License().name("Proprietary")))
                .servers(List.of(new Server().url("/").description("This registry")))
                .schemaRequirement(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user of the registry's directory or configuration, with its password"))
                .schemaRequirement(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("ent_<id>_<secret> or JWT")
                        .description("An API token of the registry (`ent_<id>_<secret>`, from `POST /api/me/tokens`), "
                                + "or a JWT of the configured identity provider"))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)))
                .tags(List.of(
                        tag(ApiTags.ARRANGEMENTS, "Arrangements between states: record, list, read now or as of a past "
                                + "day and instant, amend, change status"),
                        tag(ApiTags.COMMITMENTS, "What the parties to an arrangement promised, by whom and by when: add, "
                                + "record progress, fulfil, withdraw, move a deadline"),
                        tag(ApiTags.CONTACTS, "Points of contact, designated per party and role, and the directory of "
                                + "who the contact was on any day"),
                        tag(ApiTags.CHECKS, "Communication checks: does another party's point of contact answer in time?"),
                        tag(ApiTags.PAPERS, "Doctrine papers: registered by digest or uploaded, acknowledged by their "
                                + "addressees, superseded"),
                        tag(ApiTags.PARTIES, "What one party owes, and what it still has to acknowledge, across arrangements"),
                        tag(ApiTags.LIVE_UPDATES, "What changes, as server-sent events, as it is stored"),
                        tag(ApiTags.DASHBOARD, "Milestones of a window, what is overdue, which deadlines drift, an "
                                + "arrangement's timeline and each party's scorecard, now or as they stood on a past day"),
                        tag(ApiTags.HISTORY, "The stored events themselves: history, hash-chain verification and the "
                                + "export an auditor verifies without the server"),
                        tag(ApiTags.ME, "The signed-in user and its API tokens"),
                        tag(ApiTags.ADMINISTRATION, "The user directory, for administrators"),
                        tag(ApiTags.PROJECTIONS, "The read models' positions and rebuilds, for administrators")));
    }

    @Bean
    OpenApiCustomizer commonContract(EntenteProperties properties) {
        return new CommonContract(properties.http().maxPageSize());
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
