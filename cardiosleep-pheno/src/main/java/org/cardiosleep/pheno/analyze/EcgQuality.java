package org.cardiosleep.pheno.analyze;

import org.cardiosleep.signal.Extrema;

/**
 * Whether each second of ECG is usable: not flat (peak-to-peak ≥ {@value #MIN_P2P_MV} mV, which a
 * lead-off or disconnected electrode fails), not swamped by artefact (peak-to-peak ≤
 * {@value #MAX_P2P_MV} mV) and not clipped (under {@value #MAX_CLIPPED_FRACTION} of its samples at
 * the channel's digital limits, where the amplifier saturated).
 */
final class EcgQuality {
    static final double MIN_P2P_MV = 0.05;
    static final double MAX_P2P_MV = 10.0;
    static final double MAX_CLIPPED_FRACTION = 0.1;

    private EcgQuality() {
    }

    /**
     * Marks usable seconds of {@code ecg}, whose first sample is at {@code firstSec}, into
     * {@code usable} (indexed by whole second of the recording).
     *
     * @param toMv multiplier from the signal's unit to mV (1000 for V, 0.001 for uV)
     */
    static void mark(double[] ecg, int from, int to, double fs, long firstSample, double toMv, double physMin,
                     double physMax, boolean[] usable) {
        double lo0 = Math.min(physMin, physMax), hi0 = Math.max(physMin, physMax);
        double eps = 1e-9 * Math.max(1, hi0 - lo0);
        long s0 = (long) Math.ceil((firstSample + from) / fs);
        for (long sec = s0; ; sec++) {
            int a = (int) Math.round(sec * fs - firstSample), b = (int) Math.round((sec + 1) * fs - firstSample);
            if (b > to || sec >= usable.length) {
                break;
            }
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            int clipped = 0;
            for (int i = a; i < b; i++) {
                double v = ecg[i];
                lo = Extrema.min(lo, v);
                hi = Extrema.max(hi, v);
                clipped += v <= lo0 + eps || v >= hi0 - eps ? 1 : 0;
            }
            double p2p = (hi - lo) * toMv;
            usable[(int) sec] = p2p >= MIN_P2P_MV && p2p <= MAX_P2P_MV && clipped < MAX_CLIPPED_FRACTION * (b - a);
        }
    }

    /** Multiplier from a physical unit to mV. */
    static double toMv(String unit) {
        String u = unit == null ? "" : unit.trim();
        if (u.equalsIgnoreCase("uV") || u.equals("µV") || u.equals("μV")) {
            return 0.001;
        }
        if (u.equals("V")) {
            return 1000;
        }
        return 1;
    }
}
