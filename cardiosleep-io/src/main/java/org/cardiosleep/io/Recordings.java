package org.cardiosleep.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cardiosleep.io.csv.CsvRecordingReader;
import org.cardiosleep.io.edf.EdfReader;
import org.cardiosleep.io.wfdb.WfdbReader;

/**
 * Opens a recording of any supported format, chosen by the file's extension and, where the
 * extension says nothing, by its first bytes: EDF/EDF+/BDF ({@code .edf}, {@code .bdf},
 * {@code .rec}), WFDB ({@code .hea}, a signal file with a header beside it, or a record name),
 * CSV ({@code .csv}).
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
        if (name.endsWith(".edf") || name.endsWith(".bdf") || name.endsWith(".rec") || looksLikeEdf(file)) {
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
        throw new RecordingFormatException(file, "unsupported format (expected EDF, EDF+, BDF, WFDB .hea or CSV)");
    }

    private static boolean looksLikeEdf(Path file) throws IOException {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 8);
            if (n < 8) {
                return false;
            }
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
