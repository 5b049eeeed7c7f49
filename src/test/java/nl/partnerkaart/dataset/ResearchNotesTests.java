package nl.partnerkaart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The verified backlog for the reference data ({@code dataset/research}): every row names sources that exist, each
 * source says when it was read, and every row says how sure it is. Unverified facts belong in its README, never in
 * a row, so the only statuses here are {@code verified} and {@code derived}.
 */
class ResearchNotesTests {

    private static final Path FOLDER = Path.of("dataset", "research");

    @Test
    void everySourceSaysWhereAndWhenItWasRead() throws IOException {
        for (CSVRecord source : read(FOLDER.resolve("sources.csv"))) {
            assertThat(source.get("url")).as(source.get("id")).matches("https?://\\S+");
            assertThat(LocalDate.parse(source.get("accessedOn"))).as(source.get("id"))
                    .isBeforeOrEqualTo(LocalDate.now());
        }
    }

    @Test
    void everyRowRestsOnKnownSourcesAndSaysHowSureItIs() throws IOException {
        Map<String, CSVRecord> sources = read(FOLDER.resolve("sources.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
        List<Path> files;
        try (Stream<Path> listed = Files.list(FOLDER)) {
            files = listed.filter(f -> f.toString().endsWith(".csv") && !f.endsWith("sources.csv")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(13);
        for (Path file : files) {
            for (CSVRecord row : read(file)) {
                String where = file.getFileName() + " " + row.get("id");
                assertThat(row.get("verification")).as(where).isIn("verified", "derived");
                assertThat(Arrays.asList(row.get("sourceId").split("\\|"))).as(where)
                        .isNotEmpty().allSatisfy(id -> assertThat(sources).containsKey(id));
            }
        }
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
