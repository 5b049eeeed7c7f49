package nl.partnerkaart.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import nl.partnerkaart.importer.CsvTables;
import nl.partnerkaart.importer.RawTable;
import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.model.Kinds;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The two sets of a data set folder, by default the shipped one: {@code <location>/reference/<kind>.csv} (public
 * facts, each with its source and verification status) and {@code <location>/examples/<kind>.csv} (illustrative
 * data that shows every feature and must never be read as fact).
 */
public enum ShippedDataset {

    REFERENCE("reference", "public"),
    EXAMPLES("examples", "illustrative");

    public static final String DEFAULT_LOCATION = "classpath:dataset/";

    private final String folder;
    private final String origin;

    ShippedDataset(String folder, String origin) {
        this.folder = folder;
        this.origin = origin;
    }

    /** The origin of the set's rows, given to a row that does not state one. */
    public String origin() {
        return origin;
    }

    /**
     * The set's version: the date in its {@code VERSION} file (ISO, with {@code .2} to {@code .9} for a later version
     * of the same day, so versions sort as text), or null when it has
     * none. A newer reference version is applied to a knowledge base in use at start-up.
     */
    public String version(String location) {
        Resource file = new DefaultResourceLoader().getResource(base(location) + "VERSION");
        if (!file.exists()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped set's row of one item: a node by its id, a relationship by its two ends. */
    public Optional<RawTable> row(String location, String kind, String itemId) {
        String[] ends = itemId.split("\\|", 3);
        var relationship = ItemLayout.relationship(kind);
        Predicate<RawTable.Row> isItem = relationship.isPresent() && ends.length == 3
                ? row -> ends[0].equals(row.cells().get(relationship.get().fromField()))
                        && ends[2].equals(row.cells().get(relationship.get().toField()))
                : row -> itemId.equals(row.cells().get("id"));
        return table(base(location), kind).flatMap(table -> table.rows().stream().filter(isItem).findFirst()
                .map(row -> new RawTable(table.file(), null, kind, table.header(), List.of(row))));
    }

    private String base(String location) {
        return (location.endsWith("/") ? location : location + "/") + folder + "/";
    }

    public List<RawTable> tables() {
        return tables(DEFAULT_LOCATION);
    }

    public List<RawTable> tables(String location) {
        String base = base(location);
        return Kinds.names().stream().map(kind -> table(base, kind)).flatMap(Optional::stream).toList();
    }

    /** One kind's file of the set, read only when asked for. */
    private Optional<RawTable> table(String base, String kind) {
        Resource file = new DefaultResourceLoader().getResource(base + kind + ".csv");
        if (!file.exists()) {
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(CsvTables.read("dataset/" + folder + "/" + kind + ".csv", kind, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
