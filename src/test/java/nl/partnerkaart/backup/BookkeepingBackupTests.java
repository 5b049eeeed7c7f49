package nl.partnerkaart.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bookkeeping store's part of a backup: a restore brings back exactly what was backed up, and never runs code. */
class BookkeepingBackupTests extends ApplicationTest {

    @Autowired
    BookkeepingBackup part;

    @Autowired
    JdbcClient bookkeeping;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    @Test
    void aRestoreBringsBackExactlyWhatWasBackedUp() throws Exception {
        accounts.create("t-backup-kept", "kept-password-1", List.of(Role.VIEWER));
        audit.record("t-backup-kept", "test.backup", null, "success", "before the backup");
        audit.recent(1, null, null);
        String before = contents();
        Path folder = Files.createTempDirectory("partnerkaart-backup-");

        part.backUpTo(folder);
        accounts.update("t-backup-kept", List.of(Role.ADMIN), List.of("VR16"), false);
        accounts.create("t-backup-later", "later-password-1", List.of(Role.VIEWER));
        bookkeeping.sql("DELETE FROM audit_entry").update();
        assertThat(contents()).isNotEqualTo(before);
        part.restoreFrom(folder);

        assertThat(contents()).isEqualTo(before);
        assertThat(accounts.find("t-backup-kept").orElseThrow().roles()).containsExactly(Role.VIEWER);
        assertThat(accounts.exists("t-backup-later")).isFalse();
        bookkeeping.sql("DELETE FROM user_account WHERE username LIKE 't-backup-%'").update();
    }

    @Test
    void aBackupThatWouldRunCodeIsRefusedAndTheStoreIsLeftAlone() throws Exception {
        assertThat(part.isEmpty()).as("the store has the administrator's account").isFalse();
        String before = contents();
        Path folder = Files.createTempDirectory("partnerkaart-backup-");
        String url = "jdbc:h2:file:" + Files.createTempDirectory("partnerkaart-hostile-").resolve("bookkeeping");
        try (Connection hostile = DriverManager.getConnection(url, "sa", "");
             Statement statement = hostile.createStatement()) {
            statement.execute("CREATE TABLE user_account (username VARCHAR(100))");
            statement.execute("CREATE ALIAS RUN_ME FOR 'java.lang.Math.abs(int)'");
            statement.execute("SCRIPT TO '" + folder.resolve("bookkeeping.sql.gz") + "' COMPRESSION GZIP");
        }

        assertThatThrownBy(() -> part.restoreFrom(folder)).isInstanceOf(IOException.class)
                .hasMessageContaining("runs code").hasMessageContaining("ALIAS");
        assertThat(contents()).isEqualTo(before);
    }

    /** Every row of every table (Flyway's history included), in key order, as text. */
    private String contents() {
        List<String> tables = bookkeeping.sql("""
                SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME
                """).query(String.class).list();
        return tables.stream().map(table -> table + ": " + bookkeeping.sql("SELECT * FROM \"" + table + "\" ORDER BY 1")
                        .query().listOfRows().stream().map(row -> row.values().stream().map(this::text)
                                .collect(Collectors.joining("|"))).toList())
                .collect(Collectors.joining("\n"));
    }

    private String text(Object value) {
        try {
            return value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()).toString()
                    : String.valueOf(value);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
