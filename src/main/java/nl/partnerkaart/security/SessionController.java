package nl.partnerkaart.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Session", description = "The signed-in user")
class SessionController {

    record PasswordChange(@NotNull String currentPassword,
                          @NotNull @Size(min = UserAdminController.MINIMUM_PASSWORD_LENGTH, max = 200,
                                  message = "at least 12 characters") String newPassword) {
    }

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final PasswordPolicy passwords;

    SessionController(UserAccounts accounts, AuditLog audit, PasswordPolicy passwords) {
        this.accounts = accounts;
        this.audit = audit;
        this.passwords = passwords;
    }

    /** @param roles the roles the user has, each role including the ones below it */
    record Me(String username, List<String> roles) {
    }

    @GetMapping("/api/session/me")
    @Operation(summary = "Who is signed in, with which roles (the UI shows only what the roles allow)")
    Me me(Authentication authentication) {
        List<String> granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
        Role highest = granted.stream().map(Role::valueOf).max(Enum::compareTo).orElse(Role.VIEWER);
        List<String> roles = java.util.Arrays.stream(Role.values()).filter(r -> r.compareTo(highest) <= 0)
                .map(Role::name).toList();
        return new Me(authentication.getName(), roles);
    }

    @PostMapping("/api/session/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your own password (your other sessions end)")
    void changePassword(@Valid @RequestBody PasswordChange change, Authentication authentication) {
        if (!accounts.passwordMatches(authentication.getName(), change.currentPassword())) {
            audit.record(authentication.getName(), "user.password-changed", authentication.getName(), "refused",
                    "current password wrong");
            throw new InvalidInputException("currentPassword", Message.of("password.currentWrong"));
        }
        passwords.requireStrong("newPassword", change.newPassword(), authentication.getName());
        accounts.setPassword(authentication.getName(), change.newPassword());
        audit.record(authentication.getName(), "user.password-changed", authentication.getName(), "success", null);
    }
}
