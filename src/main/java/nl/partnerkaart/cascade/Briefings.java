package nl.partnerkaart.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import nl.partnerkaart.cascade.Briefing.ApplicableCovenant;
import nl.partnerkaart.cascade.Briefing.Gap;
import nl.partnerkaart.cascade.Briefing.Named;
import nl.partnerkaart.cascade.Briefing.PartnerToAlert;
import nl.partnerkaart.cascade.Briefing.Person;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/** Builds the briefing of a region for an incident type: the cascade from what the incident disrupts. */
@Service
class Briefings {

    private record Profile(String role, List<String> phases) {
    }

    private final Driver driver;
    private final CascadeAnalysis analysis;
    private final Clock clock;

    Briefings(Driver driver, CascadeAnalysis analysis, Clock clock) {
        this.driver = driver;
        this.analysis = analysis;
        this.clock = clock;
    }

    /** Where the incident strikes: only in the briefing's region, only in these municipalities, or (neither) everywhere. */
    record Where(boolean region, List<String> municipalities) {
    }

    /** The briefing of an outage scenario: the incident strikes where asked, for {@code duration} hours (null: for good). */
    Briefing brief(String region, String incidentType, Double hours, LocalDate asOf, Where where, Double duration) {
        double horizon = CascadeQuery.checkedHours(hours);
        Outage outage = Outage.of(where.region() ? List.of(region) : List.of(), where.municipalities(), null, duration);
        LocalDate day = CascadeQuery.orToday(asOf, clock);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Record subject = tx.run(BriefingQueries.SUBJECT, Map.of("region", region, "incidentType", incidentType)).single();
                Named regionNode = named(subject.get("region"), "region", Message.of("region.notFound", region));
                Named incident = named(subject.get("incidentType"), "incidentType", Message.of("briefing.noIncidentType", incidentType));
                List<Element> starts = subject.get("disrupted").asList(v -> new Element(v.get("id").asString(),
                        Element.Level.PROCESS, v.get("name").asString(null)));
                List<String> startIds = starts.stream().map(Element::id).toList();
                CascadeAnswer cascade = analysis.analyse(tx, starts,
                        new CascadeQuery(startIds, horizon, Set.of(), day, outage));
                var timeline = BriefingTimeline.of(tx, cascade, region);
                List<Record> partnerRows = new ArrayList<>();
                List<PartnerToAlert> partners = partners(tx, cascade, region, incidentType, day, partnerRows);
                List<ApplicableCovenant> covenants = covenants(partnerRows);
                List<Gap> gaps = partners.stream().filter(p -> !p.activeCovenant() || p.accountHolders().isEmpty())
                        .map(p -> new Gap(p.id(), p.name(), Stream.of(p.activeCovenant() ? null : "covenant",
                                p.accountHolders().isEmpty() ? "accountHolder" : null).filter(m -> m != null).toList()))
                        .toList();
                boolean illustrative = Stream.of(Stream.of(regionNode.origin()),
                                timeline.stream().flatMap(s -> s.consequences().stream()).map(c -> c.origin()),
                                partners.stream().map(PartnerToAlert::origin),
                                partners.stream().flatMap(p -> p.accountHolders().stream()).map(Person::origin),
                                covenants.stream().map(ApplicableCovenant::origin))
                        .flatMap(s -> s).anyMatch("illustrative"::equals);
                Scenario scenario = cascade.scenario();
                List<Briefing.RegionHit> regionsHit = cascade.regions().stream()
                        .map(r -> new Briefing.RegionHit(r.id(), r.name(), r.hour())).toList();
                return new Briefing(regionNode, incident, horizon, day, startIds, timeline, partners, covenants, gaps,
                        illustrative, cascade.truncated(), scenario.area().stream().map(OutageAreas.Place::name).toList(),
                        scenario.duration(), scenario.recoveredAt(), regionsHit);
            });
        }
    }

    /** The partners to alert; {@code rows} receives the database rows behind them. */
    private static List<PartnerToAlert> partners(TransactionContext tx, CascadeAnswer cascade, String region,
            String incidentType, LocalDate day, List<Record> rows) {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        tx.run(BriefingQueries.PROFILES, Map.of("region", region, "incidentType", incidentType)).forEachRemaining(row ->
                profiles.putIfAbsent(row.get("partner").asString(),
                        new Profile(row.get("role").asString(null), row.get("phases").asList(Value::asString))));
        Map<String, List<String>> involvement = new LinkedHashMap<>();
        Set<String> toCall = Scenarios.toCall(new Consequences.Places(cascade.processes(), cascade.assets(),
                cascade.municipalities(), cascade.regions(), cascade.partners()), region);
        cascade.partners().stream().filter(p -> toCall.contains(p.id())).forEach(p -> involvement.put(p.id(),
                Stream.of(p.operates().isEmpty() ? null : "operator", p.provides().isEmpty() ? null : "provider")
                        .filter(s -> s != null).toList()));
        Set<String> ids = new LinkedHashSet<>(profiles.keySet());
        ids.addAll(involvement.keySet());
        List<PartnerToAlert> partners = new ArrayList<>();
        rows.addAll(tx.run(BriefingQueries.PARTNERS, Map.of("region", region, "partners", List.copyOf(ids), "asOf", day))
                .list());
        rows.forEach(row -> {
            Value p = row.get("partner");
            String id = p.get("id").asString();
            Profile profile = profiles.getOrDefault(id, new Profile(null, List.of()));
            partners.add(new PartnerToAlert(id, p.get("name").asString(null), p.get("category").asString(null),
                    profile.role(), profile.phases(), involvement.getOrDefault(id, List.of()),
                    !row.get("covenants").isEmpty(), persons(row.get("accountHolders")),
                    persons(row.get("contacts")), p.get("origin").asString(null)));
        });
        return partners;
    }

    /** The active covenants of the region with the partners to alert, each once, with all its partners among them. */
    private static List<ApplicableCovenant> covenants(List<Record> rows) {
        Map<String, Value> covenants = new LinkedHashMap<>();
        Map<String, List<String>> partiesOf = new LinkedHashMap<>();
        Map<String, Set<Person>> holdersOf = new LinkedHashMap<>();
        rows.forEach(row -> {
            String partner = row.get("partner").get("name").asString();
            for (Value c : row.get("covenants").values()) {
                String id = c.get("id").asString();
                covenants.putIfAbsent(id, c);
                partiesOf.computeIfAbsent(id, k -> new ArrayList<>()).add(partner);
                holdersOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(persons(row.get("accountHolders")));
            }
        });
        return covenants.values().stream().map(c -> new ApplicableCovenant(c.get("id").asString(),
                c.get("name").asString(null), c.get("kind").asString(null), c.get("validUntil").asString(null),
                partiesOf.get(c.get("id").asString()), List.copyOf(holdersOf.get(c.get("id").asString())),
                c.get("origin").asString(null))).toList();
    }

    private static List<Person> persons(Value list) {
        return list.asList(v -> new Person(v.get("id").asString(), v.get("name").asString(null),
                v.get("function").asString(null), v.get("origin").asString(null)));
    }

    private static Named named(Value node, String field, Message message) {
        if (node.isNull()) {
            throw new InvalidInputException(field, message);
        }
        return new Named(node.get("id").asString(), node.get("name").asString(null), node.get("origin").asString(null));
    }
}
