package nl.partnerkaart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The two shipped data sets on disk, without starting the application: the reference holds public facts only, each
 * with a source that resolves and has a date, and a verification status; the examples are illustrative and say so in
 * their names; no id is defined in both; and the classes of the national backbone have the counts public sources give.
 * Every check returns its problems, so the last test can show that a bad row is caught.
 */
class ReferenceDatasetTests {

    private static final Path REFERENCE = Path.of("dataset", "reference");
    private static final Path EXAMPLES = Path.of("dataset", "examples");
    private static final Set<String> VERIFICATIONS = Set.of("verified", "derived", "unverified");
    /** The original documents (copies without an address); every other source names where it was read. */
    private static final Set<String> WITHOUT_URL = Set.of("SRC-HM-OMGEVINGSDIENSTEN-CONVENANT", "SRC-VRHM-PARTNERS",
            "SRC-GV-FL-SOK", "SRC-CVDS-2015", "SRC-VRT-AB-2022");
    /** Columns that hold text, not ids: they are not checked for references into the examples. */
    private static final Set<String> TEXT = Set.of("id", "name", "description", "function", "officialName", "cbsName",
            "synonyms", "topics", "publisher", "url", "website", "nameEn", "subsector", "seat", "province");
    private static final List<String> REGIONS = Stream.iterate(1, i -> i + 1).limit(25)
            .map(i -> String.format("VR%02d", i)).toList();

    @Test
    void everyReferenceRowIsPublicAndNamesAResolvingSourceAndHowSureItIs() {
        assertThat(referenceRowProblems(read(REFERENCE))).isEmpty();
    }

    @Test
    void everySourceSaysWhereAndWhenItWasRead() {
        assertThat(sourceProblems(read(REFERENCE).get("sources"))).isEmpty();
    }

    @Test
    void everyExampleRowIsIllustrativeAndCannotBeMistakenForAFact() {
        assertThat(exampleRowProblems(read(EXAMPLES))).isEmpty();
    }

    @Test
    void theSetsShareNoIdAndTheReferenceNeverPointsIntoTheExamples() {
        assertThat(crossSetProblems(read(REFERENCE), read(EXAMPLES))).isEmpty();
    }

    @Test
    void theNationalBackboneHasTheCountsThePublicSourcesGive() {
        List<CSVRecord> partners = read(REFERENCE).get("partners");

        assertThat(partners(partners, "ambulance")).as("RAV regions = safety regions (Wazv art. 1)").hasSize(25);
        assertThat(regionsServed(partners(partners, "ambulance"))).containsExactlyInAnyOrderElementsOf(REGIONS);
        List<CSVRecord> meldkamers = partners.stream().filter(p -> p.get("id").startsWith("P-MELDKAMER-")).toList();
        assertThat(meldkamers).as("Besluit aanwijzing meldkamers").hasSize(10)
                .allSatisfy(m -> assertThat(m.get("category")).isEqualTo("meldkamer"));
        assertThat(regionsServed(meldkamers)).containsExactlyInAnyOrderElementsOf(REGIONS);
        assertThat(partners(partners, "ggd")).as("25 GGD regions (Atlas Leefomgeving)").hasSize(25);
        assertThat(partners(partners, "water-board")).hasSize(21);
        assertThat(partners(partners, "drinking-water")).hasSize(10);
        List<CSVRecord> regionalPolice = partners.stream().filter(p -> p.get("category").equals("police")
                && !p.get("id").equals("P-POLITIE-LE")).toList();
        assertThat(regionalPolice).as("ten regional units").hasSize(10);
        assertThat(regionsServed(regionalPolice)).containsExactlyInAnyOrderElementsOf(REGIONS);
        assertThat(partners).anySatisfy(p -> assertThat(p.get("id")).isEqualTo("P-POLITIE-LE"));
        assertThat(partners(partners, "environment-service")).as("28 omgevingsdiensten on 1-1-2024").hasSize(28);
        assertThat(partners(partners, "acute-care-network"))
                .as("10 ROAZ regions (LNAZ 2023; Noord-Holland/Flevoland one ROAZ of two former networks)").hasSize(10);
        assertThat(partners(partners, "hospital"))
                .as("organisations whose emergency department a source read states, of 79 SEH locations (RIVM 2025)")
                .hasSize(65);
        assertThat(partners(partners, "telecom")).as("the three mobile network operators").hasSize(3);
        assertThat(partners).filteredOn(p -> p.get("id").equals("P-ODIDO")).singleElement()
                .satisfies(p -> assertThat(p.get("name")).isEqualTo("Odido"));
    }

