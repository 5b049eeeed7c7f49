package nl.partnerkaart.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders whose files hold password hashes or e-mail addresses (backups, the bookkeeping store): readable by the
 * account that runs Partnerkaart only, whatever the umask. Where the file system has no POSIX permissions (Windows)
 * the folder's inherited access applies.
 */
public final class OwnerOnlyFolders {

    private OwnerOnlyFolders() {
    }

    /** Creates {@code folder} (and missing parents, with default permissions) and makes it owner-only. */
    public static Path create(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }
}
