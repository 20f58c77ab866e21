package org.cardiosleep.signal.hrv;

/** Simulated beat series with known answers for the HRV tests. */
final class SimulatedRr {
    private SimulatedRr() {
    }

    /**
     * Beat times whose RR interval ending at each beat t_k is exactly
     * meanMs + ampMs·sin(2π·f·t_k) (solved by fixed-point iteration), for durationSec.
     */
    static double[] sinusoidalBeats(double meanMs, double ampMs, double freqHz, double durationSec) {
        int cap = (int) (durationSec * 1000 / (meanMs - ampMs)) + 2;
        double[] t = new double[cap];
        int n = 1;
        while (n < cap) {
            double prev = t[n - 1];
            double next = prev + meanMs / 1000;
            for (int it = 0; it < 50; it++) {
                next = prev + (meanMs + ampMs * Math.sin(2 * Math.PI * freqHz * next)) / 1000;
            }
            if (next > durationSec) {
                break;
            }
            t[n++] = next;
        }
        return java.util.Arrays.copyOf(t, n);
    }

    static double[] beatsFromRr(double... rrMs) {
        double[] t = new double[rrMs.length + 1];
        for (int i = 0; i < rrMs.length; i++) {
            t[i + 1] = t[i] + rrMs[i] / 1000.0;
        }
        return t;
    }
}
