package nl.partnerkaart.cascade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dijkstra over the failure graph: the earliest arrival wins, so cycles end by themselves. Neighbours
 * are read lazily in growing batches (the next elements in time order), which keeps the number of
 * database round trips small and never reads beyond the horizon or the cap.
 */
final class Propagation {

    private static final int FIRST_BATCH = 64;
    private static final int MAX_BATCH = 4096;

    /** The hits in time order, and the steps (not ignored) between two hits: the graph of the answer. */
    record Outcome(List<Hit> hits, List<Impact> steps, boolean truncated) {
    }

    private record Entry(String id, double hour) {
    }

    private final Neighbours neighbours;
    private final Set<String> ignoredEdges;
    private final double horizon;
    /** The hour the outage ends: a failure that would arrive then or later never happens. */
    private final double outageEnds;
    private final int cap;

    private final Map<String, Element> elements = new HashMap<>();
    private final Map<String, Double> best = new HashMap<>();
    private final Map<String, String> previous = new HashMap<>();
    private final Map<String, List<Impact>> loaded = new HashMap<>();
    private final Set<String> settled = new HashSet<>();
    private final Map<String, Hit> hits = new LinkedHashMap<>();
    private final Map<String, Hit> local = new LinkedHashMap<>();
    private static final Comparator<Entry> IN_TIME_ORDER = Comparator.comparingDouble(Entry::hour)
            .thenComparing(Entry::id);

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(IN_TIME_ORDER);
    /** Reached elements whose neighbours are not read yet, at their best hour: the candidates of a batch. */
    private final TreeSet<Entry> unread = new TreeSet<>(IN_TIME_ORDER);
    private int batch = FIRST_BATCH;

    Propagation(Neighbours neighbours, Set<String> ignoredEdges, double horizon, int cap) {
        this(neighbours, ignoredEdges, horizon, Double.POSITIVE_INFINITY, cap);
    }

    Propagation(Neighbours neighbours, Set<String> ignoredEdges, double horizon, double outageEnds, int cap) {
        this.neighbours = neighbours;
        this.ignoredEdges = ignoredEdges;
        this.horizon = horizon;
        this.outageEnds = outageEnds;
        this.cap = cap;
    }

    Outcome run(Collection<Element> starts) {
        starts.forEach(start -> reach(start, 0, null));
        boolean truncated = false;
        while (!queue.isEmpty()) {
            Entry next = queue.poll();
            if (settled.contains(next.id()) || next.hour() > best.get(next.id())) {
                continue;
            }
            if (hits.size() >= cap) {
                truncated = true;
                break;
            }
            settle(next);
        }
        List<Hit> all = new ArrayList<>(hits.values());
        local.values().stream().filter(hit -> !hits.containsKey(hit.element().id())).forEach(all::add);
        all.sort(Comparator.comparingDouble(Hit::hour).thenComparing(hit -> hit.element().id()));
        Set<String> hitIds = new HashSet<>();
        all.forEach(hit -> hitIds.add(hit.element().id()));
        List<Impact> steps = hits.keySet().stream().flatMap(id -> loaded.getOrDefault(id, List.of()).stream())
                .filter(step -> hitIds.contains(step.hit().id()) && !ignoredEdges.contains(step.edgeId()))
                .toList();
        return new Outcome(all, steps, truncated);
    }

    private void settle(Entry entry) {
        settled.add(entry.id());
        Element element = elements.get(entry.id());
        hits.put(entry.id(), new Hit(element, entry.hour(), chainTo(entry.id()), false));
        if (!loaded.containsKey(entry.id())) {
            loadBatchWith(element);
        }
        for (Impact impact : loaded.get(entry.id())) {
            double hour = entry.hour() + impact.hours();
            // A dependency's delay is how long the dependent holds out; an outage over before that does not reach it.
            if (hour > horizon || hour >= outageEnds || ignoredEdges.contains(impact.edgeId())) {
                continue;
            }
            if (impact.link() == Impact.Link.LOCAL_DISRUPTION) {
                disruptLocally(entry.id(), impact.hit(), hour);
            } else {
                reach(impact.hit(), hour, entry.id());
            }
        }
    }

    private void reach(Element element, double hour, String from) {
        elements.putIfAbsent(element.id(), element);
        Double known = best.get(element.id());
        if (known == null || hour < known) {
            if (known != null) {
                unread.remove(new Entry(element.id(), known));
            }
            if (!loaded.containsKey(element.id())) {
                unread.add(new Entry(element.id(), hour));
            }
            best.put(element.id(), hour);
            if (from != null) {
                previous.put(element.id(), from);
            }
            queue.add(new Entry(element.id(), hour));
        }
    }

    private void disruptLocally(String asset, Element process, double hour) {
        Hit known = local.get(process.id());
        if (known == null || hour < known.hour()) {
            List<String> chain = new ArrayList<>(chainTo(asset));
            chain.add(process.id());
            local.put(process.id(), new Hit(process, hour, List.copyOf(chain), true));
        }
    }

    /** Loads the element's neighbours together with those of the next unsettled elements in time order. */
    private void loadBatchWith(Element element) {
        List<Element> wanted = new ArrayList<>();
        wanted.add(element);
        unread.remove(new Entry(element.id(), best.get(element.id())));
        long room = Math.min(batch - 1L, cap - hits.size()); // no more than can still be settled
        for (Iterator<Entry> next = unread.iterator(); next.hasNext() && wanted.size() <= room; ) {
            wanted.add(elements.get(next.next().id()));
            next.remove();
        }
        Map<String, List<Impact>> found = neighbours.of(wanted);
        wanted.forEach(w -> loaded.put(w.id(), found.getOrDefault(w.id(), List.of())));
        batch = Math.min(batch * 2, MAX_BATCH);
    }

    private List<String> chainTo(String id) {
        List<String> chain = new ArrayList<>();
        for (String at = id; at != null; at = previous.get(at)) {
            chain.add(0, at);
        }
        return List.copyOf(chain);
    }
}
