package nl.partnerkaart.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.neo4j.driver.Driver;

/** Random but repeatable inputs for the benchmark and the load: ids of partners, assets, regions, search terms. */
record Samples(List<String> partners, List<String> assets, List<String> regions, List<String> terms) {

    static Samples read(Driver driver, int size) {
        Random random = new Random(42);
        try (var session = driver.session()) {
            List<String> partners = pick(random, ids(session, "MATCH (n:Partner) RETURN n.id ORDER BY n.id"), size);
            List<String> assets = pick(random, ids(session, "MATCH (n:Asset) RETURN n.id ORDER BY n.id"), size);
            List<String> regions = pick(random, ids(session, "MATCH (n:SafetyRegion) RETURN n.id ORDER BY n.id"), size);
            List<String> names = pick(random, ids(session, "MATCH (n:Partner|Municipality|Asset|Covenant) "
                    + "RETURN n.name ORDER BY n.id"), size * 4);
            List<String> terms = new ArrayList<>();
            for (String name : names) {
                for (String word : name.split("[^A-Za-z]+")) {
                    if (word.length() >= 4 && terms.size() < size) {
                        // What a person has typed so far: the start of a word of a name.
                        terms.add(word.substring(0, 3 + random.nextInt(Math.min(4, word.length() - 2))).toLowerCase());
                        break;
                    }
                }
            }
            return new Samples(partners, assets, regions, terms);
        }
    }

    private static List<String> ids(org.neo4j.driver.Session session, String query) {
        return session.run(query).list(r -> r.get(0).asString());
    }

    private static List<String> pick(Random random, List<String> from, int size) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }

    String partner(int i) {
        return partners.get(i % partners.size());
    }

    String asset(int i) {
        return assets.get(i % assets.size());
    }

    String region(int i) {
        return regions.get(i % regions.size());
    }

    String term(int i) {
        return terms.get(i % terms.size());
    }
}
