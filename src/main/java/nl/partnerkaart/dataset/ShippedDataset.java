package nl.partnerkaart.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import nl.partnerkaart.importer.CsvTables;
import nl.partnerkaart.importer.Kinds;
import nl.partnerkaart.importer.RawTable;
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

    public List<RawTable> tables() {
        return tables(DEFAULT_LOCATION);
    }

    public List<RawTable> tables(String location) {
        String base = (location.endsWith("/") ? location : location + "/") + folder + "/";
        List<RawTable> tables = new ArrayList<>();
        for (String kind : Kinds.names()) {
            Resource file = new DefaultResourceLoader().getResource(base + kind + ".csv");
            if (file.exists()) {
                try (InputStream in = file.getInputStream()) {
                    tables.add(CsvTables.read("dataset/" + folder + "/" + kind + ".csv", kind, in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return tables;
    }
}
