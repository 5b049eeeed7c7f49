package nl.partnerkaart.security;

import java.util.ArrayList;
import java.util.List;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.stereotype.Component;

/**
 * A new password must be long (see {@link UserAdminController#MINIMUM_PASSWORD_LENGTH}) and hard to guess:
 * zxcvbn estimates the guesses needed against its lists of common passwords, names and words, keyboard patterns,
 * dates and repeats, and against the account's own name and the Dutch words people here would reach for first.
 */
@Component
class PasswordPolicy {

    /**
     * Ten times zxcvbn's "safely unguessable" (10^8 guesses), which lets through the likes of "Welkom2024!!": its
     * lists are English, the passwords of people here are often Dutch.
     */
    static final double MINIMUM_GUESSES_LOG10 = 9;
    static final String TOO_GUESSABLE = "password.tooGuessable";
    private static final List<String> LOCAL_WORDS = List.of("partnerkaart", "wachtwoord", "welkom", "geheim",
            "veiligheid", "veiligheidsregio", "brandweer", "politie", "ambulance", "gemeente", "crisis", "zomer",
            "winter", "lente", "herfst", "maandag", "nederland", "amsterdam", "rotterdam", "utrecht");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Refuses (400, with the field and code {@value #TOO_GUESSABLE}) a password that is easy to guess. */
    void requireStrong(String field, String password, String username) {
        List<String> context = new ArrayList<>(LOCAL_WORDS);
        context.add(username);
        Strength strength = zxcvbn.measure(password, context);
        if (strength.getGuessesLog10() < MINIMUM_GUESSES_LOG10) {
            throw new InvalidInputException(field, Message.of(TOO_GUESSABLE));
        }
    }
}
