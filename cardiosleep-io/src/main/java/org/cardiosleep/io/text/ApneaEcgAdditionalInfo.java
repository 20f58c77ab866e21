package org.cardiosleep.io.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.io.RecordingFormatException;

/**
 * Reads {@code additional-information.txt} of the Apnea-ECG Database: one tab-separated row per
 * record with length, non-apnea and apnea minutes, hours with apnea, AI, HI, AHI, age, sex, height
 * and weight (Penzel et al. 2000).
 */
public final class ApneaEcgAdditionalInfo {
    /** One record's row. */
    public record Row(String record, int lengthMin, int nonApneaMin, int apneaMin, int hoursWithApnea, double ai,
                      double hi, double ahi) {
    }

    private ApneaEcgAdditionalInfo() {
    }

    /** The rows by record name. */
    public static Map<String, Row> read(Path file) throws IOException {
        Map<String, Row> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).trim().split("\\s+");
            if (f.length < 8 || !f[0].matches("[a-z]\\d\\d")) {
                continue;
            }
            try {
                out.put(f[0], new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7])));
            } catch (NumberFormatException e) {
                throw new RecordingFormatException(file, "line " + (i + 1) + ": bad number in '" + lines.get(i).trim() + "'");
            }
        }
        return out;
    }
}
