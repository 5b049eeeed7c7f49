package nl.partnerkaart.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in: the account and bcrypt check of {@link DaoAuthenticationProvider}, skipped while the same
 * credentials were verified within the last minute ({@link VerifiedCredentials}). A sign-in that must wait
 * ({@link SignInThrottle}) is refused before either, so a guesser learns nothing and costs no bcrypt check. A user
 * name longer than any account's is refused before anything else, so it never becomes a key of the throttle's maps.
 */
@Component
class CachingAuthenticationProvider implements AuthenticationProvider {

    /** Far longer than any account's name (at most 40, or an identity provider's e-mail address). */
    static final int MAX_USERNAME_LENGTH = 200;

    private final DaoAuthenticationProvider accounts;
    private final VerifiedCredentials verified;
    private final SignInThrottle throttle;
    private final SignInEvents events;

    CachingAuthenticationProvider(UserAccounts userAccounts, PasswordEncoder passwordEncoder,
                                  VerifiedCredentials verified, SignInThrottle throttle, SignInEvents events) {
        this.accounts = new DaoAuthenticationProvider(userAccounts::userDetails);
        this.accounts.setPasswordEncoder(passwordEncoder);
        // Told apart here only to count failures for unknown users apart from real accounts; callers still
        // get the same "Bad credentials" for both.
        this.accounts.setHideUserNotFoundExceptions(false);
        this.verified = verified;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (username.length() > MAX_USERNAME_LENGTH) {
            throw new BadCredentialsException("Bad credentials");
        }
        String address = SignInEvents.address(authentication);
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            SignInThrottledException throttled = new SignInThrottledException(wait);
            events.throttled(username, address, throttled);
            throw throttled;
        }
        String password = String.valueOf(authentication.getCredentials());
        UserDetails known = verified.find(username, password);
        if (known != null) {
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                    known, null, known.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        Authentication result;
        try {
            result = accounts.authenticate(authentication);
        } catch (UsernameNotFoundException e) {
            throttle.failed(username, address, false);
            throw new BadCredentialsException("Bad credentials");
        } catch (BadCredentialsException e) {
            throttle.failed(username, address, true);
            throw e;
        }
        throttle.succeeded(username, address);
        verified.remember((UserDetails) result.getPrincipal(), password);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
