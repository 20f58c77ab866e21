package org.cardiosleep.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Picks the ECG, SpO2 or respiration channel of a recording by its label, across vendors' naming
 * ("ECG", "EKG", "ECG1", "ECG II", "ECG L", "MLII", "V5", "II", "SpO2", "SaO2", "OSAT", ...).
 *
 * <p>Labels are compared in upper case with spaces, '-', '_', '.', '(' and ')' removed. Each kind
 * has ranked patterns; the best rank wins, then the higher sampling rate, then the lower index.
 * For ECG the ranks are: labels starting with ECG/EKG, then MIT-BIH modified limb leads (MLII,
 * MLI, MLIII), then standard limb leads (II, I, III, aVR/aVL/aVF, "Lead II"), then chest leads
 * (V1..V6). An explicit override (a 0-based index or a label) always wins.
 */
public final class ChannelPicker {

    /** What to look for. */
    public enum Kind {
        ECG("ECG"), SPO2("SpO2"), RESPIRATION("respiration");

        private final String display;

        Kind(String display) {
            this.display = display;
        }
    }

    private ChannelPicker() {
    }

    /** The best channel of {@code kind} among {@code signals}, or empty when no label matches. */
    public static OptionalInt find(List<SignalInfo> signals, Kind kind) {
        int[] r = ranked(signals, kind);
        return r.length == 0 ? OptionalInt.empty() : OptionalInt.of(r[0]);
    }

    /**
     * Every channel of {@code kind} among {@code signals}, best first (the order {@link #find} ranks
     * them in: label rank, then the higher sampling rate, then the lower index).
     */
    public static int[] ranked(List<SignalInfo> signals, Kind kind) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            if (rank(normalize(signals.get(i).label()), kind) != Integer.MAX_VALUE) {
                found.add(i);
            }
        }
        found.sort((a, b) -> {
            int ra = rank(normalize(signals.get(a).label()), kind), rb = rank(normalize(signals.get(b).label()), kind);
            if (ra != rb) {
                return Integer.compare(ra, rb);
            }
            int byRate = Double.compare(signals.get(b).samplingRateHz(), signals.get(a).samplingRateHz());
            return byRate != 0 ? byRate : Integer.compare(a, b);
        });
        int[] out = new int[found.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = found.get(i);
        }
        return out;
    }

    /**
     * The channel of {@code kind} in {@code recording}.
     *
     * @param override null or blank to pick by label; otherwise a 0-based channel index or a label
     *                 (compared like the automatic patterns: case- and space-insensitive)
     * @throws RecordingFormatException naming the file and listing the available labels when
     *                                  nothing matches or the override is not a channel
     */
    public static int pick(Recording recording, Kind kind, String override) throws RecordingFormatException {
        List<SignalInfo> signals = recording.signals();
        if (override != null && !override.isBlank()) {
            String o = override.trim();
            if (o.matches("[0-9]+")) {
                long idx = Long.parseLong(o.length() > 9 ? "999999999" : o);
                if (idx < signals.size()) {
                    return (int) idx;
                }
                throw new RecordingFormatException(recording.source(), "no channel " + o + " for " + kind.display
                        + ": the recording has " + signals.size() + " channels " + labels(signals));
            }
            String want = normalize(o);
            for (int i = 0; i < signals.size(); i++) {
                if (normalize(signals.get(i).label()).equals(want)) {
                    return i;
                }
            }
            throw new RecordingFormatException(recording.source(), "no channel labelled '" + o + "' for "
                    + kind.display + "; available: " + labels(signals));
        }
        OptionalInt found = find(signals, kind);
        if (found.isEmpty()) {
            throw new RecordingFormatException(recording.source(), "no " + kind.display
                    + " channel recognised among " + labels(signals)
                    + "; choose one by index or label");
        }
        return found.getAsInt();
    }

    /** The labels with their indices, e.g. {@code [0:"EEG Fpz-Cz", 1:"Resp"]}. */
    public static String labels(List<SignalInfo> signals) {
        List<String> out = new ArrayList<>(signals.size());
        for (int i = 0; i < signals.size(); i++) {
            out.add(i + ":\"" + signals.get(i).label() + "\"");
        }
        return out.toString();
    }

    static String normalize(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != ' ' && c != '-' && c != '_' && c != '.' && c != '(' && c != ')' && c != '\t') {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** Lower is better; MAX_VALUE means "not this kind". */
    private static int rank(String n, Kind kind) {
        switch (kind) {
            case ECG:
                if (n.contains("HR") || n.contains("RATE") || n.contains("PULSE")) {
                    return Integer.MAX_VALUE; // heart-rate traces derived from the ECG are not the ECG
                }
                if (n.startsWith("ECG") || n.startsWith("EKG")) {
                    return 0;
                }
                if (n.equals("MLII") || n.equals("ML2")) {
                    return 1;
                }
                if (n.equals("MLI") || n.equals("MLIII") || n.equals("ML1") || n.equals("ML3")) {
                    return 2;
                }
                if (n.equals("II") || n.equals("LEADII") || n.equals("D2")) {
                    return 3;
                }
                if (n.equals("I") || n.equals("III") || n.startsWith("LEAD") || n.equals("AVR") || n.equals("AVL")
                        || n.equals("AVF")) {
                    return 4;
                }
                if (n.matches("V[1-6]")) {
                    return n.equals("V5") ? 5 : 6;
                }
                return Integer.MAX_VALUE;
            case SPO2:
                if (n.startsWith("SPO2") || n.startsWith("SAO2") || n.equals("OSAT")
                        || n.equals("OXSAT") || n.equals("SA02") || n.equals("SP02")) {
                    return 0;
                }
                if (n.contains("SPO2") || n.contains("SAO2") || n.contains("OXIM")) {
                    return 1;
                }
                return Integer.MAX_VALUE;
            case RESPIRATION:
                if (n.contains("FLOW") || n.startsWith("NASAL") || n.contains("THERM") || n.contains("PRES")
                        && n.contains("NAS")) {
                    return 0;
                }
                if (n.startsWith("RESP") || n.startsWith("THOR") || n.startsWith("CHEST") || n.equals("RIPTHOR")
                        || n.equals("RIPSUM")) {
                    return 1;
                }
                if (n.startsWith("ABD") || n.equals("RIPABDOM") || n.equals("EFFORT")) {
                    return 2;
                }
                return Integer.MAX_VALUE;
            default:
                return Integer.MAX_VALUE;
        }
    }
}
