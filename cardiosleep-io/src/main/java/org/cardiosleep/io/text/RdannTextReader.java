package org.cardiosleep.io.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.io.RecordingFormatException;

/**
 * Reads annotations in the text form that WFDB's {@code rdann} prints (and that the slpdb text
 * exports {@code .an} hold): an optional header line
 * {@code Elapsed time  Sample #  Type  Sub Chan  Num	Aux}, then one row per annotation with six
 * whitespace-separated columns and the aux string after a tab.
 */
public final class RdannTextReader {
    private RdannTextReader() {
    }

    /** All annotations of {@code file}, in file order. */
    public static List<TextAnnotation> read(Path file) throws IOException {
        List<TextAnnotation> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.stripLeading().startsWith("Elapsed")) {
                    continue;
                }
                out.add(parse(file, lineNo, line));
            }
        }
        return out;
    }

    private static TextAnnotation parse(Path file, int lineNo, String line) throws RecordingFormatException {
        int tab = line.indexOf('\t');
        String fields = tab >= 0 ? line.substring(0, tab) : line;
        String aux = tab >= 0 ? line.substring(tab + 1).strip() : "";
        String[] f = fields.trim().split("\\s+");
        if (f.length < 6) {
            throw new RecordingFormatException(file, "line " + lineNo + ": expected 6 columns (time, sample, type, sub, chan, num), got "
                    + f.length);
        }
        double t = ElapsedTime.parseSec(f[0]);
        if (Double.isNaN(t)) {
            throw new RecordingFormatException(file, "line " + lineNo + ": bad elapsed time '" + f[0] + "'");
        }
        try {
            return new TextAnnotation(t, Long.parseLong(f[1]), f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), aux);
        } catch (NumberFormatException e) {
            throw new RecordingFormatException(file, "line " + lineNo + ": bad number in '" + fields.trim() + "'");
        }
    }
}