    @Test
    void everyAcuteCareRegionIsOneNetworkHostedByItsNetworkOrganisationAndAHospitalIsInAtMostOne() {
        Map<String, List<CSVRecord>> reference = read(REFERENCE);
        Set<String> acuteCareNetworks = partners(reference.get("partners"), "acute-care-network").stream()
                .map(p -> p.get("id")).collect(Collectors.toSet());
        Set<String> hospitals = partners(reference.get("partners"), "hospital").stream().map(p -> p.get("id"))
                .collect(Collectors.toSet());
        List<CSVRecord> roaz = reference.get("memberships").stream()
                .filter(m -> m.get("network").startsWith("NW-ROAZ-")).toList();

        assertThat(roaz).filteredOn(m -> m.get("host").equals("true")).extracting(m -> m.get("member"))
                .containsExactlyInAnyOrderElementsOf(acuteCareNetworks);
        assertThat(roaz).filteredOn(m -> m.get("host").equals("false"))
                .allSatisfy(m -> assertThat(hospitals).contains(m.get("member")))
                .extracting(m -> m.get("member")).doesNotHaveDuplicates();
    }

    @Test
    void theCorrectionsOfIssue22AreInTheReference() {
        Map<String, List<CSVRecord>> reference = read(REFERENCE);
        Map<String, CSVRecord> covenants = byId(reference.get("covenants"));
        assertThat(covenants.get("COV-VR14-VR25-SOK").get("signedOn")).isEqualTo("2019-12-04");
        assertThat(covenants.get("COV-VR16-OMGEVINGSDIENSTEN").get("signedOn")).isEqualTo("2013-02-14");
        assertThat(reference.get("covenant-parties")).filteredOn(p -> p.get("covenant").equals("COV-VR14-VR25-SOK"))
                .extracting(p -> p.get("party")).containsExactlyInAnyOrder("VR14", "VR25",
                        "P-GGD-GOOI-EN-VECHTSTREEK", "P-GGD-FLEVOLAND");
        Map<String, CSVRecord> processes = byId(reference.get("vital-processes"));
        assertThat(Stream.of("VP01", "VP02", "VP03", "VP04", "VP05").map(id -> processes.get(id).get("ministry")))
                .containsOnly("KGG");
        assertThat(Stream.of("VP06", "VP07", "VP08").map(id -> processes.get(id).get("ministry"))).containsOnly("EZ");
        assertThat(partners(reference.get("partners"), "ggd")).allSatisfy(
                g -> assertThat(g.get("synonyms")).doesNotContain("GHOR"));
    }

    @Test
    void aBadRowIsCaught() {
        Map<String, List<CSVRecord>> reference = read(REFERENCE);
        Map<String, List<CSVRecord>> examples = read(EXAMPLES);

        Map<String, List<CSVRecord>> badReference = new HashMap<>(reference);
        badReference.put("partners", parse("""
                id,name,category,origin,verification,source,serves
                P-X,Zonder bron,other,public,verified,,VR01
                P-Y,Onbekende bron,other,public,verified,SRC-DOES-NOT-EXIST,VR01
                P-Z,Zonder status,other,public,,SRC-MINVWS-GM,VR01
                P-W,Voorbeeld in de referentie,other,illustrative,,SRC-MINVWS-GM,VR01
                """));
        assertThat(referenceRowProblems(badReference)).hasSize(4);

        assertThat(sourceProblems(parse("""
                id,name,publisher,publishedOn,accessedOn,url,origin
                SRC-X,Zonder datum,X,,,https://example.org,public
                SRC-Y,Zonder adres,X,,2026-01-01,,public
                """))).hasSize(2);

        Map<String, List<CSVRecord>> badExamples = new HashMap<>(examples);
        badExamples.put("persons", parse("""
                id,name,function,origin,source,worksFor
                PER-X,Jan Jansen,Accounthouder,illustrative,,VR01
                PER-Y,Adviseur (voorbeeld),Adviseur,public,,VR01
                """));
        assertThat(exampleRowProblems(badExamples)).hasSize(2);

        Map<String, List<CSVRecord>> overlap = new HashMap<>(examples);
        overlap.put("networks", parse("""
                id,name,origin
                NW-CVDS,Dubbel (voorbeeld),illustrative
                """));
        assertThat(crossSetProblems(reference, overlap)).isNotEmpty();
    }

