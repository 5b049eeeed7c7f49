package nl.partnerkaart.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.partnerkaart.cascade.CascadeAnswer.AffectedAsset;
import nl.partnerkaart.cascade.CascadeAnswer.AffectedMunicipality;
import nl.partnerkaart.cascade.CascadeAnswer.AffectedProcess;
import nl.partnerkaart.cascade.CascadeAnswer.AffectedRegion;
import nl.partnerkaart.cascade.CascadeAnswer.CovenantRef;
import nl.partnerkaart.cascade.CascadeAnswer.InvolvedPartner;
import nl.partnerkaart.cascade.CascadeAnswer.PersonRef;
import nl.partnerkaart.cascade.CascadeAnswer.RegionPartner;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Where the hits land and who is involved: municipalities and regions of affected assets, regions served
 * by the providers of processes that fail as a whole, the partners involved, and per region and partner
 * the active covenants and account holders. Hits arrive in time order, so the first sighting of a place
 * or partner is its earliest hour.
 */
final class Consequences {

    record Places(List<AffectedProcess> processes, List<AffectedAsset> assets,
            List<AffectedMunicipality> municipalities, List<AffectedRegion> regions, List<InvolvedPartner> partners) {
    }

    private record Named(String id, String name) {
    }

    private final TransactionContext tx;
    private final List<AffectedProcess> processes = new ArrayList<>();
    private final List<AffectedAsset> assets = new ArrayList<>();
    private final Map<String, AffectedMunicipality> municipalities = new LinkedHashMap<>();
    private final Map<String, Named> regions = new LinkedHashMap<>();
    private final Map<String, Double> regionHours = new HashMap<>();
    private final Map<String, PartnerSighting> partners = new LinkedHashMap<>();

    private static final class PartnerSighting {
        final Map<String, Object> partner;
        final double hour;
        final Set<String> operates = new LinkedHashSet<>();
        final Set<String> provides = new LinkedHashSet<>();

        PartnerSighting(Map<String, Object> partner, double hour) {
            this.partner = partner;
            this.hour = hour;
        }
    }

    Consequences(TransactionContext tx) {
        this.tx = tx;
    }

    Places of(List<Hit> hits, LocalDate today) {
        Map<String, org.neo4j.driver.Record> assetRows = rowsById(ConsequenceQueries.ASSETS, hits, Element.Level.ASSET);
        Map<String, org.neo4j.driver.Record> processRows = rowsById(ConsequenceQueries.PROCESSES, hits, Element.Level.PROCESS);
        for (Hit hit : hits) {
            if (hit.element().level() == Element.Level.ASSET) {
                asset(hit, assetRows.get(hit.element().id()));
            } else {
                process(hit, processRows.get(hit.element().id()));
            }
        }
        List<AffectedRegion> affectedRegions = regionsWithPartners(today);
        List<InvolvedPartner> involved = partners.values().stream().map(s -> new InvolvedPartner(
                (String) s.partner.get("id"), (String) s.partner.get("name"), (String) s.partner.get("category"),
                s.hour, List.copyOf(s.operates), List.copyOf(s.provides), (String) s.partner.get("origin"))).toList();
        return new Places(processes, assets, List.copyOf(municipalities.values()), affectedRegions, involved);
    }

    private void asset(Hit hit, org.neo4j.driver.Record row) {
        List<String> located = new ArrayList<>();
        for (Map<String, Object> place : row.get("places").asList(Value::asMap)) {
            String id = (String) place.get("id");
            located.add(id);
            municipalities.putIfAbsent(id, new AffectedMunicipality(id, (String) place.get("name"),
                    (String) place.get("region"), hit.hour()));
            if (place.get("region") != null) {
                region((String) place.get("region"), (String) place.get("regionName"), hit.hour());
            }
        }
        for (Map<String, Object> partner : row.get("partners").asList(Value::asMap)) {
            sighting(partner, hit.hour()).operates.add(hit.element().id());
        }
        assets.add(new AffectedAsset(hit.element().id(), row.get("name").asString(null), row.get("kind").asString(null),
                hit.hour(), hit.chain(), List.copyOf(located), row.get("origin").asString(null)));
    }

    private void process(Hit hit, org.neo4j.driver.Record row) {
        processes.add(new AffectedProcess(hit.element().id(), row.get("name").asString(null), hit.hour(), hit.local(),
                hit.chain(), row.get("origin").asString(null)));
        if (hit.local()) {
            return; // a local disruption is placed by the asset behind it, not by the process's providers
        }
        for (Map<String, Object> partner : row.get("partners").asList(Value::asMap)) {
            sighting(partner, hit.hour()).provides.add(hit.element().id());
            for (Object served : (List<?>) partner.get("regions")) {
                Map<?, ?> region = (Map<?, ?>) served;
                region((String) region.get("id"), (String) region.get("name"), hit.hour());
            }
        }
    }

    private PartnerSighting sighting(Map<String, Object> partner, double hour) {
        return partners.computeIfAbsent((String) partner.get("id"), id -> new PartnerSighting(partner, hour));
    }

    private void region(String id, String name, double hour) {
        regions.putIfAbsent(id, new Named(id, name));
        regionHours.putIfAbsent(id, hour);
    }

    private List<AffectedRegion> regionsWithPartners(LocalDate today) {
        Map<String, List<RegionPartner>> byRegion = new HashMap<>();
        if (!regions.isEmpty() && !partners.isEmpty()) {
            tx.run(ConsequenceQueries.REGION_PARTNERS, Map.of("partners", List.copyOf(partners.keySet()),
                    "regions", List.copyOf(regions.keySet()), "today", today)).forEachRemaining(row -> {
                        List<CovenantRef> covenants = row.get("covenants").asList(v -> new CovenantRef(
                                v.get("id").asString(), v.get("name").asString(null), v.get("validUntil").asString(null),
                                v.get("origin").asString(null)));
                        List<PersonRef> holders = row.get("accountHolders").asList(v -> new PersonRef(
                                v.get("id").asString(), v.get("name").asString(null), v.get("function").asString(null),
                                v.get("origin").asString(null)));
                        byRegion.computeIfAbsent(row.get("region").asString(), key -> new ArrayList<>())
                                .add(new RegionPartner(row.get("partner").asString(), row.get("name").asString(null),
                                        !covenants.isEmpty(), covenants, holders));
                    });
        }
        return regions.values().stream()
                .map(r -> new AffectedRegion(r.id(), r.name(), regionHours.get(r.id()),
                        byRegion.getOrDefault(r.id(), List.of())))
                .sorted(java.util.Comparator.comparingDouble(AffectedRegion::hour).thenComparing(AffectedRegion::id))
                .toList();
    }

    private Map<String, org.neo4j.driver.Record> rowsById(String query, List<Hit> hits, Element.Level level) {
        List<String> ids = hits.stream().filter(h -> h.element().level() == level).map(h -> h.element().id()).toList();
        Map<String, org.neo4j.driver.Record> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            tx.run(query, Map.of("ids", ids)).forEachRemaining(row -> rows.put(row.get("id").asString(), row));
        }
        return rows;
    }
}
