package org.cardiosleep.signal.fhr;

import java.util.List;

/**
 * FHR morphology of one cardiotocogram (FIGO 2015): cleaned signal, baseline, variability,
 * accelerations, decelerations and contractions.
 *
 * @param fsHz                  sampling rate of the series
 * @param clean                 the cleaned FHR
 * @param baselineBpm           baseline per sample
 * @param meanBaselineBpm       mean baseline over valid signal
 * @param variabilityBpm        median per-minute amplitude (max − min) of FHR around the baseline
 * @param events                accelerations and decelerations in time order
 * @param contractions          contractions (empty without uterine activity)
 */
public record FhrAnalysis(double fsHz, FhrCleaning.CleanFhr clean, double[] baselineBpm, double meanBaselineBpm,
                          double variabilityBpm, List<FhrEvent> events, List<Contraction> contractions) {

    /** Runs cleaning, baseline, variability, contraction and event detection. */
    public static FhrAnalysis analyze(double[] fhrBpm, double[] uterine, double fsHz) {
        FhrCleaning.CleanFhr clean = FhrCleaning.clean(fhrBpm, fsHz);
        double[] base = FhrBaseline.estimate(clean.bpm(), fsHz);
        List<Contraction> uc = uterine == null || uterine.length == 0 ? List.of() : Contraction.detect(uterine, fsHz);
        List<FhrEvent> events = FhrEvents.detect(clean.bpm(), base, fsHz, uc);
        double sum = 0;
        int c = 0;
        for (int i = 0; i < base.length; i++) {
            if (!Double.isNaN(clean.bpm()[i]) && !Double.isNaN(base[i])) {
                sum += base[i];
                c++;
            }
        }
        return new FhrAnalysis(fsHz, clean, base, c == 0 ? Double.NaN : sum / c, variability(clean.bpm(), fsHz), events, uc);
    }

    /** FIGO variability: amplitude of the band of FHR per minute, median over minutes with ≥ 50 % signal. */
    static double variability(double[] x, double fsHz) {
        int per = (int) Math.round(60 * fsHz);
        int minutes = x.length / Math.max(1, per);
        double[] amp = new double[minutes];
        int k = 0;
        for (int m = 0; m < minutes; m++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            int valid = 0;
            for (int i = m * per; i < (m + 1) * per; i++) {
                double v = x[i];
                if (!Double.isNaN(v)) {
                    valid++;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (valid >= per / 2) {
                amp[k++] = hi - lo;
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        java.util.Arrays.sort(amp, 0, k);
        return k % 2 == 1 ? amp[k / 2] : 0.5 * (amp[k / 2 - 1] + amp[k / 2]);
    }

    public long count(FhrEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    public long accelerations() {
        return count(FhrEvent.Kind.ACCELERATION);
    }

    public long decelerations() {
        return events.stream().filter(e -> e.kind().isDeceleration()).count();
    }
}
