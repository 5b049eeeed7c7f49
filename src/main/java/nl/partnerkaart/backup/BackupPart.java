package nl.partnerkaart.backup;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One store whose contents a backup holds: the knowledge graph with its history, or the application's own
 * bookkeeping (accounts, audit, saved items). Every bean of this type is part of every backup.
 */
public interface BackupPart {

    /** The name of this part's folder inside a backup; unique among the parts. */
    String name();

    /** Writes a consistent copy of this store into {@code folder}, which exists and is empty. */
    void backUpTo(Path folder) throws IOException;

    /** Replaces this store's whole contents by the copy in {@code folder}, as {@link #backUpTo} wrote it. */
    void restoreFrom(Path folder) throws IOException;

    /** Whether this store holds nothing a restore would overwrite: a restore goes only into empty stores. */
    boolean isEmpty();
}
