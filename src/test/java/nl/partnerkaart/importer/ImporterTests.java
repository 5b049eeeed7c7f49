package nl.partnerkaart.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.system.ServerMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import path against the real database: every error class, all-or-nothing, and idempotence. */
class ImporterTests extends ApplicationTest {

    @Autowired
    Importer importer;

    @Autowired
    ServerMessages messages;

    /** A problem's reason as an English-speaking caller reads it. */
    private String english(ImportProblem problem) {
        return messages.text(problem.message(), Locale.ENGLISH);
    }

    @AfterEach
    void removeTestNodes() {
        deleteNodesWithIdPrefix("T-");
        deleteChangesOf("T-");
    }

    @Test
    void aPartnersCsvWithSemicolonsImportsWithItsServiceArea() {
        ImportReport report = run(List.of(csv("partners.csv", """
                id;name;category;serves
                T-1;Testpartner Drinkwater;drinking-water;VR16|VR15
                """)), false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.kinds()).singleElement().satisfies(k -> assertThat(k.created()).isEqualTo(1));
        assertThat(report.relationshipsCreated()).isEqualTo(2);
        assertThat(single("MATCH (:Partner {id: 'T-1'})-[s:SERVES {partial: false, origin: 'user'}]->(r:SafetyRegion) "
                + "RETURN count(r)")).isEqualTo(2L);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String file = """
                id,name,category,serves,servesPartially,synonyms
                T-2,Testnetbeheer,grid-operator,VR16,VR15,TNB|Test Net
                """;
        run(List.of(csv("partners.csv", file)), false);
        ImportReport again = run(List.of(csv("partners.csv", file)), false);

        assertThat(again.changesAnything()).isFalse();
        assertThat(again.kinds().get(0).unchanged()).isEqualTo(1);
    }

    @Test
    void aDryRunReportsChangesButWritesNothing() {
        run(List.of(csv("partners.csv", "id,name,category,serves\nT-3,Oude naam,company,VR16\n")), false);
        ImportReport dryRun = run(List.of(csv("partners.csv",
                "id,name,category,serves\nT-3,Nieuwe naam,company,VR15\nT-4,Nog een,company,VR15\n")), true);

        assertThat(dryRun.applied()).isFalse();
        assertThat(dryRun.kinds().get(0)).satisfies(k -> {
            assertThat(k.created()).isEqualTo(1);
            assertThat(k.updated()).isEqualTo(1);
        });
        assertThat(dryRun.relationshipsDeleted()).as("T-3 no longer serves VR16").isEqualTo(1);
        assertThat(single("MATCH (p:Partner {id: 'T-3'}) RETURN p.name")).isEqualTo("Oude naam");
        assertThat(single("MATCH (p:Partner {id: 'T-4'}) RETURN count(p)")).isEqualTo(0L);
    }

    @Test
    void oneBadRowMeansNothingIsWrittenAndEveryProblemIsReportedWithLineAndColumn() {
        ImportReport report = run(List.of(csv("partners.csv", """
                id,name,category,serves
                T-5,Goede partner,company,VR16
                T-6,,company,VR16
                T-7,Onbekende regio,company,VR99
                T-8,Verkeerde categorie,bakery,VR16
                T-5,Dubbel,company,VR16
                """)), false);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3L, "name"),
                org.assertj.core.groups.Tuple.tuple(4L, "serves"),
                org.assertj.core.groups.Tuple.tuple(5L, "category"),
                org.assertj.core.groups.Tuple.tuple(6L, "id"));
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("partners.csv"));
        assertThat(single("MATCH (p:Partner) WHERE p.id STARTS WITH 'T-' RETURN count(p)")).isEqualTo(0L);
    }

    @Test
    void typesDatesAndDateOrderAreChecked() {
        ImportReport report = run(List.of(csv("covenants.csv", """
                id,name,status,validFrom,validUntil,reviewCycleMonths,phases
                T-C1,Convenant,active,2024-13-01,,twelve,response
                T-C2,Convenant,active,2025-01-01,2024-01-01,12,response|brunch
                """)), false);

        assertThat(report.problems()).extracting(ImportProblem::column)
                .containsExactlyInAnyOrder("validFrom", "reviewCycleMonths", "validUntil", "phases");
        assertThat(report.problems().stream().filter(p -> p.column().equals("validFrom")).findFirst()
                .map(this::english).orElseThrow()).contains("yyyy-MM-dd");
    }

    @Test
    void unknownAndMissingColumnsAndKindsAreRefused() {
        ImportReport report = run(List.of(
                csv("partners.csv", "id,name,colour\nT-9,Partner,blue\n"),
                csv("bakeries.csv", "id,name\nT-10,Bakker\n")), false);

        assertThat(report.problems()).extracting(this::english).anySatisfy(m -> assertThat(m).contains("unknown column"))
                .anySatisfy(m -> assertThat(m).contains("required column is missing"))
                .anySatisfy(m -> assertThat(m).contains("unknown kind 'bakeries'"));
    }

    @Test
    void aPublicFactNeedsASourceAndAnIdMustNotBelongToAnotherLabel() {
        ImportReport report = run(List.of(csv("partners.csv", """
                id,name,category,origin
                T-11,Publieke partner,company,public
                VR16,Hollands Midden als partner,company,user
                """)), false);

        assertThat(report.problems()).extracting(this::english)
                .anySatisfy(m -> assertThat(m).contains("must name its source"))
                .anySatisfy(m -> assertThat(m).contains("already belongs to a Safety region"));
    }

    @Test
    void fileLevelFaultsAreClearErrors() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvTables.read("partners.csv", null,
                        new ByteArrayInputStream("id,name\nT-12,Café\n".getBytes(Charset.forName("windows-1252")))))
                .isInstanceOfSatisfying(InvalidImportException.class,
                        e -> assertThat(english(e.problems().get(0))).contains("not UTF-8"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvTables.read("partners.csv", null,
                        new ByteArrayInputStream("id,name\nT-12,Een,twee,drie\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidImportException.class,
                        e -> assertThat(e.problems().get(0).line()).isEqualTo(2L));
    }

    @Test
    void relationshipKindsLinkExistingNodesAndReportUpdates() {
        run(List.of(csv("networks.csv", "id,name\nT-N1,Testnetwerk\n")), false);
        ImportReport first = run(List.of(csv("memberships.csv", "member,network,host\nVR16,T-N1,true\n")), false);
        ImportReport second = run(List.of(csv("memberships.csv", "member,network,host\nVR16,T-N1,false\n")), false);
        ImportReport missing = run(List.of(csv("memberships.csv", "member,network\nVR16,T-N2\n")), false);

        assertThat(first.kinds().get(0).created()).isEqualTo(1);
        assertThat(second.kinds().get(0).updated()).isEqualTo(1);
        assertThat(single("MATCH (:SafetyRegion {id: 'VR16'})-[m:MEMBER_OF]->(:Network {id: 'T-N1'}) RETURN m.host"))
                .isEqualTo(false);
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.column()).isEqualTo("network");
        });
    }

    private ImportReport run(List<RawTable> tables, boolean dryRun) {
        return importer.run(tables, new Importer.Request("T-tester", null, dryRun), ImportProgress.ignored());
    }

    static RawTable csv(String name, String content) {
        return CsvTables.read(name, null, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }
}
