package nl.partnerkaart.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a text file as UTF-8, and when it is not, says what it most likely is (UTF-16 from "Unicode text",
 * Latin-1/Windows-1252 from plain "CSV", a workbook renamed to .csv) and where, so the person knows how to save it.
 */
final class TextEncoding {

    private TextEncoding() {
    }

    static String decodeUtf8(String fileName, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidImportException(fileName, null, "import.unreadable", e.getMessage());
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            throw new InvalidImportException(fileName, null, "import.zipNotCsv");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || hasNulBytes(bytes)) {
            throw new InvalidImportException(fileName, null, "import.utf16");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int at = firstNonUtf8Byte(bytes);
            String latin1 = new String(bytes, Charset.forName("windows-1252"));
            long line = latin1.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            throw new InvalidImportException(fileName, line, "import.latin1",
                    Integer.toHexString(bytes[at] & 0xFF).toUpperCase(), String.valueOf(latin1.charAt(at)));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 without a byte order mark has a NUL next to every ASCII letter; a text file has none. */
    private static boolean hasNulBytes(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonUtf8Byte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }
}
