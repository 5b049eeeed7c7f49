package nl.partnerkaart.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The bookkeeping store's part of a backup (the H2 database of {@link nl.partnerkaart.bookkeeping.BookkeepingStore}):
 * H2's own online backup, which is transactionally consistent while the application keeps writing. A restore reads
 * that copy as a read-only database straight from the zip file, turns it into a script and replaces the live store's
 * whole contents (tables, Flyway's history) by it, without closing it.
 */
@Component
class BookkeepingBackup implements BackupPart {

    private static final String FILE = "bookkeeping.zip";
    private static final Pattern CODE = Pattern.compile(
            "(CREATE|ALTER)\\s+(FORCE\\s+)?(ALIAS|TRIGGER|AGGREGATE|LINKED)"
                    + "|CALL\\b|RUNSCRIPT\\b|SCRIPT\\b|BACKUP\\b|SET\\s+(JAVA_OBJECT_SERIALIZER|BUILTIN_ALIAS_OVERRIDE)");

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
        if (backup.toString().contains(";")) {
            throw new IOException("Cannot restore from " + backup + ": a ';' in the path would add settings to H2's "
                    + "connection URL; move the backup to a folder without one");
        }
        Path script = Files.createTempFile("partnerkaart-bookkeeping-", ".sql");
        try {
            try (Connection copy = DriverManager.getConnection("jdbc:h2:zip:" + backup + "!/bookkeeping", "sa", "");
                 Statement statement = copy.createStatement()) {
                statement.execute("SCRIPT TO " + literal(script));
            }
            refuseCode(script);
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

    /**
     * Refuses a script that would run code: our schema has tables, indexes, constraints and sequences only, while H2
     * runs Java source given to an alias, trigger or aggregate, and reaches other databases through linked tables.
     */
    private static void refuseCode(Path script) throws IOException {
        try (Stream<String> lines = Files.lines(script, StandardCharsets.UTF_8)) {
            Optional<String> code = lines.map(line -> line.strip().toUpperCase(Locale.ROOT))
                    .filter(line -> CODE.matcher(line).lookingAt()).findFirst();
            if (code.isPresent()) {
                throw new IOException("Refusing to restore a bookkeeping backup that runs code: "
                        + code.get().substring(0, Math.min(80, code.get().length())));
            }
        }
    }

    /** No accounts: a fresh store gets its first at the end of the start, after a restore; audit entries may exist. */
    @Override
    public boolean isEmpty() {
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement();
             ResultSet accounts = statement.executeQuery("SELECT COUNT(*) FROM user_account")) {
            accounts.next();
            return accounts.getLong(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the bookkeeping store's accounts", e);
        }
    }

    /** A path as an SQL text literal: these commands take a literal, not a parameter. */
    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
