package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;

/** Opens WFDB records. */
public final class WfdbReader {
    private WfdbReader() {
    }

    /**
     * Opens a WFDB record given its header file ({@code 100.hea}), its record path without extension
     * ({@code data/100}) or one of its signal files ({@code 100.dat}, when a header of the same name
     * sits beside it).
     */
    public static WfdbRecord open(Path path) throws IOException {
        Path header = headerOf(path);
        WfdbHeader h = WfdbHeader.read(header);
        try {
            if (h.isMultiSegment()) {
                return new WfdbMultiSegmentRecording(h);
            }
            return new WfdbRecording(h);
        } catch (ArithmeticException | IllegalArgumentException e) {
            // overflowing sizes or values a signal description refuses: still the file's fault
            throw new RecordingFormatException(header, "impossible values in the header (" + e.getMessage() + ")", e);
        }
    }

    /** The header file for a record path, header path or signal-file path. */
    public static Path headerOf(Path path) throws RecordingFormatException {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.endsWith(".hea")) {
            return path;
        }
        Path withHea = path.resolveSibling(name + ".hea");
        if (Files.isRegularFile(withHea)) {
            return withHea;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Path sibling = path.resolveSibling(name.substring(0, dot) + ".hea");
            if (Files.isRegularFile(sibling)) {
                return sibling;
            }
        }
        throw new RecordingFormatException(path, "no WFDB header (.hea) found for this record");
    }
}
