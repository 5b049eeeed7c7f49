package nl.partnerkaart.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A part as its manifest describes it, with known answers: lines and SHA-256 of each file, from one read. */
class BackupManifestTests {

    @Test
    void eachFileHasItsLinesAndItsSha256(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("nodes.jsonl"), "a\nb\n");
        Files.write(folder.resolve("empty.zip"), new byte[0]);
        byte[] large = new byte[200 * 1024];
        for (int i = 0; i < large.length; i += 1000) {
            large[i] = '\n';
        }
        Files.write(folder.resolve("large.bin"), large);
        Files.createDirectory(folder.resolve("not-a-file"));

        Backup.Part part = BackupService.described("graph", folder);

        assertThat(part.name()).isEqualTo("graph");
        assertThat(part.files()).isEqualTo(Map.of("nodes.jsonl", 2L, "empty.zip", 0L, "large.bin", 205L));
        assertThat(part.sha256()).containsEntry("nodes.jsonl",
                        "911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2")
                .containsEntry("empty.zip", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                .containsOnlyKeys("nodes.jsonl", "empty.zip", "large.bin");
    }
}
