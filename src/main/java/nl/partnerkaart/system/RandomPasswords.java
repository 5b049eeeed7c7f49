package nl.partnerkaart.system;

import java.security.SecureRandom;

/** Passwords generated for a first start: long, random, and free of look-alike characters. */
public final class RandomPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
