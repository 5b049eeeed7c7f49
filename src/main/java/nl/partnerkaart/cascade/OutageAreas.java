package nl.partnerkaart.cascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Turns an outage scenario into the elements that fail at hour 0. Without an area, the given starts and the
 * processes the incident type disrupts fail as a whole. With an area, a process fails there through the assets
 * located in the area that support it (the concrete, local model; process-level dependencies are national and are
 * not applied to a regional outage); asset starts are their own place and fail as given.
 */
final class OutageAreas {

    /** A region or municipality of the area; {@code region} is the region a municipality is part of. */
    record Place(String id, String name, String kind, String region) {
    }

    /** What fails at hour 0, the area it fails in, and the processes that fail (in the area, or as a whole). */
    record Setting(List<Element> starts, List<Place> area, List<String> failing) {
    }

    private OutageAreas() {
    }

    static Setting resolve(TransactionContext tx, List<Element> named, Outage outage) {
        Map<String, Element> processes = new LinkedHashMap<>();
        named.stream().filter(e -> e.level() == Element.Level.PROCESS).forEach(e -> processes.put(e.id(), e));
        if (outage.incidentType() != null) {
            disrupted(tx, outage.incidentType()).forEach(e -> processes.putIfAbsent(e.id(), e));
        }
        List<String> failing = List.copyOf(processes.keySet());
        if (!outage.hasArea()) {
            Map<String, Element> starts = new LinkedHashMap<>();
            named.forEach(e -> starts.put(e.id(), e));
            processes.forEach(starts::putIfAbsent);
            return new Setting(List.copyOf(starts.values()), List.of(), failing);
        }
        List<Place> area = area(tx, outage);
        List<Element> starts = new ArrayList<>(named.stream().filter(e -> e.level() == Element.Level.ASSET).toList());
        tx.run(ScenarioQueries.ASSETS_IN_AREA, Map.of("regions", outage.regions(),
                "municipalities", outage.municipalities(), "processes", failing)).forEachRemaining(row ->
                starts.add(new Element(row.get("id").asString(), Element.Level.ASSET, row.get("name").asString(null))));
        if (starts.isEmpty()) {
            throw new InvalidInputException(outage.areaField(),
                    Message.of("cascade.nothingFails", names(area), String.join(", ", failing)));
        }
        return new Setting(List.copyOf(new LinkedHashSet<>(starts)), area, failing);
    }

    private static List<Element> disrupted(TransactionContext tx, String incidentType) {
        Record row = tx.run(ScenarioQueries.INCIDENT_TYPE, Map.of("incidentType", incidentType)).single();
        if (!row.get("found").asBoolean()) {
            throw new InvalidInputException("incidentType", Message.of("briefing.noIncidentType", incidentType));
        }
        List<Element> processes = row.get("disrupted").asList(v -> new Element(v.get("id").asString(),
                Element.Level.PROCESS, v.get("name").asString(null)));
        if (processes.isEmpty()) {
            throw new InvalidInputException("incidentType", Message.of("cascade.disruptsNothing", incidentType));
        }
        return processes;
    }

    /** The regions and municipalities asked, each checked to be of the kind its parameter names. */
    private static List<Place> area(TransactionContext tx, Outage outage) {
        List<String> ids = new ArrayList<>(outage.regions());
        ids.addAll(outage.municipalities());
        Map<String, Record> rows = new LinkedHashMap<>();
        tx.run(ScenarioQueries.AREA, Map.of("ids", ids)).forEachRemaining(row -> rows.put(row.get("id").asString(), row));
        List<Place> area = new ArrayList<>();
        for (String id : outage.regions()) {
            String name = rows.get(id).get("regionName").asString(null);
            if (name == null) {
                throw new InvalidInputException("region", Message.of("region.notFound", id));
            }
            area.add(new Place(id, name, "region", id));
        }
        for (String id : outage.municipalities()) {
            Record row = rows.get(id);
            String name = row.get("municipalityName").asString(null);
            if (name == null) {
                throw new InvalidInputException("municipality", Message.of("cascade.noMunicipality", id));
            }
            area.add(new Place(id, name, "municipality", row.get("municipalityRegion").asString(null)));
        }
        return area;
    }

    private static String names(List<Place> area) {
        return String.join(", ", area.stream().map(Place::name).toList());
    }
}
