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

/** The CSV files of a data set folder ({@code <location>/<kind>.csv}), by default the shipped one. */
public final class ShippedDataset {

    public static final String DEFAULT_LOCATION = "classpath:dataset/";

    private ShippedDataset() {
    }

    public static List<RawTable> tables() {
        return tables(DEFAULT_LOCATION);
    }

    public static List<RawTable> tables(String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        List<RawTable> tables = new ArrayList<>();
        for (String kind : Kinds.names()) {
            Resource file = new DefaultResourceLoader().getResource(folder + kind + ".csv");
            if (file.exists()) {
                try (InputStream in = file.getInputStream()) {
                    tables.add(CsvTables.read("dataset/" + kind + ".csv", kind, in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return tables;
    }
}
