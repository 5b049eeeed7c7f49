package nl.partnerkaart.bookkeeping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import nl.partnerkaart.backup.BackupPart;
import org.springframework.stereotype.Component;

/**
 * The bookkeeping store's part of a backup: H2's own online backup, which is transactionally consistent while the
 * application keeps writing. A restore reads that copy as a read-only database straight from the zip file, turns
 * it into a script and replaces the live store's whole contents (tables, Flyway's history) by it, without closing it.
 */
@Component
class BookkeepingBackup implements BackupPart {

    private static final String FILE = "bookkeeping.zip";

    private final DataSource store;

    BookkeepingBackup(DataSource store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "bookkeeping";
    }

    @Override
    public void backUpTo(Path folder) throws IOException {
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO " + literal(folder.resolve(FILE)));
        } catch (SQLException e) {
            throw new IOException("Could not back up the bookkeeping store to " + folder, e);
        }
    }

    @Override
    public void restoreFrom(Path folder) throws IOException {
        Path backup = folder.resolve(FILE).toAbsolutePath();
        if (!Files.isRegularFile(backup)) {
            throw new IOException("No bookkeeping backup in " + folder + " (" + FILE + " is missing)");
        }
        Path script = Files.createTempFile("partnerkaart-bookkeeping-", ".sql");
        try {
            try (Connection copy = DriverManager.getConnection("jdbc:h2:zip:" + backup + "!/bookkeeping", "sa", "");
                 Statement statement = copy.createStatement()) {
                statement.execute("SCRIPT TO " + literal(script));
            }
            try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP ALL OBJECTS");
                statement.execute("RUNSCRIPT FROM " + literal(script));
            }
        } catch (SQLException e) {
            throw new IOException("Could not restore the bookkeeping store from " + folder, e);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** A path as an SQL text literal: these commands take a literal, not a parameter. */
    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
