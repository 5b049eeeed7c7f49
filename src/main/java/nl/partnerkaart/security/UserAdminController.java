package nl.partnerkaart.security;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators create accounts, set roles and regions, reset passwords and disable accounts. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Accounts and roles (administrators only)")
class UserAdminController {

    static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,40}";
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    record NewAccount(@NotNull @Pattern(regexp = USERNAME_PATTERN,
                              message = "{account.username.pattern}") String username,
                      @NotNull @Size(min = MINIMUM_PASSWORD_LENGTH, max = 200,
                              message = "{account.password.size}") String password,
                      @NotEmpty(message = "{account.roles.empty}") List<Role> roles,
                      List<@Pattern(regexp = "VR\\d\\d", message = "{account.regions.pattern}") String> regions) {
    }

    record AccountChange(@NotEmpty(message = "{account.roles.empty}") List<Role> roles,
                         List<@Pattern(regexp = "VR\\d\\d", message = "{account.regions.pattern}") String> regions,
                         @NotNull Boolean enabled) {
    }

    record NewPassword(@NotNull @Size(min = MINIMUM_PASSWORD_LENGTH, max = 200,
            message = "{account.password.size}") String password) {
    }

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final KnownRegions knownRegions;
    private final PasswordPolicy passwords;

    UserAdminController(UserAccounts accounts, AuditLog audit, KnownRegions knownRegions, PasswordPolicy passwords) {
        this.accounts = accounts;
        this.audit = audit;
        this.knownRegions = knownRegions;
        this.passwords = passwords;
    }

    @GetMapping
    @Operation(summary = "All accounts with roles, regions and whether they are enabled")
    List<Account> all() {
        return accounts.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account")
    Account create(@Valid @RequestBody NewAccount request, Authentication admin) {
        if (accounts.exists(request.username())) {
            throw new InvalidInputException("username", Message.of("account.exists", request.username()));
        }
        passwords.requireStrong("password", request.password(), request.username());
        List<String> regions = checkedRegions(request.regions());
        accounts.create(request.username(), request.password(), request.roles(), regions);
        audit.record(admin.getName(), "user.created", request.username(), "success",
                "roles " + words(request.roles()) + "; regions " + words(regions));
        return accounts.find(request.username()).orElseThrow();
    }

    @PutMapping("/{username}")
    @Operation(summary = "Change roles, regions and whether the account is enabled")
    Account change(@PathVariable String username, @Valid @RequestBody AccountChange request, Authentication admin) {
        Account before = existing(username);
        boolean staysAdmin = request.enabled() && request.roles().contains(Role.ADMIN);
        if (before.roles().contains(Role.ADMIN) && before.enabled() && !staysAdmin && accounts.enabledAdmins() <= 1) {
            throw new InvalidInputException("roles", Message.of("account.lastAdmin"));
        }
        if (username.equals(admin.getName()) && !request.enabled()) {
            throw new InvalidInputException("enabled", Message.of("account.disableSelf"));
        }
        List<String> regions = checkedRegions(request.regions());
        accounts.update(username, request.roles(), regions, request.enabled());
        Account after = existing(username);
        audit.record(admin.getName(), "user.changed", username, "success", changes(before, after));
        return after;
    }

    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password (ends the account's sessions and lifts its sign-in throttling)")
    void resetPassword(@PathVariable String username, @Valid @RequestBody NewPassword request, Authentication admin) {
        existing(username);
        passwords.requireStrong("password", request.password(), username);
        accounts.setPassword(username, request.password());
        audit.record(admin.getName(), "user.password-reset", username, "success", null);
    }

    /** What an administrator changed, as the audit trail reads it: "roles [VIEWER] -> [EDITOR]; enabled true -> false". */
    static String changes(Account before, Account after) {
        List<String> changed = new ArrayList<>();
        if (!before.roles().equals(after.roles())) {
            changed.add("roles " + words(before.roles()) + " -> " + words(after.roles()));
        }
        if (!before.regions().equals(after.regions())) {
            changed.add("regions " + words(before.regions()) + " -> " + words(after.regions()));
        }
        if (before.enabled() != after.enabled()) {
            changed.add("enabled " + before.enabled() + " -> " + after.enabled());
        }
        return changed.isEmpty() ? "no change" : String.join("; ", changed);
    }

    /** A list as the audit trail reads it: "EDITOR, ADMIN", or "none". */
    private static String words(List<?> values) {
        return values.isEmpty() ? "none" : String.join(", ", values.stream().map(String::valueOf).toList());
    }

    private Account existing(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException(Message.of("account.notFound", username)));
    }

    private List<String> checkedRegions(List<String> regions) {
        List<String> requested = regions == null ? List.of() : regions.stream().distinct().sorted().toList();
        List<String> known = knownRegions.of(requested);
        requested.stream().filter(r -> !known.contains(r)).findFirst().ifPresent(r -> {
            throw new InvalidInputException("regions", Message.of("region.notFound", r));
        });
        return requested;
    }
}
