package nl.partnerkaart.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import nl.partnerkaart.generator.ReferenceData.Municipality;
import nl.partnerkaart.model.Enumerations;

/**
 * Generates the illustrative part of the graph model around the shipped reference data: partners with their
 * service areas, networks, assets with dependency chains, covenants with parties and action lists, exercises,
 * persons and partner profiles. Every kind draws from its own random stream of the seed, so a kind's rows do
 * not depend on how the others are written. Generated names end in "(fictief)" or "(voorbeeld)" as the
 * shipped illustrative data does.
 */
final class SyntheticGraph {

    private static final String REGION = "SafetyRegion";
    private static final String PARTNER = "Partner";
    private static final String ASSET = "Asset";
    private static final String COVENANT = "Covenant";
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 23);

    /** A Dutch word for a partner category, for generated names. */
    private static final Map<String, String> CATEGORY_WORDS = Map.ofEntries(
            Map.entry("police", "Politieteam"), Map.entry("fire-service", "Brandweerpost"),
            Map.entry("ambulance", "Ambulancepost"), Map.entry("drinking-water", "Waterbedrijf"),
            Map.entry("grid-operator", "Netbeheer"), Map.entry("energy-company", "Energie"),
            Map.entry("telecom", "Telecom"), Map.entry("water-board", "Waterschap"),
            Map.entry("rijkswaterstaat", "Rijkswaterstaat district"), Map.entry("rail", "Spoorknoop"),
            Map.entry("transport", "Vervoer"), Map.entry("defence", "Defensie-eenheid"),
            Map.entry("environment-service", "Omgevingsdienst"), Map.entry("ggd", "GGD-post"),
            Map.entry("acute-care-network", "Acute zorg"), Map.entry("hospital", "Ziekenhuis"),
            Map.entry("care-institution", "Zorggroep"), Map.entry("relief-organisation", "Hulpverlening"),
            Map.entry("coast-guard", "Reddingsstation"), Map.entry("public-prosecution", "Parket"),
            Map.entry("province", "Provinciaal bureau"), Map.entry("municipality", "Gemeentebedrijf"),
            Map.entry("national-government", "Rijksdienst"), Map.entry("consultative-body", "Overleg"),
            Map.entry("company", "Bedrijf"), Map.entry("education", "Scholengroep"),
            Map.entry("housing", "Woonstichting"), Map.entry("other", "Stichting"));

    private static final List<String> FIRST_NAMES = List.of("Anna", "Bram", "Daan", "Emma", "Fatima", "Fleur",
            "Jan", "Julia", "Kees", "Lotte", "Mohamed", "Noor", "Pieter", "Sanne", "Thijs", "Yara");
    private static final List<String> LAST_NAMES = List.of("Bakker", "de Boer", "Dekker", "van Dijk", "Jansen",
            "de Jong", "Kok", "Mulder", "Peters", "Smit", "Visser", "de Vries", "Willems", "Yilmaz");
    private static final List<String> FUNCTIONS = List.of("Accounthouder vitale partners", "Adviseur crisisbeheersing",
            "Crisiscoördinator", "Contactpersoon continuïteit", "Officier van dienst");

    private final ReferenceData reference;
    private final Proportions counts;
    private final long seed;
    private final BatchWriter out;

    private final List<String> categories = sorted(Enumerations.PARTNER_CATEGORIES);
    private final int[] partnerHome;
    private final String[] partnerNames;
    private final int[][] covenantParties;

    SyntheticGraph(ReferenceData reference, Proportions counts, long seed, BatchWriter out) {
        this.reference = reference;
        this.counts = counts;
        this.seed = seed;
        this.out = out;
        this.partnerHome = new int[counts.partners()];
        this.partnerNames = new String[counts.partners()];
        this.covenantParties = new int[counts.covenants()][];
    }

    void write() {
        partners(random(1));
        networks(random(2));
        assets(random(3));
        covenants(random(4));
        actionItems(random(5));
        exercises(random(6));
        persons(random(7));
        profiles(random(8));
        out.flush();
    }

    private SplittableRandom random(int kind) {
        return new SplittableRandom(seed * 1_000_003L + kind);
    }

    static String partnerId(int i) {
        return String.format("P-G%06d", i);
    }

    private void partners(SplittableRandom rnd) {
        List<String> scopes = List.of("national", "regional", "local");
        for (int i = 0; i < counts.partners(); i++) {
            Municipality place = pick(rnd, reference.municipalities());
            String category = rnd.nextInt(10) < 4 ? "company" : pick(rnd, categories);
            int roll = rnd.nextInt(100);
            String scope = scopes.get(roll < 2 ? 0 : roll < 30 ? 1 : 2);
            String id = partnerId(i);
            partnerHome[i] = place.region();
            partnerNames[i] = CATEGORY_WORDS.get(category) + " " + place.name() + " " + (i + 1) + " (fictief)";
            out.node(PARTNER, Map.of("id", id, "name", partnerNames[i], "category", category, "scope", scope,
                    "origin", "illustrative"));
            for (int region : servedRegions(rnd, scope, place.region())) {
                boolean partial = scope.equals("local") && rnd.nextBoolean();
                out.relationship(PARTNER, "SERVES", REGION, id, regionId(region),
                        Map.of("partial", partial, "origin", "illustrative"));
            }
            for (String sector : distinct(rnd, reference.sectors(), 1 + rnd.nextInt(2))) {
                out.relationship(PARTNER, "ACTIVE_IN", "Sector", id, sector);
            }
            if (rnd.nextInt(10) < 3) {
                for (String process : distinct(rnd, reference.vitalProcesses(), 1 + rnd.nextInt(2))) {
                    out.relationship(PARTNER, "PROVIDES", "VitalProcess", id, process);
                }
            }
        }
    }

    /** National partners serve every region, regional ones their home region and up to two neighbours by number. */
    private List<Integer> servedRegions(SplittableRandom rnd, String scope, int home) {
        int regions = reference.regions().size();
        int served = switch (scope) {
            case "national" -> regions;
            case "regional" -> 1 + rnd.nextInt(3);
            default -> 1;
        };
        List<Integer> result = new ArrayList<>();
        for (int k = 0; k < served; k++) {
            result.add((home + k) % regions);
        }
        return result;
    }

    private void networks(SplittableRandom rnd) {
        for (int i = 0; i < counts.networks(); i++) {
            String id = String.format("NW-G%05d", i);
            String sector = pick(rnd, reference.sectors());
            out.node("Network", Map.of("id", id, "name", "Netwerk " + sector + " " + (i + 1) + " (fictief)",
                    "origin", "illustrative"));
            out.relationship("Network", "FOCUSES_ON", "Sector", id, sector);
            out.relationship(REGION, "MEMBER_OF", "Network", regionId(rnd.nextInt(reference.regions().size())), id,
                    Map.of("host", true, "origin", "illustrative"));
            int members = 20 + rnd.nextInt(81);
            for (int partner : distinctInts(rnd, counts.partners(), members)) {
                out.relationship(PARTNER, "MEMBER_OF", "Network", partnerId(partner), id,
                        Map.of("host", false, "origin", "illustrative"));
            }
        }
    }

    /** Each asset depends on a few assets generated shortly before it: chains and trees, no cycles. */
    private void assets(SplittableRandom rnd) {
        List<String> kinds = sorted(Enumerations.ASSET_KINDS);
        List<Double> hours = List.of(0.0, 0.0, 2.0, 4.0, 8.0, 12.0, 24.0, 48.0);
        for (int i = 0; i < counts.assets(); i++) {
            String id = String.format("AS-G%07d", i);
            Municipality place = pick(rnd, reference.municipalities());
            ReferenceData.Region region = reference.regions().get(place.region());
            String kind = pick(rnd, kinds);
            out.node(ASSET, Map.of("id", id, "name", kind + " " + place.name() + " " + (i + 1) + " (voorbeeld)",
                    "kind", kind, "lat", region.lat() + (rnd.nextDouble() - 0.5) * 0.2,
                    "lon", region.lon() + (rnd.nextDouble() - 0.5) * 0.2, "origin", "illustrative"));
            out.relationship(PARTNER, "OPERATES", ASSET, partnerId(rnd.nextInt(counts.partners())), id);
            out.relationship(ASSET, "SUPPORTS", "VitalProcess", id, pick(rnd, reference.vitalProcesses()));
            out.relationship(ASSET, "LOCATED_IN", "Municipality", id, place.id());
            int window = Math.min(i, 1000);
            for (int earlier : distinctInts(rnd, window, Math.min(window, 2 + rnd.nextInt(8)))) {
                out.relationship(ASSET, "DEPENDS_ON", ASSET, id, String.format("AS-G%07d", i - 1 - earlier),
                        Map.of("timeToImpactHours", pick(rnd, hours), "origin", "illustrative"));
            }
        }
    }

    private void covenants(SplittableRandom rnd) {
        List<String> kinds = sorted(Enumerations.COVENANT_KINDS);
        List<String> phases = sorted(Enumerations.PHASES);
        for (int i = 0; i < counts.covenants(); i++) {
            String id = covenantId(i);
            int roll = rnd.nextInt(100);
            String status = roll < 84 ? "active" : roll < 93 ? "draft" : roll < 98 ? "expired" : "terminated";
            LocalDate signed = REFERENCE_DATE.minusDays(30 + rnd.nextInt(3650));
            Map<String, Object> properties = new HashMap<>(Map.of("id", id, "kind", pick(rnd, kinds),
                    "status", status, "signedOn", signed, "validFrom", signed.plusDays(rnd.nextInt(60)),
                    "reviewCycleMonths", 12 * (1 + rnd.nextInt(4)), "phases", distinct(rnd, phases, 1 + rnd.nextInt(5)),
                    "origin", "illustrative"));
            if (!status.equals("active") && !status.equals("draft")) {
                properties.put("validUntil", REFERENCE_DATE.minusDays(1 + rnd.nextInt(700)));
            }
            int lead = rnd.nextInt(counts.partners());
            properties.put("name", "Convenant " + partnerNames[lead] + " " + (i + 1));
            out.node(COVENANT, properties);
            coverage(rnd, id);
            parties(rnd, i, lead);
        }
    }

    private void coverage(SplittableRandom rnd, String covenant) {
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            switch (rnd.nextInt(3)) {
                case 0 -> out.relationship(COVENANT, "COVERS", "Sector", covenant, pick(rnd, reference.sectors()));
                case 1 -> out.relationship(COVENANT, "COVERS", "VitalProcess", covenant,
                        pick(rnd, reference.vitalProcesses()));
                default -> out.relationship(COVENANT, "COVERS", "IncidentType", covenant,
                        pick(rnd, reference.incidentTypes()).id());
            }
        }
    }

    /** One or two regions (the lead partner's first) and four to eleven partners; parties kept for action items. */
    private void parties(SplittableRandom rnd, int covenant, int lead) {
        String id = covenantId(covenant);
        int regions = reference.regions().size();
        int home = partnerHome[lead];
        List<Integer> regionParties = rnd.nextInt(4) == 0 ? List.of(home, (home + 1) % regions) : List.of(home);
        for (int region : regionParties) {
            out.relationship(REGION, "PARTY_TO", COVENANT, regionId(region), id,
                    Map.of("role", "region", "signatory", true, "origin", "illustrative"));
        }
        Set<Integer> partners = new LinkedHashSet<>(List.of(lead));
        partners.addAll(distinctInts(rnd, counts.partners(), Math.min(counts.partners(), 3 + rnd.nextInt(8))));
        for (int partner : partners) {
            out.relationship(PARTNER, "PARTY_TO", COVENANT, partnerId(partner), id,
                    Map.of("role", "partner", "signatory", rnd.nextInt(10) > 0, "origin", "illustrative"));
        }
        // Negative numbers stand for regions, so an action item can be assigned to either kind of party.
        covenantParties[covenant] = java.util.stream.Stream.concat(regionParties.stream().map(r -> -1 - r),
                partners.stream()).mapToInt(Integer::intValue).toArray();
    }

    private void actionItems(SplittableRandom rnd) {
        List<String> themes = sorted(Enumerations.ACTION_THEMES);
        for (int i = 0; i < counts.actionItems(); i++) {
            int covenant = i % counts.covenants();
            String id = String.format("AI-G%07d", i);
            LocalDate due = REFERENCE_DATE.plusDays(rnd.nextInt(1100) - 730);
            int roll = rnd.nextInt(100);
            String status = roll < 45 ? "done" : roll < 70 ? "open" : roll < 95 ? "in-progress" : "cancelled";
            String theme = pick(rnd, themes);
            Map<String, Object> properties = new HashMap<>(Map.of("id", id, "name", "Actie " + theme + " " + (i + 1),
                    "theme", theme, "status", status, "dueOn", due, "origin", "illustrative"));
            if (status.equals("done")) {
                properties.put("doneOn", due.minusDays(rnd.nextInt(60)));
            }
            out.node("ActionItem", properties);
            out.relationship("ActionItem", "PART_OF", COVENANT, id, covenantId(covenant));
            int[] parties = covenantParties[covenant];
            int assigned = parties[rnd.nextInt(parties.length)];
            if (assigned < 0) {
                out.relationship("ActionItem", "ASSIGNED_TO", REGION, id, regionId(-1 - assigned));
            } else {
                out.relationship("ActionItem", "ASSIGNED_TO", PARTNER, id, partnerId(assigned));
            }
        }
    }

    private void exercises(SplittableRandom rnd) {
        List<String> levels = sorted(Enumerations.EXERCISE_LEVELS);
        for (int i = 0; i < counts.exercises(); i++) {
            String id = String.format("EX-G%06d", i);
            ReferenceData.Named scenario = pick(rnd, reference.incidentTypes());
            int region = rnd.nextInt(reference.regions().size());
            out.node("Exercise", Map.of("id", id, "name", "Oefening " + scenario.name() + " " + (i + 1) + " (fictief)",
                    "heldOn", REFERENCE_DATE.minusDays(rnd.nextInt(2900)), "level", pick(rnd, levels),
                    "origin", "illustrative"));
            out.relationship("Exercise", "SCENARIO", "IncidentType", id, scenario.id());
            out.relationship(REGION, "PARTICIPATED_IN", "Exercise", regionId(region), id);
            for (int partner : distinctInts(rnd, counts.partners(), Math.min(counts.partners(), 3 + rnd.nextInt(18)))) {
                out.relationship(PARTNER, "PARTICIPATED_IN", "Exercise", partnerId(partner), id);
            }
        }
    }

    /** A third of the persons work for a region and hold accounts for partners; the others work for a partner. */
    private void persons(SplittableRandom rnd) {
        for (int i = 0; i < counts.persons(); i++) {
            String id = String.format("PER-G%06d", i);
            out.node("Person", Map.of("id", id, "name", pick(rnd, FIRST_NAMES) + " " + pick(rnd, LAST_NAMES),
                    "function", pick(rnd, FUNCTIONS), "origin", "illustrative"));
            if (rnd.nextInt(3) == 0) {
                out.relationship("Person", "WORKS_FOR", REGION, id, regionId(rnd.nextInt(reference.regions().size())));
                for (int partner : distinctInts(rnd, counts.partners(), Math.min(counts.partners(), 4 + rnd.nextInt(12)))) {
                    out.relationship("Person", "ACCOUNT_HOLDER_FOR", PARTNER, id, partnerId(partner));
                }
            } else {
                out.relationship("Person", "WORKS_FOR", PARTNER, id, partnerId(rnd.nextInt(counts.partners())));
            }
        }
    }

    private void profiles(SplittableRandom rnd) {
        List<String> roles = sorted(Enumerations.PROFILE_ROLES);
        List<String> phases = sorted(Enumerations.PHASES);
        for (int i = 0; i < counts.profiles(); i++) {
            String id = String.format("PP-G%06d", i);
            int partner = rnd.nextInt(counts.partners());
            ReferenceData.Named incident = pick(rnd, reference.incidentTypes());
            out.node("PartnerProfile", Map.of("id", id, "name", partnerNames[partner] + " – " + incident.name(),
                    "role", pick(rnd, roles), "phases", distinct(rnd, phases, 1 + rnd.nextInt(5)),
                    "origin", "illustrative"));
            out.relationship("PartnerProfile", "OF_PARTNER", PARTNER, id, partnerId(partner));
            out.relationship("PartnerProfile", "FOR_INCIDENT_TYPE", "IncidentType", id, incident.id());
            out.relationship("PartnerProfile", "IN_REGION", REGION, id, regionId(partnerHome[partner]));
        }
    }

    private static String covenantId(int i) {
        return String.format("COV-G%06d", i);
    }

    private String regionId(int index) {
        return reference.regions().get(index).id();
    }

    private static <T> T pick(SplittableRandom rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    /** {@code n} different values, in the order drawn. */
    private static <T> List<T> distinct(SplittableRandom rnd, List<T> values, int n) {
        return distinctInts(rnd, values.size(), Math.min(n, values.size())).stream().map(values::get).toList();
    }

    /** {@code n} different numbers below {@code bound}, in the order drawn. */
    private static List<Integer> distinctInts(SplittableRandom rnd, int bound, int n) {
        Set<Integer> drawn = new LinkedHashSet<>();
        while (drawn.size() < n) {
            drawn.add(rnd.nextInt(bound));
        }
        return new ArrayList<>(drawn);
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
