package nl.partnerkaart.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from Linux's {@code /proc}. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    static long residentMegabytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
