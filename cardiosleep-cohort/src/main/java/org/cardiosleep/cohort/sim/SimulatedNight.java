package org.cardiosleep.cohort.sim;

import java.util.SplittableRandom;

import org.cardiosleep.cohort.NightResult;

/**
 * SIMULATED night-level phenotypes (no ECG is analysed): a deterministic generator, seeded per
 * night, of plausible sleep and cardiac phenotypes with one planted association — the log rate of
 * premature ventricular complexes (PVC) falls by {@code ectopyEffect} per percentage point of
 * sleep efficiency — for testing the cohort runner, store and association studies end to end.
 *
 * <p>Phenotype names (units in the name): tib_min, sol_min, tst_min, waso_min, se_pct, rem_pct,
 * n3_pct, hr_mean_bpm, rmssd_ms, pvc_count, pvc_per_hour, ahi_est. Epochs (30 s): stage (0 wake,
 * 1 light N1+N2, 2 deep N3, 3 REM) and hr_bpm. Events: one "PVC" per simulated ectopic beat.
 */
public final class SimulatedNight {
    /** Names of the night-level phenotypes, in output order. */
    public static final String[] PHENOTYPES = {"tib_min", "sol_min", "tst_min", "waso_min", "se_pct", "rem_pct",
            "n3_pct", "hr_mean_bpm", "rmssd_ms", "pvc_count", "pvc_per_hour", "ahi_est"};
    /** Log PVC rate at sleep efficiency 85 %, age 50, female. */
    static final double LOG_PVC_BASE = 3.0;
    /** Sleep efficiency at which the planted effect is centred. */
    public static final double SE_CENTRE_PCT = 85.0;
    static final double EPOCH_SEC = 30.0;

    private SimulatedNight() {
    }

    /**
     * Generates one night.
     *
     * @param seed         per-night seed
     * @param ectopyEffect planted log-rate ratio of PVCs per +1 % sleep efficiency (e.g. -0.04)
     * @param ageYears     age (NaN treated as 50)
     * @param sex          "M" or "F" (others as F)
     * @param bmiKgM2      BMI (NaN treated as 27)
     * @param withEpochs   whether to produce 30-s epoch rows and PVC events
     */
    public static NightResult generate(long seed, double ectopyEffect, double ageYears, String sex, double bmiKgM2,
                                       boolean withEpochs) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double age = Double.isNaN(ageYears) ? 50 : ageYears;
        double bmi = Double.isNaN(bmiKgM2) ? 27 : bmiKgM2;
        double male = "M".equalsIgnoreCase(sex) ? 1 : 0;
        double tib = 480 + 30 * gauss(rnd);
        double sol = Math.exp(Math.log(12) + 0.6 * gauss(rnd));
        double se = clamp(88 - 0.15 * (age - 50) - 0.2 * (bmi - 27) + 5 * gauss(rnd), 50, 99);
        double tst = tib * se / 100;
        double waso = Math.max(0, tib - tst - sol);
        sol = Math.min(sol, tib - tst);
        double rem = clamp(20 + 4 * gauss(rnd), 5, 35);
        double n3 = clamp(15 - 0.1 * (age - 50) + 4 * gauss(rnd), 0, 35);
        double hr = 62 + 0.2 * (bmi - 27) + 6 * gauss(rnd);
        double rmssd = Math.max(5, 40 - 0.4 * (age - 50) + 10 * gauss(rnd));
        double logRate = LOG_PVC_BASE + ectopyEffect * (se - SE_CENTRE_PCT) + 0.02 * (age - 50) + 0.15 * male;
        int pvc = poisson(rnd, Math.exp(logRate));
        double ahi = Math.max(0, 5 + 0.5 * (bmi - 27) + 4 * gauss(rnd));
        double[] values = {tib, sol, tst, waso, se, rem, n3, hr, rmssd, pvc, pvc / (tib / 60), ahi};
        if (!withEpochs) {
            return new NightResult(PHENOTYPES.clone(), values, null, null);
        }
        int n = (int) (tib * 60 / EPOCH_SEC);
        double[] stage = new double[n];
        double[] hrEpoch = new double[n];
        double pWake = waso / Math.max(1, tib - sol);
        int solEpochs = (int) Math.round(sol * 60 / EPOCH_SEC);
        for (int e = 0; e < n; e++) {
            boolean wake = e < solEpochs || rnd.nextDouble() < pWake;
            double phase = (e - solEpochs) * EPOCH_SEC / 5400.0; // ~90-min cycles
            double frac = phase - Math.floor(phase);
            stage[e] = wake ? 0 : frac < n3 / 100 * 2 ? 2 : frac > 1 - rem / 100 * 1.5 ? 3 : 1;
            hrEpoch[e] = hr + (stage[e] == 0 ? 6 : stage[e] == 2 ? -4 : stage[e] == 3 ? 3 : 0) + 2 * gauss(rnd);
        }
        String[] types = new String[pvc];
        double[] onset = new double[pvc];
        double[] dur = new double[pvc];
        double[] val = new double[pvc];
        for (int i = 0; i < pvc; i++) {
            types[i] = "PVC";
            onset[i] = rnd.nextDouble() * tib * 60;
            val[i] = 1;
        }
        java.util.Arrays.sort(onset);
        return new NightResult(PHENOTYPES.clone(), values,
                new NightResult.EpochTable(EPOCH_SEC, new String[] {"stage", "hr_bpm"}, new double[][] {stage, hrEpoch}),
                new NightResult.EventTable(types, onset, dur, val));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Standard normal by Box–Muller (deterministic given the generator's state). */
    static double gauss(SplittableRandom rnd) {
        double u = 1.0 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Poisson variate by counting unit-rate exponential arrivals (O(lambda); lambda is small here). */
    static int poisson(SplittableRandom rnd, double lambda) {
        int k = 0;
        double t = 0;
        while (true) {
            t += -Math.log(1.0 - rnd.nextDouble());
            if (t > lambda) {
                return k;
            }
            k++;
        }
    }
}
