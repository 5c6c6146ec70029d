package org.entente.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.app.web.InvalidParameter;
import org.entente.app.web.NotFound;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user: who the registry takes it for, and its API tokens. A token is issued only to a
 * user signed in otherwise (password or identity provider), so a leaked token cannot mint more.
 */
@RestController
@Tag(name = ApiTags.ME)
class MeController {

    record Me(String name, String party, Set<Role> roles) {
    }

    @Schema(name = "NewToken")
    record TokenRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not hold control characters") String label,
                        @Min(1) @Max(366) Integer validForDays) {
    }

    /** A token as listed: never its secret. */
    record TokenView(String id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.label(), token.createdAt(), token.expiresAt(), token.revokedAt());
        }
    }

    /** The token as issued, with the one sight of its secret. */
    record IssuedToken(String id, String label, Instant expiresAt, String token) {
    }

    record TokenList(List<TokenView> items) {
    }

    private final ApiTokenSignIn tokens;

    MeController(ApiTokenSignIn tokens) {
        this.tokens = tokens;
    }

    @Operation(operationId = "getMe", summary = "Who the registry takes the signed-in user for",
            description = "Name, party and roles of the signed-in user.")
    @GetMapping("/api/me")
    Me me() {
        SignedInUser user = signedIn();
        return new Me(user.name(), user.party(), user.roles());
    }

    @Operation(operationId = "listMyTokens", summary = "The signed-in user's API tokens",
            description = "Every token the user holds, without its secret.")
    @GetMapping("/api/me/tokens")
    TokenList myTokens() {
        return new TokenList(tokens.of(signedIn().name()).stream().map(TokenView::of).toList());
    }

    @Operation(operationId = "issueToken", summary = "Issue an API token", description = """
            A token for scripts (`ent_<id>_<secret>`, sent as `Authorization: Bearer`), answered once and stored only \
            as a digest. It acts as its user with the user's roles of the moment. A token cannot issue tokens (403).""")
    @ApiResponse(responseCode = "201", description = "Issued; the only answer that shows the secret")
    @PostMapping("/api/me/tokens")
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody TokenRequest body) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SignedInAuthentication token
                && token.method() == SignedInAuthentication.Method.API_TOKEN) {
            throw new AccessDeniedException("An API token cannot issue tokens; sign in with a password or the identity provider");
        }
        ApiTokenSignIn.Issued issued;
        try {
            issued = tokens.issue(signedIn(), body.label(), body.validForDays() == null ? null : Duration.ofDays(body.validForDays()));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("validForDays", e.getMessage());
        } catch (ApiTokenSignIn.TooManyTokens e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/me/tokens/" + issued.token().id()))
                .body(new IssuedToken(issued.token().id(), issued.token().label(), issued.token().expiresAt(), issued.secret()));
    }

    @Operation(operationId = "revokeToken", summary = "Revoke an API token", description = "The token no longer signs in.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/api/me/tokens/{tokenId}")
    ResponseEntity<Void> revoke(@PathVariable String tokenId) {
        if (!tokens.revoke(signedIn().name(), tokenId)) {
            throw new NotFound("You hold no token '" + tokenId + "'");
        }
        return ResponseEntity.noContent().build();
    }

    private static SignedInUser signedIn() {
        return SignedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
