package nl.partnerkaart.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in: the account and bcrypt check of {@link DaoAuthenticationProvider}, skipped while the same
 * credentials were verified within the last minute ({@link VerifiedCredentials}). A locked account stays
 * locked either way.
 */
@Component
class CachingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider accounts;
    private final VerifiedCredentials verified;
    private final LoginAttempts attempts;

    CachingAuthenticationProvider(UserAccounts userAccounts, PasswordEncoder passwordEncoder,
                                  VerifiedCredentials verified, LoginAttempts attempts) {
        this.accounts = new DaoAuthenticationProvider(userAccounts::userDetails);
        this.accounts.setPasswordEncoder(passwordEncoder);
        this.verified = verified;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        UserDetails known = verified.find(username, password);
        if (known != null) {
            if (attempts.isLocked(username, UserAccounts.currentAddress())) {
                throw new LockedException("User account is locked");
            }
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                    known, null, known.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        Authentication result = accounts.authenticate(authentication);
        verified.remember((UserDetails) result.getPrincipal(), password);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
