package nl.partnerkaart.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The banded edit distance answers as the full Levenshtein table would. */
class SimilarNamesTests {

    @Test
    void theBandedDistanceAgreesWithTheFullTable() {
        Random random = new Random(21);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : mutated(a, random);
            for (int max = 0; max <= 3; max++) {
                assertThat(SimilarNames.withinDistance(a, b, max)).as("%s / %s within %d", a, b, max)
                        .isEqualTo(levenshtein(a, b) <= max);
            }
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            word.append((char) ('a' + random.nextInt(3)));
        }
        return word.toString();
    }

    private static String mutated(String a, Random random) {
        StringBuilder b = new StringBuilder(a);
        for (int i = random.nextInt(4); i > 0; i--) {
            int at = b.isEmpty() ? 0 : random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, 'c');
                case 1 -> { if (!b.isEmpty()) b.deleteCharAt(at); }
                default -> { if (!b.isEmpty()) b.setCharAt(at, 'b'); }
            }
        }
        return b.toString();
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
