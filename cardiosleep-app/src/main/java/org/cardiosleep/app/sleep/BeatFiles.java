package org.cardiosleep.app.sleep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.text.Ann2rrTextReader;
import org.cardiosleep.io.text.BeatTimes;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.io.wfdb.WfdbHeader;

/**
 * Reads a file of beats: ann2rr text ({@code .rr}), a WFDB beat-annotation file with its header
 * beside it ({@code NAME.qrs}, {@code NAME.atr}, ... with {@code NAME.hea}), or plain text with one
 * beat time in seconds per line (the first column of a CSV; lines that are not numbers are skipped).
 */
final class BeatFiles {
    private BeatFiles() {
    }

    static BeatTimes read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new RecordingFormatException(file, "is a directory, not a file of beats");
        }
        if (!Files.isRegularFile(file)) {
            throw new RecordingFormatException(file, "file not found");
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rr")) {
            return Ann2rrTextReader.read(file);
        }
        int dot = name.lastIndexOf('.');
        Path header = dot > 0 ? file.resolveSibling(name.substring(0, dot) + ".hea") : null;
        if (header != null && Files.isRegularFile(header) && !lower.endsWith(".txt") && !lower.endsWith(".csv")) {
            double fs = WfdbHeader.read(header).frameRateHz();
            List<WfdbAnnotation> ann = WfdbAnnotationReader.read(file);
            double[] t = new double[ann.size()];
            char[] ty = new char[ann.size()];
            int n = 0;
            for (WfdbAnnotation a : ann) {
                if (a.isBeat()) {
                    t[n] = a.sample() / fs;
                    ty[n++] = a.mnemonic().isEmpty() ? '?' : a.mnemonic().charAt(0);
                }
            }
            return new BeatTimes(Arrays.copyOf(t, n), Arrays.copyOf(ty, n));
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RecordingFormatException(file, "not a text file of beat times (a WFDB annotation file needs its "
                    + (header == null ? "header" : header.getFileName().toString()) + " beside it)");
        }
        double[] t = new double[lines.size()];
        int n = 0;
        for (String line : lines) {
            String s = line.split("[,;\\s]+", -1)[0].trim();
            if (s.isEmpty() && line.trim().contains(" ")) {
                s = line.trim().split("\\s+")[0];
            }
            try {
                double v = Double.parseDouble(s);
                if (n > 0 && v <= t[n - 1]) {
                    throw new RecordingFormatException(file, "beat times must increase (" + v + " after " + t[n - 1] + ")");
                }
                t[n++] = v;
            } catch (NumberFormatException e) {
                // header or comment line
            }
        }
        if (n < 2) {
            throw new RecordingFormatException(file, "fewer than 2 beat times found (expected .rr, a WFDB annotation file "
                    + "with its .hea, or one time in seconds per line)");
        }
        char[] ty = new char[n];
        Arrays.fill(ty, 'N');
        return new BeatTimes(Arrays.copyOf(t, n), ty);
    }
}
