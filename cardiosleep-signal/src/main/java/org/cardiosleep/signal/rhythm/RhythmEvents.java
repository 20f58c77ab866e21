package org.cardiosleep.signal.rhythm;

import java.util.ArrayList;
import java.util.List;

/**
 * Rhythm events from beat times and classes, with the definitions of Holter practice:
 * <ul>
 *   <li>{@code AF}: episodes of consecutive beats called AF by {@link AfDetector};</li>
 *   <li>{@code PAUSE_2S}, {@code PAUSE_3S}: RR intervals of at least 2.0 s / 3.0 s (a 3-s pause
 *       is also a 2-s pause);</li>
 *   <li>{@code BRADY}: at least 8 consecutive beats with an 8-beat running heart rate below
 *       50 bpm; {@code TACHY}: at least 8 consecutive beats with running rate above 100 bpm
 *       outside AF;</li>
 *   <li>{@code V_COUPLET}, {@code V_TRIPLET}: exactly 2 / 3 consecutive V beats;
 *       {@code NSVT}: at least 3 consecutive V beats at a rate above 100 bpm lasting less than
 *       30 s (so a fast triplet is also an NSVT), {@code VT} the same lasting 30 s or more,
 *       {@code V_RUN_SLOW}: at least 3 V beats at 100 bpm or less (idioventricular);</li>
 *   <li>{@code V_BIGEMINY}, {@code V_TRIGEMINY}: at least 3 consecutive cycles of N-V or N-N-V;</li>
 *   <li>{@code S_COUPLET}: exactly 2 consecutive S beats; {@code SVT}: at least 3 consecutive S
 *       beats at a rate above 100 bpm.</li>
 * </ul>
 */
public final class RhythmEvents {
    public static final double PAUSE_SEC = 2.0, LONG_PAUSE_SEC = 3.0;
    public static final double BRADY_BPM = 50, TACHY_BPM = 100;
    public static final int RATE_BEATS = 8;
    public static final double SUSTAINED_VT_SEC = 30;

    private RhythmEvents() {
    }

    /** All events, in order of onset within each type. {@code classes} may be null (no ectopy events). */
    public static List<RhythmEvent> find(double[] t, byte[] classes, boolean[] af) {
        List<RhythmEvent> out = new ArrayList<>();
        if (af != null) {
            runs(t, af, "AF", out);
        }
        pauses(t, out);
        rateEpisodes(t, af, out);
        if (classes != null) {
            ventricular(t, classes, out);
            supraventricular(t, classes, out);
            geminy(t, classes, 2, "V_BIGEMINY", out);
            geminy(t, classes, 3, "V_TRIGEMINY", out);
        }
        return out;
    }

    private static double rate(double[] t, int first, int last) {
        // mean rate over the intervals ending at beats first+1..last, or including the one into `first`
        int a = first > 0 ? first - 1 : first;
        return last > a ? 60.0 * (last - a) / (t[last] - t[a]) : Double.NaN;
    }

    static void runs(double[] t, boolean[] flag, String type, List<RhythmEvent> out) {
        int n = flag.length;
        int i = 0;
        while (i < n) {
            if (!flag[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && flag[j + 1]) {
                j++;
            }
            double onset = i > 0 ? t[i - 1] : t[i]; // the first AF interval starts at the previous beat
            out.add(new RhythmEvent(type, i, j, onset, t[j], rate(t, i, j), j - i + 1));
            i = j + 1;
        }
    }

    static void pauses(double[] t, List<RhythmEvent> out) {
        for (int i = 1; i < t.length; i++) {
            double rr = t[i] - t[i - 1];
            if (rr >= PAUSE_SEC) {
                out.add(new RhythmEvent("PAUSE_2S", i - 1, i, t[i - 1], t[i], 60.0 / rr, 2));
            }
            if (rr >= LONG_PAUSE_SEC) {
                out.add(new RhythmEvent("PAUSE_3S", i - 1, i, t[i - 1], t[i], 60.0 / rr, 2));
            }
        }
    }

    static void rateEpisodes(double[] t, boolean[] af, List<RhythmEvent> out) {
        int n = t.length;
        if (n <= RATE_BEATS) {
            return;
        }
        boolean[] brady = new boolean[n];
        boolean[] tachy = new boolean[n];
        for (int i = RATE_BEATS; i < n; i++) {
            double hr = 60.0 * RATE_BEATS / (t[i] - t[i - RATE_BEATS]);
            if (hr < BRADY_BPM) {
                for (int k = i - RATE_BEATS; k <= i; k++) {
                    brady[k] = true;
                }
            } else if (hr > TACHY_BPM && (af == null || !af[i])) {
                for (int k = i - RATE_BEATS; k <= i; k++) {
                    tachy[k] = true;
                }
            }
        }
        runs(t, brady, "BRADY", out);
        runs(t, tachy, "TACHY", out);
    }

    static void ventricular(double[] t, byte[] c, List<RhythmEvent> out) {
        int n = c.length;
        int i = 0;
        while (i < n) {
            if (c[i] != BeatLabels.V) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && c[j + 1] == BeatLabels.V) {
                j++;
            }
            int len = j - i + 1;
            double r = rate(t, i, j);
            double onset = i > 0 ? t[i - 1] : t[i];
            if (len == 2) {
                out.add(new RhythmEvent("V_COUPLET", i, j, onset, t[j], r, len));
            } else if (len >= 3) {
                if (len == 3) {
                    out.add(new RhythmEvent("V_TRIPLET", i, j, onset, t[j], r, len));
                }
                String type = r > TACHY_BPM ? (t[j] - onset >= SUSTAINED_VT_SEC ? "VT" : "NSVT") : "V_RUN_SLOW";
                out.add(new RhythmEvent(type, i, j, onset, t[j], r, len));
            }
            i = j + 1;
        }
    }

    static void supraventricular(double[] t, byte[] c, List<RhythmEvent> out) {
        int n = c.length;
        int i = 0;
        while (i < n) {
            if (c[i] != BeatLabels.S) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && c[j + 1] == BeatLabels.S) {
                j++;
            }
            int len = j - i + 1;
            double r = rate(t, i, j);
            double onset = i > 0 ? t[i - 1] : t[i];
            if (len == 2) {
                out.add(new RhythmEvent("S_COUPLET", i, j, onset, t[j], r, len));
            } else if (len >= 3 && r > TACHY_BPM) {
                out.add(new RhythmEvent("SVT", i, j, onset, t[j], r, len));
            }
            i = j + 1;
        }
    }

    /** Runs of at least 3 cycles of (period−1) normal beats followed by one V beat. */
    static void geminy(double[] t, byte[] c, int period, String type, List<RhythmEvent> out) {
        int n = c.length;
        int i = 0;
        while (i + period <= n) {
            int cycles = 0;
            int j = i;
            while (j + period <= n && isCycle(c, j, period)) {
                cycles++;
                j += period;
            }
            if (cycles >= 3) {
                out.add(new RhythmEvent(type, i, j - 1, t[i], t[j - 1], rate(t, i, j - 1), j - i));
                i = j;
            } else {
                i++;
            }
        }
    }

    private static boolean isCycle(byte[] c, int start, int period) {
        for (int k = 0; k < period - 1; k++) {
            if (c[start + k] != BeatLabels.N) {
                return false;
            }
        }
        return c[start + period - 1] == BeatLabels.V;
    }
}
