package org.cardiosleep.pheno.analyze;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.SignalInfo;

/** Chooses the ECG and SpO2 channels of a recording, by the user's choice or by label and unit. */
final class Channels {
    private static final Pattern ECG = Pattern.compile(
            "(?i).*\\b(ecg|ekg|mlii|ml2|lead|avr|avl|avf)\\b.*|(?i)(ecg|ekg).*|(?i)(i|ii|iii|v[1-6])");
    private static final Pattern SPO2 = Pattern.compile("(?i).*(spo2|sao2|sp02|osat|oxygen|\\bsat\\b|oxim).*");

    private Channels() {
    }

    /** The ECG channel index: {@code choice} as a label or index, else the first ECG-like label. */
    static int ecg(Recording rec, String choice) throws RecordingFormatException {
        List<SignalInfo> s = rec.signals();
        if (choice != null) {
            return byChoice(rec, choice);
        }
        for (int i = 0; i < s.size(); i++) {
            if (ECG.matcher(s.get(i).label().trim()).matches() && !isAnnotation(s.get(i))) {
                return i;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            String u = s.get(i).physicalUnit().trim().toLowerCase(Locale.ROOT);
            if ((u.equals("mv") || u.equals("uv") || u.equals("µv")) && s.get(i).samplingRateHz() >= 100
                    && !isAnnotation(s.get(i))) {
                return i;
            }
        }
        throw new RecordingFormatException(rec.source(), "no ECG channel found (labels: " + labels(s)
                + "); choose one with --channel");
    }

    /** The SpO2 channel index, or -1 when there is none. */
    static int spo2(Recording rec, String choice) throws RecordingFormatException {
        if (choice != null) {
            return byChoice(rec, choice);
        }
        List<SignalInfo> s = rec.signals();
        for (int i = 0; i < s.size(); i++) {
            if (SPO2.matcher(s.get(i).label()).matches() && s.get(i).samplingRateHz() <= 256) {
                return i;
            }
        }
        return -1;
    }

    private static int byChoice(Recording rec, String choice) throws RecordingFormatException {
        List<SignalInfo> s = rec.signals();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).label().trim().equalsIgnoreCase(choice.trim())) {
                return i;
            }
        }
        try {
            int i = Integer.parseInt(choice.trim());
            if (i >= 0 && i < s.size()) {
                return i;
            }
        } catch (NumberFormatException ignored) {
            // not an index
        }
        throw new RecordingFormatException(rec.source(), "no channel '" + choice + "' (labels: " + labels(s) + ")");
    }

    private static boolean isAnnotation(SignalInfo s) {
        return s.label().toLowerCase(Locale.ROOT).contains("annotation");
    }

    private static String labels(List<SignalInfo> s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(s.get(i).label());
        }
        return b.length() == 0 ? "none" : b.toString();
    }
}
