package nl.partnerkaart.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.stereotype.Component;

/**
 * Turns uploaded files into tables: {@code .csv} (one kind, named by the file), {@code .xlsx} (one sheet per
 * kind) and {@code .zip} (holding such files), within the limits of {@link ImportProperties}.
 */
@Component
public class UploadedFiles {

    /** An uploaded file: its name as the person's computer gave it, and its bytes. */
    public record Upload(String name, byte[] bytes) {
    }

    private final ImportProperties limits;

    UploadedFiles(ImportProperties limits) {
        this.limits = limits;
    }

    /** @param kind the kind of a single CSV file whose name does not say it, or null */
    public List<RawTable> read(List<Upload> uploads, String kind) {
        List<RawTable> tables = new ArrayList<>();
        long[] total = {0};
        for (Upload upload : uploads) {
            checkSize(upload.name(), upload.bytes().length, total);
            switch (extension(upload.name())) {
                case "csv" -> tables.add(CsvTables.read(upload.name(), kind, new ByteArrayInputStream(upload.bytes())));
                case "xlsx" -> tables.addAll(XlsxTables.read(upload.name(), new ByteArrayInputStream(upload.bytes())));
                case "zip" -> tables.addAll(unzipped(upload, total));
                default -> throw new InvalidImportException(upload.name(), null, "import.notCsvXlsxZip");
            }
        }
        long rows = tables.stream().mapToLong(t -> t.rows().size()).sum();
        if (rows > limits.maxRows()) {
            throw new InvalidImportException(uploads.get(0).name(), null, "import.tooManyRows", rows,
                    limits.maxRows());
        }
        return tables;
    }

    private List<RawTable> unzipped(Upload zip, long[] total) {
        if (zip.bytes().length < 4 || zip.bytes()[0] != 'P' || zip.bytes()[1] != 'K') {
            throw new InvalidImportException(zip.name(), null, "import.notZip");
        }
        List<RawTable> tables = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.contains("/.")
                        || name.startsWith(".")) {
                    continue;
                }
                String where = zip.name() + "/" + name;
                byte[] bytes = readLimited(in);
                checkSize(where, bytes.length, total);
                switch (extension(name)) {
                    case "csv" -> tables.add(CsvTables.read(where, null, new ByteArrayInputStream(bytes)));
                    case "xlsx" -> tables.addAll(XlsxTables.read(where, new ByteArrayInputStream(bytes)));
                    default -> throw new InvalidImportException(where, null, "import.notCsvXlsx");
                }
            }
        } catch (ZipException e) {
            throw new InvalidImportException(zip.name(), null, "import.unreadableZip");
        } catch (IOException e) {
            throw new InvalidImportException(zip.name(), null, "import.unreadable", e.getMessage());
        }
        if (tables.isEmpty()) {
            throw new InvalidImportException(zip.name(), null, "import.emptyZip");
        }
        return tables;
    }

    /** Reads one entry, stopping just past the limit: a small ZIP can unpack to gigabytes. */
    private byte[] readLimited(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileSize().toBytes() + 1));
    }

    private void checkSize(String name, long size, long[] total) {
        if (size > limits.maxFileSize().toBytes()) {
            throw new InvalidImportException(name, null, "import.fileTooLarge", limits.maxFileSize().toMegabytes());
        }
        total[0] += size;
        if (total[0] > limits.maxTotalSize().toBytes()) {
            throw new InvalidImportException(name, null, "import.totalTooLarge", limits.maxTotalSize().toMegabytes());
        }
    }

    static boolean isSupported(String name) {
        return List.of("csv", "xlsx", "zip").contains(extension(name));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
