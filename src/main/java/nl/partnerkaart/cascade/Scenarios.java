package nl.partnerkaart.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import nl.partnerkaart.cascade.CascadeAnswer.AffectedAsset;
import nl.partnerkaart.cascade.CascadeAnswer.AffectedProcess;
import nl.partnerkaart.cascade.CascadeAnswer.AffectedRegion;
import nl.partnerkaart.cascade.CascadeAnswer.InvolvedPartner;
import nl.partnerkaart.cascade.CascadeAnswer.PersonRef;
import nl.partnerkaart.cascade.Scenario.Call;
import nl.partnerkaart.cascade.Scenario.HourHits;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Reads a cascade as the answer to an outage scenario: hits per hour, the call list of the home regions, the gaps. */
final class Scenarios {

    private Scenarios() {
    }

    static Scenario of(TransactionContext tx, Consequences.Places places, OutageAreas.Setting setting, CascadeQuery query) {
        Outage outage = query.outage();
        Double recovered = outage.duration() != null && outage.duration() <= query.hours() ? outage.duration() : null;
        List<String> home = homeRegions(places, setting);
        List<Call> calls = calls(tx, places, home, query.asOf());
        return new Scenario(setting.area(), outage.incidentType(), setting.failing(), outage.duration(), recovered,
                timeline(places), home, calls, calls.stream().filter(c -> !c.activeCovenant()).toList());
    }

    /** The area's regions (a municipality's region too); without an area, the regions the failing assets are in. */
    private static List<String> homeRegions(Consequences.Places places, OutageAreas.Setting setting) {
        Set<String> home = new LinkedHashSet<>();
        setting.area().stream().map(OutageAreas.Place::region).filter(r -> r != null).forEach(home::add);
        if (setting.area().isEmpty()) {
            Set<String> startIds = new LinkedHashSet<>();
            setting.starts().forEach(s -> startIds.add(s.id()));
            Map<String, String> regionOf = new HashMap<>();
            places.municipalities().forEach(m -> regionOf.put(m.id(), m.region()));
            places.assets().stream().filter(a -> startIds.contains(a.id())).flatMap(a -> a.municipalities().stream())
                    .map(regionOf::get).filter(r -> r != null).forEach(home::add);
        }
        return List.copyOf(home);
    }

    private static List<HourHits> timeline(Consequences.Places places) {
        Map<Double, List<List<String>>> byHour = new TreeMap<>();
        Function<Double, List<List<String>>> at = hour -> byHour.computeIfAbsent(hour,
                h -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        for (AffectedProcess p : places.processes()) {
            at.apply(p.hour()).get(0).add(p.id());
        }
        for (AffectedAsset a : places.assets()) {
            at.apply(a.hour()).get(1).add(a.id());
        }
        for (AffectedRegion r : places.regions()) {
            at.apply(r.hour()).get(2).add(r.id());
        }
        for (InvolvedPartner p : places.partners()) {
            at.apply(p.hour()).get(3).add(p.id());
        }
        return byHour.entrySet().stream().map(e -> new HourHits(e.getKey(), List.copyOf(e.getValue().get(0)),
                List.copyOf(e.getValue().get(1)), List.copyOf(e.getValue().get(2)), List.copyOf(e.getValue().get(3))))
                .toList();
    }

    /**
     * The involved partners a region must call: those that serve it, and those that operate a hit asset located in it
     * (an operator may be missing from the region's service area in the data, but its asset there is down).
     */
    static Set<String> toCall(Consequences.Places places, String region) {
        Set<String> ids = new LinkedHashSet<>();
        places.regions().stream().filter(r -> r.id().equals(region))
                .forEach(r -> r.partners().forEach(p -> ids.add(p.partner())));
        Set<String> inRegion = new HashSet<>();
        places.municipalities().stream().filter(m -> region.equals(m.region())).forEach(m -> inRegion.add(m.id()));
        Set<String> assetsHere = new HashSet<>();
        places.assets().stream().filter(a -> a.municipalities().stream().anyMatch(inRegion::contains))
                .forEach(a -> assetsHere.add(a.id()));
        places.partners().stream().filter(p -> p.operates().stream().anyMatch(assetsHere::contains))
                .forEach(p -> ids.add(p.id()));
        return ids;
    }

    /** Per home region, the partners it must call with what binds them (as the briefing alerts them), earliest first. */
    private static List<Call> calls(TransactionContext tx, Consequences.Places places, List<String> home, LocalDate asOf) {
        Map<String, Double> hourOf = new HashMap<>();
        places.partners().forEach(p -> hourOf.put(p.id(), p.hour()));
        List<Call> calls = new ArrayList<>();
        for (String region : home) {
            List<String> partners = List.copyOf(toCall(places, region));
            if (partners.isEmpty()) {
                continue;
            }
            tx.run(BriefingQueries.PARTNERS, Map.of("region", region, "partners", partners, "asOf", asOf))
                    .forEachRemaining(row -> calls.add(call(row, region, hourOf)));
        }
        calls.sort(Comparator.comparingDouble(Call::hour).thenComparing(Call::region)
                .thenComparing(c -> c.name() == null ? "" : c.name()));
        return List.copyOf(calls);
    }

    private static Call call(org.neo4j.driver.Record row, String region, Map<String, Double> hourOf) {
        Value p = row.get("partner");
        String id = p.get("id").asString();
        List<Scenario.Covenant> covenants = row.get("covenants").asList(c -> new Scenario.Covenant(c.get("id").asString(),
                c.get("name").asString(null), c.get("kind").asString(null), c.get("validUntil").asString(null),
                c.get("origin").asString(null)));
        return new Call(region, id, p.get("name").asString(null), p.get("category").asString(null),
                hourOf.getOrDefault(id, 0.0), !covenants.isEmpty(), covenants, persons(row.get("accountHolders")),
                persons(row.get("contacts")), p.get("origin").asString(null));
    }

    private static List<PersonRef> persons(Value list) {
        return list.asList(v -> new PersonRef(v.get("id").asString(), v.get("name").asString(null),
                v.get("function").asString(null), v.get("origin").asString(null)));
    }
}