    static List<String> referenceRowProblems(Map<String, List<CSVRecord>> reference) {
        Set<String> sources = byId(reference.get("sources")).keySet();
        List<String> problems = new ArrayList<>();
        reference.forEach((kind, rows) -> {
            for (CSVRecord row : rows) {
                String where = kind + " line " + (row.getRecordNumber() + 1);
                if (!"public".equals(value(row, "origin"))) {
                    problems.add(where + ": origin is not public");
                } else if (kind.equals("sources")) {
                    continue; // a source is the document itself: it has dates, not a verification
                } else if (!VERIFICATIONS.contains(value(row, "verification"))) {
                    problems.add(where + ": verification missing or unknown");
                } else {
                    List<String> named = list(value(row, "source"));
                    if (named.isEmpty() || !sources.containsAll(named)) {
                        problems.add(where + ": source missing or unknown " + named);
                    }
                }
            }
        });
        return problems;
    }

    static List<String> sourceProblems(List<CSVRecord> sources) {
        List<String> problems = new ArrayList<>();
        for (CSVRecord source : sources) {
            String id = source.get("id");
            List<String> dates = Stream.of("publishedOn", "accessedOn").map(c -> value(source, c))
                    .filter(d -> !d.isEmpty()).toList();
            if (dates.isEmpty() || dates.stream().anyMatch(d -> !d.matches("\\d{4}-\\d{2}-\\d{2}")
                    || LocalDate.parse(d).isAfter(LocalDate.now()))) {
                problems.add(id + ": no date, or not an ISO date in the past " + dates);
            }
            if (!WITHOUT_URL.contains(id) && !value(source, "url").matches("https?://\\S+")) {
                problems.add(id + ": no url");
            }
        }
        return problems;
    }

    static List<String> exampleRowProblems(Map<String, List<CSVRecord>> examples) {
        Map<String, Predicate<String>> marked = Map.of("persons", n -> n.contains("(voorbeeld)"),
                "covenants", n -> n.contains("(voorbeeld)"), "exercises", n -> n.contains("(voorbeeld)"),
                "networks", n -> n.contains("(voorbeeld)"), "assets", n -> n.contains("(voorbeeld)"),
                "partners", n -> n.contains("(fictief)"));
        List<String> problems = new ArrayList<>();
        examples.forEach((kind, rows) -> {
            for (CSVRecord row : rows) {
                String where = kind + " line " + (row.getRecordNumber() + 1);
                if (!"illustrative".equals(value(row, "origin")) || !value(row, "verification").isEmpty()) {
                    problems.add(where + ": not illustrative, or carries a verification");
                }
                if (marked.containsKey(kind) && !marked.get(kind).test(value(row, "name"))) {
                    problems.add(where + ": name does not say it is an example: " + value(row, "name"));
                }
            }
        });
        return problems;
    }

    static List<String> crossSetProblems(Map<String, List<CSVRecord>> reference,
            Map<String, List<CSVRecord>> examples) {
        Set<String> exampleIds = ids(examples);
        List<String> problems = new ArrayList<>();
        ids(reference).stream().filter(exampleIds::contains).forEach(id -> problems.add(id + ": defined in both sets"));
        reference.forEach((kind, rows) -> {
            for (CSVRecord row : rows) {
                row.toMap().forEach((column, cell) -> {
                    if (!TEXT.contains(column)) {
                        list(cell).stream().filter(exampleIds::contains).forEach(
                                id -> problems.add(kind + " " + value(row, "id") + " " + column + " -> example " + id));
                    }
                });
            }
        });
        return problems;
    }

    private static List<CSVRecord> partners(List<CSVRecord> partners, String category) {
        return partners.stream().filter(p -> p.get("category").equals(category)).toList();
    }

    /** Every region served (wholly or partly), once per partner that serves it. */
    private static List<String> regionsServed(List<CSVRecord> partners) {
        return partners.stream().flatMap(p -> Stream.concat(list(p.get("serves")).stream(),
                list(p.get("servesPartially")).stream())).toList();
    }

    private static Set<String> ids(Map<String, List<CSVRecord>> set) {
        return set.values().stream().flatMap(List::stream).map(r -> value(r, "id")).filter(id -> !id.isEmpty())
                .collect(Collectors.toSet());
    }

    private static Map<String, CSVRecord> byId(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("id"), r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    private static String value(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|"));
    }

    private static Map<String, List<CSVRecord>> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, List<CSVRecord>> set = new LinkedHashMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    set.put(file.getFileName().toString().replace(".csv", ""), format().parse(reader).getRecords());
                }
            }
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return format().parse(new java.io.StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }
}
