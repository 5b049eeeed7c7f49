package nl.partnerkaart.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import nl.partnerkaart.importer.CsvTables;
import nl.partnerkaart.importer.Kinds;
import nl.partnerkaart.importer.RawTable;
import org.springframework.core.io.ClassPathResource;

/** The CSV files of the shipped data set, read from the class path ({@code dataset/<kind>.csv}). */
public final class ShippedDataset {

    private ShippedDataset() {
    }

    public static List<RawTable> tables() {
        List<RawTable> tables = new ArrayList<>();
        for (String kind : Kinds.names()) {
            ClassPathResource file = new ClassPathResource("dataset/" + kind + ".csv");
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
