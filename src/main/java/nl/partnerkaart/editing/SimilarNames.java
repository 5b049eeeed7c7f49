package nl.partnerkaart.editing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.partnerkaart.model.FieldLimits;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
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

    /**
     * Partners other than {@code id} with a name that looks like {@code name}: id and name of each, at most
     * {@value #MAX_SHOWN}. The work per partner is bounded: names are at most {@link FieldLimits#NAME} characters
     * (a longer one is never compared), and the edit distance is computed only where the lengths allow a match,
     * in a band around the diagonal that stops as soon as the distance is too large.
     */
    static List<Map<String, String>> partners(Transaction tx, String id, String name) {
        List<Map<String, String>> similar = new ArrayList<>();
        if (name == null || name.length() > FieldLimits.NAME) {
            return similar;
        }
        String wanted = normalise(name);
        if (wanted.isEmpty()) {
            return similar;
        }
        Result partners = tx.run("MATCH (p:Partner) WHERE p.id <> $id RETURN p.id AS id, p.name AS name",
                Map.of("id", id));
        while (partners.hasNext() && similar.size() < MAX_SHOWN) {
            Record partner = partners.next();
            String other = partner.get("name").asString("");
            if (other.length() <= FieldLimits.NAME && alike(wanted, normalise(other))) {
                similar.add(Map.of("id", partner.get("id").asString(), "name", other));
            }
        }
        partners.consume();
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

    static boolean alike(String a, String b) {
        if (b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        return shorter >= 8 && (a.contains(b) || b.contains(a))
                || shorter >= 6 && withinDistance(a, b, shorter >= 15 ? 2 : 1);
    }

    /**
     * Whether the Levenshtein distance of a and b is at most {@code max}: only cells within {@code max} of the
     * diagonal can stay within it, and once a whole row exceeds it the answer is no. O(max × length).
     */
    static boolean withinDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int outside = max + 1;
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = Math.min(j, outside);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(b.length(), i + max);
            row[0] = Math.min(i, outside);
            if (from > 1) {
                row[from - 1] = outside;
            }
            int best = row[0] <= max && from == 1 ? row[0] : outside;
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(outside, Math.min(substitution, Math.min(previous[j] + 1, row[j - 1] + 1)));
                best = Math.min(best, row[j]);
            }
            if (to < b.length()) {
                row[to + 1] = outside;
            }
            if (best > max) {
                return false;
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()] <= max;
    }
}
