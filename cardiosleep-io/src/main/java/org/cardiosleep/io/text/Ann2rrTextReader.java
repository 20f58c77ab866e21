package org.cardiosleep.io.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.cardiosleep.io.RecordingFormatException;

/**
 * Reads RR-interval listings in the text form that WFDB's {@code ann2rr} prints with elapsed
 * times and beat types on both sides (the slpdb text exports {@code .rr}): per line
 * {@code start-time  start-type  interval-sec  end-type  end-time}. Beats are rebuilt from the
 * interval ends; a pseudo-beat such as {@code [0]} (the record start) is dropped. Lines whose
 * start does not match the previous end (a gap in the listing) start a new run of beats.
 */
public final class Ann2rrTextReader {
    private Ann2rrTextReader() {
    }

    public static BeatTimes read(Path file) throws IOException {
        double[] t = new double[1 << 14];
        char[] ty = new char[t.length];
        int n = 0;
        double lastEnd = Double.NaN;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f.length < 5) {
                    throw new RecordingFormatException(file, "line " + lineNo
                            + ": expected 5 columns (start time, type, interval, type, end time), got " + f.length);
                }
                double start = ElapsedTime.parseSec(f[0]);
                double end = ElapsedTime.parseSec(f[4]);
                if (Double.isNaN(start) || Double.isNaN(end) || end < start) {
                    throw new RecordingFormatException(file, "line " + lineNo + ": bad elapsed times '" + f[0] + "', '" + f[4] + "'");
                }
                if (n + 2 > t.length) {
                    t = Arrays.copyOf(t, t.length * 2);
                    ty = Arrays.copyOf(ty, t.length);
                }
                // Beat times are printed to the millisecond: a start within 1.5 ms of the previous end is the same beat.
                boolean continues = !Double.isNaN(lastEnd) && Math.abs(start - lastEnd) < 0.0015;
                if (!continues && isBeat(f[1])) {
                    t[n] = start;
                    ty[n++] = f[1].charAt(0);
                }
                if (isBeat(f[3])) {
                    if (n > 0 && end <= t[n - 1]) {
                        throw new RecordingFormatException(file, "line " + lineNo + ": beat times not increasing at " + f[4]);
                    }
                    t[n] = end;
                    ty[n++] = f[3].charAt(0);
                }
                lastEnd = end;
            }
        }
        return new BeatTimes(Arrays.copyOf(t, n), Arrays.copyOf(ty, n));
    }

    private static boolean isBeat(String type) {
        return !type.isEmpty() && type.charAt(0) != '[';
    }
}
