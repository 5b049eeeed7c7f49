package nl.partnerkaart.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The bookkeeping store's part of a backup (the H2 database of {@link nl.partnerkaart.bookkeeping.BookkeepingStore}):
 * H2's own SQL script of the whole store (tables, Flyway's history), written in one snapshot transaction, so it is
 * consistent while the application keeps writing and holds every committed row. A restore checks that script and
 * replaces the live store's whole contents by it, without closing the store.
 */
@Component
class BookkeepingBackup implements BackupPart {

    private static final String FILE = "bookkeeping.sql.gz";
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
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            statement.execute("SCRIPT TO " + literal(folder.resolve(FILE)) + " COMPRESSION GZIP");
            connection.commit();
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
        refuseCode(backup);
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
            statement.execute("RUNSCRIPT FROM " + literal(backup) + " COMPRESSION GZIP");
        } catch (SQLException e) {
            throw new IOException("Could not restore the bookkeeping store from " + folder, e);
        }
    }

    /**
     * Refuses a script that would run code: our schema has tables, indexes, constraints and sequences only, while H2
     * runs Java source given to an alias, trigger or aggregate, and reaches other databases through linked tables.
     */
    private static void refuseCode(Path script) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(script)), StandardCharsets.UTF_8))) {
            Optional<String> code = reader.lines().map(line -> line.strip().toUpperCase(Locale.ROOT))
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
