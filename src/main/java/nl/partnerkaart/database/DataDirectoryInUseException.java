package nl.partnerkaart.database;

import java.nio.file.Path;

/** Another process (or another application context) already has the data directory open. */
public class DataDirectoryInUseException extends RuntimeException {

    private final Path dataDirectory;

    DataDirectoryInUseException(Path dataDirectory, Throwable cause) {
        super("The data directory " + dataDirectory + " is already in use by another Partnerkaart or Neo4j", cause);
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
