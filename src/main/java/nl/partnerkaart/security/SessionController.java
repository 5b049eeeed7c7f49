package nl.partnerkaart.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Session", description = "The signed-in user")
class SessionController {

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
}
