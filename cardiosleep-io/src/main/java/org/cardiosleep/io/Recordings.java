package org.cardiosleep.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cardiosleep.io.csv.CsvRecordingReader;
import org.cardiosleep.io.edf.EdfReader;
import org.cardiosleep.io.ishne.IshneHeader;
import org.cardiosleep.io.ishne.IshneRecording;
import org.cardiosleep.io.wfdb.WfdbReader;

/**
 * Opens a recording of any supported format, chosen by the file's extension and, where the
 * extension says nothing, by its first bytes: EDF/EDF+/BDF ({@code .edf}, {@code .bdf},
 * {@code .rec}), WFDB ({@code .hea}, a signal file with a header beside it, or a record name),
 * ISHNE Holter (by its magic number, whatever the extension: {@code .ecg} is also WFDB's
 * annotation suffix), CSV ({@code .csv}).
 */
public final class Recordings {
    private Recordings() {
    }

    /** Opens {@code file}; a file that is missing or of no known format gives a one-line error. */
    public static Recording open(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".hea")) {
            return WfdbReader.open(file);
        }
        if (!Files.exists(file)) {
            if (Files.isRegularFile(file.resolveSibling(file.getFileName() + ".hea"))) {
                return WfdbReader.open(file);
            }
            throw new RecordingFormatException(file, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new RecordingFormatException(file, "is a directory, not a recording");
        }
        byte[] head = firstBytes(file);
        if (startsWith(head, IshneHeader.MAGIC) || startsWith(head, IshneHeader.ANNOTATION_MAGIC)) {
            return IshneRecording.open(file);
        }
        if (name.endsWith(".edf") || name.endsWith(".bdf") || name.endsWith(".rec") || looksLikeEdf(head)) {
            return openEdf(file);
        }
        if (name.endsWith(".csv")) {
            return openCsv(file);
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? file.getFileName().toString().substring(0, dot) : file.getFileName().toString();
        if (Files.isRegularFile(file.resolveSibling(stem + ".hea"))) {
            return WfdbReader.open(file.resolveSibling(stem + ".hea"));
        }
        throw new RecordingFormatException(file, "unsupported format (expected EDF, EDF+, BDF, WFDB .hea, ISHNE or CSV)");
    }

    /** The file's first 8 bytes (fewer when it is shorter). */
    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static boolean startsWith(byte[] head, String magic) {
        return head.length == magic.length()
                && new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals(magic);
    }

    private static boolean looksLikeEdf(byte[] head) {
        if (head.length < 8) {
            return false;
        }
        boolean edf = head[0] == '0' && head[1] == ' ';
        boolean bdf = (head[0] & 0xff) == 0xff && head[1] == 'B' && head[2] == 'I' && head[3] == 'O';
        return edf || bdf;
    }

    private static Recording openEdf(Path file) throws IOException {
        return EdfReader.open(file);
    }

    private static Recording openCsv(Path file) throws IOException {
        return CsvRecordingReader.open(file);
    }
}
