package nl.partnerkaart.editing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Transaction;

/**
 * Finds partners whose name looks like a new one ("Vitens N.V." and "vitens", "GGD Hollands-Midden" and
 * "GGD Hollands Midden"), so a user does not create a second node for the same organisation by accident.
 */
final class SimilarNames {

    private static final Set<String> LEGAL_WORDS = Set.of("bv", "b", "v", "nv", "n", "stichting", "vereniging",
            "de", "het", "the", "en");
    private static final int MAX_SHOWN = 5;

    private SimilarNames() {
    }

    /** Partners other than {@code id} with a name that looks like {@code name}: id and name of each. */
    static List<Map<String, String>> partners(Transaction tx, String id, String name) {
        String wanted = normalise(name);
        List<Map<String, String>> similar = new ArrayList<>();
        if (wanted.isEmpty()) {
            return similar;
        }
        tx.run("MATCH (p:Partner) WHERE p.id <> $id RETURN p.id AS id, p.name AS name", Map.of("id", id))
                .forEachRemaining(r -> {
                    String other = r.get("name").asString("");
                    if (similar.size() < MAX_SHOWN && alike(wanted, normalise(other))) {
                        similar.add(Map.of("id", r.get("id").asString(), "name", other));
                    }
                });
        return similar;
    }

    static String normalise(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !LEGAL_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private static boolean alike(String a, String b) {
        if (b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        return shorter >= 8 && (a.contains(b) || b.contains(a))
                || shorter >= 6 && distance(a, b) <= (shorter >= 15 ? 2 : 1);
    }

    /** Levenshtein distance, two rows. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitution, Math.min(previous[j] + 1, row[j - 1] + 1));
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
