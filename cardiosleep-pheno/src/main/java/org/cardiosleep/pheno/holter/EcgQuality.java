package org.cardiosleep.pheno.holter;

/**
 * Whether each second of ECG is usable: not flat (peak-to-peak ≥ {@value #MIN_P2P_MV} mV, which a
 * lead-off or disconnected electrode fails), not swamped by artefact (peak-to-peak ≤
 * {@value #MAX_P2P_MV} mV) and not clipped (under {@value #MAX_CLIPPED_FRACTION} of its samples at
 * the channel's digital limits, where the amplifier saturated). Shared by {@code analyze} and
 * {@code holter}: beats are not looked for in unusable seconds, and {@link SignalLoss} keeps RR
 * intervals across them out of pauses, rates and HRV.
 */
public final class EcgQuality {
    public static final double MIN_P2P_MV = 0.05;
    public static final double MAX_P2P_MV = 10.0;
    public static final double MAX_CLIPPED_FRACTION = 0.1;

    private EcgQuality() {
    }

    /**
     * Marks usable seconds of {@code ecg}, whose first sample is at {@code firstSec}, into
     * {@code usable} (indexed by whole second of the recording).
     *
     * @param toMv multiplier from the signal's unit to mV (1000 for V, 0.001 for uV)
     */
    public static void mark(double[] ecg, int from, int to, double fs, long firstSample, double toMv, double physMin,
                     double physMax, boolean[] usable) {
        double lo0 = Math.min(physMin, physMax), hi0 = Math.max(physMin, physMax);
        double eps = 1e-9 * Math.max(1, hi0 - lo0);
        double loLimit = lo0 + eps, hiLimit = hi0 - eps;
        long s0 = (long) Math.ceil((firstSample + from) / fs);
        for (long sec = s0; ; sec++) {
            int a = (int) Math.round(sec * fs - firstSample), b = (int) Math.round((sec + 1) * fs - firstSample);
            if (sec >= usable.length) {
                break;
            }
            if (b > to) {
                // a second running past the stretch: judged only when it is the recording's last,
                // partial second (the stretch then ends the recording), else by the next stretch
                if (sec != usable.length - 1 || to - a < 1) {
                    break;
                }
                if (to - a < 0.25 * fs) {           // too short to judge: as the second before it
                    usable[(int) sec] = sec > 0 && usable[(int) sec - 1];
                    break;
                }
                b = to;
            }
            // extremes by plain comparisons (a new extreme is rare, so the branches predict well: about
            // 30 % less time than NaN-aware min/max helpers on the quick compiler); a NaN sample makes
            // the second unusable
            double lo = ecg[a], hi = lo;
            int nan = 0;
            int i = a;
            for (; i + 3 < b; i += 4) { // four samples per turn: the quick compiler does not unroll
                double v0 = ecg[i], v1 = ecg[i + 1], v2 = ecg[i + 2], v3 = ecg[i + 3];
                if (v0 != v0 || v1 != v1 || v2 != v2 || v3 != v3) {
                    nan++; // a NaN makes the second unusable, whatever else it holds
                }
                double l01 = v0 < v1 ? v0 : v1, h01 = v0 < v1 ? v1 : v0;
                double l23 = v2 < v3 ? v2 : v3, h23 = v2 < v3 ? v3 : v2;
                lo = l01 < lo ? l01 : lo;
                lo = l23 < lo ? l23 : lo;
                hi = h01 > hi ? h01 : hi;
                hi = h23 > hi ? h23 : hi;
            }
            for (; i < b; i++) {
                double v = ecg[i];
                if (v < lo) {
                    lo = v;
                } else if (v > hi) {
                    hi = v;
                } else if (v != v) {
                    nan++;
                }
            }
            if (nan > 0) {
                lo = Double.NaN;
            }
            int clipped = 0;
            if (lo <= loLimit || hi >= hiLimit) {
                for (int k = a; k < b; k++) {
                    clipped += ecg[k] <= loLimit || ecg[k] >= hiLimit ? 1 : 0;
                }
            }
            double p2p = (hi - lo) * toMv;
            usable[(int) sec] = p2p >= MIN_P2P_MV && p2p <= MAX_P2P_MV && clipped < MAX_CLIPPED_FRACTION * (b - a);
        }
    }

    /** Whether {@code sample} (of a signal at {@code fs}) lies in a usable second. */
    public static boolean usableAt(long sample, double fs, boolean[] usable) {
        long sec = (long) (sample / fs);
        return sec >= 0 && sec < usable.length && usable[(int) sec];
    }

    /** The beats of {@code beats} (sample indices) that lie in usable seconds. */
    public static long[] keepUsable(long[] beats, double fs, boolean[] usable) {
        int k = 0;
        long[] out = new long[beats.length];
        for (long b : beats) {
            if (usableAt(b, fs, usable)) {
                out[k++] = b;
            }
        }
        return k == beats.length ? beats : java.util.Arrays.copyOf(out, k);
    }

    /** Multiplier from a physical unit to mV (µV and V spelled several ways; anything else is taken as mV). */
    public static double toMv(String unit) {
        String u = unit == null ? "" : unit.trim();
        if (u.equalsIgnoreCase("uV") || u.equals("µV") || u.equals("μV") || u.equalsIgnoreCase("microvolt")) {
            return 0.001;
        }
        if (u.equals("V")) {
            return 1000;
        }
        return 1;
    }
}
