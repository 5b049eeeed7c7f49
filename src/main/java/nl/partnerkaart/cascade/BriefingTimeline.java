package nl.partnerkaart.cascade;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.partnerkaart.cascade.Briefing.Consequence;
import nl.partnerkaart.cascade.Briefing.Step;
import nl.partnerkaart.cascade.CascadeAnswer.AffectedAsset;
import nl.partnerkaart.cascade.CascadeAnswer.AffectedProcess;
import org.neo4j.driver.TransactionContext;

/**
 * The part of a cascade that concerns one region, hour by hour: processes whose providers serve the
 * region, assets located in it, and local disruptions caused by those assets.
 */
final class BriefingTimeline {

    private BriefingTimeline() {
    }

    static List<Step> of(TransactionContext tx, CascadeAnswer cascade, String region) {
        Set<String> municipalities = new HashSet<>();
        cascade.municipalities().stream().filter(m -> region.equals(m.region())).forEach(m -> municipalities.add(m.id()));
        Set<String> assetsInRegion = new HashSet<>();
        cascade.assets().stream().filter(a -> a.municipalities().stream().anyMatch(municipalities::contains))
                .forEach(a -> assetsInRegion.add(a.id()));
        Set<String> processesInRegion = processesServedIn(tx, cascade, region);

        Map<Double, List<Consequence>> byHour = new TreeMap<>();
        for (AffectedProcess process : cascade.processes()) {
            boolean concerns = process.local()
                    ? assetsInRegion.contains(process.chain().get(process.chain().size() - 2))
                    : processesInRegion.contains(process.id());
            if (concerns) {
                byHour.computeIfAbsent(process.hour(), h -> new ArrayList<>()).add(new Consequence(process.id(),
                        process.name(), process.local() ? "local-process" : "process", process.chain(), process.origin()));
            }
        }
        for (AffectedAsset asset : cascade.assets()) {
            if (assetsInRegion.contains(asset.id())) {
                byHour.computeIfAbsent(asset.hour(), h -> new ArrayList<>())
                        .add(new Consequence(asset.id(), asset.name(), "asset", asset.chain(), asset.origin()));
            }
        }
        return byHour.entrySet().stream().map(e -> new Step(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static Set<String> processesServedIn(TransactionContext tx, CascadeAnswer cascade, String region) {
        List<String> whole = cascade.processes().stream().filter(p -> !p.local()).map(AffectedProcess::id).toList();
        Set<String> served = new HashSet<>();
        tx.run(BriefingQueries.PROCESSES_IN_REGION, Map.of("ids", whole, "region", region))
                .forEachRemaining(row -> served.add(row.get("id").asString()));
        return served;
    }
}
