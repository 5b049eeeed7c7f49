package nl.partnerkaart.explore;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what a person types into a full-text query: every word must match the start of a word (so
 * suggestions appear while typing), and Lucene's operators in the input are taken literally.
 */
final class LuceneQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {
    }

    /**
     * Every word must match; nodes where every word matches in the name score higher. The index's answer is
     * cut to its top hits (a short prefix matches tens of thousands of nodes on a large graph), and the boost
     * keeps the likely names among them.
     */
    static String prefixOfEveryWord(String text) {
        List<String> words = Arrays.stream(text.split("[\\s,;]+"))
                .map(LuceneQuery::escape)
                .filter(word -> !word.isEmpty())
                .map(word -> "(" + word + " OR " + folded(word) + "*)")
                .toList();
        if (words.isEmpty()) {
            return "";
        }
        return words.stream().map(word -> "+" + word).collect(Collectors.joining(" "))
                + " name:(" + String.join(" AND ", words) + ")^4";
    }

    /** Wildcard terms skip the index's analyzer, so the prefix is folded here as the index folds words. */
    private static String folded(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String escape(String word) {
        StringBuilder escaped = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        // Lowercase so that AND/OR/NOT typed by a person are words, not operators.
        return escaped.toString().toLowerCase();
    }
}
