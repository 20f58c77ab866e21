package org.cardiosleep.pheno.analyze;

import java.util.Arrays;

/**
 * Per-epoch heart rate and short-term HRV from beat times. An RR interval counts as
 * normal-to-normal (NN) when both of its beats are normal (or unclassified), it lies within
 * 0.3-2.0 s, and it differs by less than 20 % from the previous accepted interval (a common
 * ectopy/artefact filter, e.g. Kubios' "low" correction and Task Force 1996 guidance on NN
 * editing). An interval belongs to the epoch that holds its second beat.
 */
final class EpochFeatures {
    private EpochFeatures() {
    }

    /** Fills hr, rmssd, sdnn, beats, ventricular and supraventricular for {@code epochs} epochs. */
    static void compute(BeatTable beats, double epochSec, float[] hr, float[] rmssd, float[] sdnn, int[] count,
                        int[] vent, int[] supra) {
        int n = hr.length;
        Arrays.fill(hr, Float.NaN);
        Arrays.fill(rmssd, Float.NaN);
        Arrays.fill(sdnn, Float.NaN);
        Arrays.fill(vent, beats.classified() ? 0 : -1);
        Arrays.fill(supra, beats.classified() ? 0 : -1);
        int[] s = beats.samples();
        byte[] sym = beats.symbols();
        double fs = beats.rateHz();
        // running sums per epoch
        double sumRr = 0, sumRr2 = 0, sumDiff2 = 0;
        int nRr = 0, nDiff = 0;
        int cur = -1;
        double prevNn = Double.NaN;
        for (int i = 0; i < s.length; i++) {
            int ep = (int) (s[i] / fs / epochSec);
            if (ep >= n) {
                break;
            }
            if (ep != cur) {
                flush(cur, sumRr, sumRr2, nRr, sumDiff2, nDiff, hr, rmssd, sdnn);
                sumRr = sumRr2 = sumDiff2 = 0;
                nRr = nDiff = 0;
                cur = ep;
            }
            count[ep]++;
            if (beats.classified()) {
                vent[ep] += sym[i] == 'V' ? 1 : 0;
                supra[ep] += sym[i] == 'S' ? 1 : 0;
            }
            if (i == 0) {
                continue;
            }
            double rr = beats.rrSec(i);
            boolean normal = isNormal(sym[i]) && isNormal(sym[i - 1]) && rr >= 0.3 && rr <= 2.0;
            if (!normal) {
                prevNn = Double.NaN;
                continue;
            }
            if (!Double.isNaN(prevNn) && Math.abs(rr - prevNn) > 0.2 * prevNn) {
                prevNn = rr;            // keep following the rhythm, but do not use this interval
                continue;
            }
            sumRr += rr;
            sumRr2 += rr * rr;
            nRr++;
            if (!Double.isNaN(prevNn)) {
                double d = rr - prevNn;
                sumDiff2 += d * d;
                nDiff++;
            }
            prevNn = rr;
        }
        flush(cur, sumRr, sumRr2, nRr, sumDiff2, nDiff, hr, rmssd, sdnn);
    }

    private static boolean isNormal(byte sym) {
        return org.cardiosleep.signal.rhythm.BeatLabels.isNormalCandidate(sym);
    }

    private static void flush(int ep, double sum, double sum2, int n, double diff2, int nd, float[] hr,
                              float[] rmssd, float[] sdnn) {
        if (ep < 0 || n < 5) {
            return;             // fewer than 5 NN intervals: too little for a rate
        }
        double mean = sum / n;
        hr[ep] = (float) (60 / mean);
        double var = Math.max(0, (sum2 - n * mean * mean) / (n - 1));
        sdnn[ep] = (float) (1000 * Math.sqrt(var));
        if (nd >= 4) {
            rmssd[ep] = (float) (1000 * Math.sqrt(diff2 / nd));
        }
    }
}
