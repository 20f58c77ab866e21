package org.cardiosleep.io.nsrr;

import java.util.Arrays;
import java.util.List;

/**
 * Sleep-stage codes of the epoch sequences this package produces, and their construction from
 * scored stage events. Codes follow NSRR's own numbering of the EventConcept code, with R&K
 * stages 3 and 4 merged into N3 (AASM 2007 scoring manual):
 *
 * <pre>
 *   0 = Wake   1 = N1   2 = N2   3 = N3 (NSRR "3" and "4")   5 = REM   9 = unscored
 * </pre>
 *
 * <p>Movement time ("6"), "Unscored" ("9"), unknown codes and epochs covered by no stage event
 * are unscored.
 */
public final class SleepStages {
    public static final byte WAKE = 0;
    public static final byte N1 = 1;
    public static final byte N2 = 2;
    public static final byte N3 = 3;
    public static final byte REM = 5;
    public static final byte UNSCORED = 9;

    private SleepStages() {
    }

    /** The code of an NSRR stage concept code ("0".."5", "9", ...) or R&K letter (W, 1..4, R, MT). */
    public static byte fromCode(String code) {
        switch (code.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "0": case "W": case "WAKE":
                return WAKE;
            case "1": case "N1":
                return N1;
            case "2": case "N2":
                return N2;
            case "3": case "4": case "N3": case "N4":
                return N3;
            case "5": case "R": case "REM":
                return REM;
            default:
                return UNSCORED;
        }
    }

    /**
     * The epoch sequence from stage events: epoch {@code i} covers {@code [i, i+1) * epochSec} and
     * takes the stage of the event covering its start. Events may span several epochs.
     *
     * @param epochCount number of epochs, or -1 to end with the last stage event
     */
    public static byte[] fromEvents(List<NsrrEvent> events, double epochSec, int epochCount) {
        if (!(epochSec > 0)) {
            throw new IllegalArgumentException("epoch length must be positive: " + epochSec);
        }
        int n = epochCount;
        if (n < 0) {
            double end = 0;
            for (NsrrEvent e : events) {
                if (e.isStage()) {
                    end = Math.max(end, e.startSec() + e.durationSec());
                }
            }
            n = (int) Math.min(Integer.MAX_VALUE - 8, Math.round(end / epochSec));
        }
        byte[] out = new byte[n];
        Arrays.fill(out, UNSCORED);
        for (NsrrEvent e : events) {
            if (!e.isStage()) {
                continue;
            }
            byte code = fromCode(e.code());
            long first = Math.round(e.startSec() / epochSec);
            long count = Math.max(1, Math.round(e.durationSec() / epochSec));
            for (long i = Math.max(0, first); i < Math.min(n, first + count); i++) {
                out[(int) i] = code;
            }
        }
        return out;
    }
}
