package org.entente.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.entente.app.web.InvalidParameter;
import org.entente.app.web.NotFound;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The user directory, for administrators: create users, change their roles or party, disable them, set a
 * new password. Users declared in configuration are listed by the configuration, not here, and cannot
 * be changed here. Passwords are stored only as hashes and never answered.
 */
@RestController
@Tag(name = ApiTags.ADMINISTRATION)
@Validated
class UserAdminController {

    private static final int MIN_PASSWORD = 12;

    record NewUser(@NotBlank @Size(max = 64) String name,
                   @NotNull @Size(min = MIN_PASSWORD, max = 128) String password,
                   @NotEmpty @Size(max = 4) Set<@NotNull Role> roles,
                   @Size(max = 16) String party) {
    }

    @Schema(name = "UserChange")
    record Change(@Size(max = 4) Set<@NotNull Role> roles,
                  @Size(max = 16) String party,
                  Boolean enabled,
                  @Size(min = MIN_PASSWORD, max = 128) String password) {
    }

    record UserView(String name, String party, Set<Role> roles, boolean enabled, Instant createdAt) {

        static UserView of(UserAccount account) {
            return new UserView(account.name(), account.party(), account.roles(), account.enabled(), account.createdAt());
        }
    }

    record UserPage(List<UserView> items, int page, int size, long total) {
    }

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final PasswordEncoder encoder;
    private final Clock clock;

    UserAdminController(UserAccounts accounts, UserDirectory directory, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Operation(operationId = "listUsers", summary = "List the users of the directory",
            description = "A page of the users created here; users declared in the configuration are not listed.")
    @GetMapping("/api/admin/users")
    UserPage users(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new UserPage(accounts.list(page, size).stream().map(UserView::of).toList(), page, size, accounts.count());
    }

    @Operation(operationId = "getUser", summary = "Read a user",
            description = "A user of the directory: party, roles, whether enabled; never its password.")
    @GetMapping("/api/admin/users/{name}")
    UserView user(@PathVariable String name) {
        return UserView.of(account(name));
    }

    @Operation(operationId = "createUser", summary = "Create a user", description = """
            A user with a password of 12 or more characters (stored as a bcrypt hash), roles and, for a registrar, \
            its party.""")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the user")
    @PostMapping("/api/admin/users")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser body) {
        String party = checked(body.name(), body.roles(), body.party());
        if (directory.isDeclared(body.name())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "'" + body.name() + "' is declared in the configuration");
        }
        UserAccount account = new UserAccount(body.name(), encoder.encode(body.password()), party, body.roles(), true,
                clock.instant());
        if (!accounts.create(account)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A user '" + body.name() + "' exists already");
        }
        return ResponseEntity.created(URI.create("/api/admin/users/" + body.name())).body(UserView.of(account));
    }

    @Operation(operationId = "changeUser", summary = "Change a user",
            description = "New roles, party, enabled or password; the fields left out stay as they are.")
    @PatchMapping("/api/admin/users/{name}")
    UserView change(@PathVariable String name, @Valid @RequestBody Change body) {
        UserAccount account = account(name);
        var roles = body.roles() != null ? body.roles() : account.roles();
        String party = checked(name, roles, body.party() != null ? body.party() : account.party());
        UserAccount changed = account.with(party, roles, body.enabled() != null ? body.enabled() : account.enabled());
        if (body.password() != null) {
            changed = changed.withPasswordHash(encoder.encode(body.password()));
        }
        accounts.replace(changed);
        return UserView.of(changed);
    }

    private UserAccount account(String name) {
        if (directory.isDeclared(name)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "'" + name + "' is declared in the configuration");
        }
        return accounts.find(name).orElseThrow(() -> new NotFound("No user '" + name + "'"));
    }

    private static String checked(String name, Set<Role> roles, String party) {
        try {
            UserDirectory.Accounts.requireValidName("name", name);
            return UserDirectory.Accounts.partyOf("party", roles, party);
        } catch (UserDirectory.Accounts.Invalid e) {
            throw new InvalidParameter(e.field(), e.detail());
        }
    }
}
