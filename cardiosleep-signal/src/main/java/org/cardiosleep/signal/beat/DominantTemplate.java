package org.cardiosleep.signal.beat;

import java.util.Arrays;

/**
 * The record's dominant beat: the sample-wise median of up to {@value #MAX_BEATS} beats spread evenly
 * over the record (over its slow beats when their RR ratios are given), refined once by keeping only
 * the half of them that correlate best with the first median. In nearly every record the dominant beat is the patient's normally conducted beat, so a
 * beat's distance to it is what transfers between patients (per-patient adaptation from the
 * record's own dominant beats; cf. the patient-adaptable features of de Chazal 2004 and Llamedo 2012).
 */
final class DominantTemplate {
    static final int MAX_BEATS = 501;
    /** Candidates for the dominant beat: beats whose pre-RR ratio is at least this quantile. */
    static final double SLOW_QUANTILE = 0.75;
    /** Fewest candidates the slow-beat selection may leave. */
    static final int MIN_SLOW_BEATS = 20;

    /** Samples of the template, index {@code w.beatBefore} is the fiducial point. */
    final double[] samples;
    final double qrsPeakToPeak;
    final double qrsEnergy;
    final double maxSlope;
    final int qrsWidth;
    private final double qrsMean;

    private DominantTemplate(double[] samples, BeatWindows w) {
        this.samples = samples;
        int c = w.beatBefore;
        double p2p = BeatMath.peakToPeak(samples, c - w.qrsBefore, c + w.qrsAfter);
        this.qrsPeakToPeak = p2p > 0 ? p2p : 1e-6;
        double base = BeatMath.mean(samples, c - w.qrsBefore, c + w.qrsAfter);
        this.qrsMean = base;
        double e = BeatMath.energy(samples, c - w.qrsBefore, c + w.qrsAfter, base);
        this.qrsEnergy = e > 0 ? e : 1e-12;
        double s = BeatMath.maxSlope(samples, c - w.qrsBefore, c + w.qrsAfter);
        this.maxSlope = s > 0 ? s : 1e-9;
        this.qrsWidth = Math.max(1, BeatMath.qrsWidth(samples, c, w.qrsBefore, w.qrsAfter, w.samples(0.02)));
    }

    /** Mean of the template over the QRS window (the reference level of the shape features). */
    double templateQrsMean() {
        return qrsMean;
    }

    static DominantTemplate of(double[] x, int[] beats, BeatWindows w) {
        return of(x, beats, null, w);
    }

    /**
     * The dominant beat from the beats that are not premature: when {@code prematurity} (a beat's
     * pre-RR over its long-term reference, one value per beat) is given, only beats at or above its
     * {@value #SLOW_QUANTILE} quantile are candidates. The beats that follow the longest intervals
     * are the sinus beats even where ectopic beats outnumber them (frequent atrial ectopy, bigeminy,
     * ectopic runs), whereas the most common beat then is the ectopic one; in a sinus rhythm the
     * slower beats are as normal as the rest.
     */
    static DominantTemplate of(double[] x, int[] beats, double[] prematurity, BeatWindows w) {
        int n = beats.length;
        int first = n > 6 ? 2 : 0, last = n > 6 ? n - 3 : n - 1;
        int[] pool = candidates(beats, prematurity, first, last);
        int poolSize = pool.length;
        int count = Math.max(0, Math.min(MAX_BEATS, poolSize));
        int[] chosen = new int[count];
        for (int k = 0; k < count; k++) {
            chosen[k] = pool[(int) ((long) k * (poolSize - 1) / Math.max(1, count - 1))];
        }
        double[] t0 = median(x, chosen, count, w);
        if (count < 4) {
            return new DominantTemplate(t0, w);
        }
        double[] corr = new double[count];
        int[] aligned = new int[count];
        LagSearch search = new LagSearch(t0, w);
        for (int k = 0; k < count; k++) {
            int lag = search.bestLag(x, chosen[k]);
            aligned[k] = chosen[k] + lag;
            corr[k] = BeatMath.pearson(x, aligned[k] - w.qrsBefore, t0, w.beatBefore - w.qrsBefore, w.qrsLength);
        }
        double[] sorted = corr.clone();
        Arrays.sort(sorted);
        double cut = sorted[count / 2];
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (corr[k] >= cut) {
                aligned[kept++] = aligned[k];
            }
        }
        return new DominantTemplate(median(x, aligned, kept, w), w);
    }

    /**
     * Beat positions {@code beats[first..last]}, or when {@code prematurity} is given those of them
     * whose value is at least the {@value #SLOW_QUANTILE} quantile over that range (all of them when
     * fewer than {@value #MIN_SLOW_BEATS} would remain).
     */
    private static int[] candidates(int[] beats, double[] prematurity, int first, int last) {
        int m = Math.max(0, last - first + 1);
        int[] all = new int[m];
        System.arraycopy(beats, first, all, 0, m);
        if (prematurity == null || m < MIN_SLOW_BEATS / (1 - SLOW_QUANTILE)) {
            return all;
        }
        double[] v = new double[m];
        System.arraycopy(prematurity, first, v, 0, m);
        double cut = BeatMath.select(v, m, (int) (SLOW_QUANTILE * m));
        int[] slow = new int[m];
        int kept = 0;
        for (int i = 0; i < m; i++) {
            if (prematurity[first + i] >= cut) {
                slow[kept++] = beats[first + i];
            }
        }
        return kept >= MIN_SLOW_BEATS ? Arrays.copyOf(slow, kept) : all;
    }

    /**
     * Search for the lag (samples, multiple of {@code w.lagStep}) that maximises the Pearson correlation of a beat's QRS with a fixed template
     * QRS. The template's centred samples and energy are computed once, so each lag costs one pass of
     * Σx·t̃ (t̃ centred, for which Σ(x−x̄)·t̃ = Σx·t̃), with Σx and Σx² from prefix sums. Not
     * thread-safe (it reuses its prefix buffers).
     */
    static final class LagSearch {
        private final double[] t;
        private final double[] centred;
        private final double energy;
        private final BeatWindows w;
        private final int tStart;
        /** Prefix sums of the searched span (reused from beat to beat). */
        private final WindowSums sums = new WindowSums();

        LagSearch(double[] t, BeatWindows w) {
            this.t = t;
            this.w = w;
            this.tStart = w.beatBefore - w.qrsBefore;
            int len = w.qrsLength;
            double mean = BeatMath.mean(t, tStart, tStart + len - 1);
            centred = new double[len];
            double e = 0;
            for (int k = 0; k < len; k++) {
                centred[k] = t[tStart + k] - mean;
                e += centred[k] * centred[k];
            }
            energy = e;
        }

        int bestLag(double[] x, int beat) {
            int len = w.qrsLength;
            int first = beat - w.maxLag - w.qrsBefore, last = beat + w.maxLag - w.qrsBefore + len;
            if (first < 0 || last > x.length || !(energy > 0)) {
                return slowBestLag(x, beat);
            }
            // Σx and Σx² of every lag's window from prefix sums over the searched span: each lag then
            // costs one pass of Σx·t̃ instead of three sums
            sums.fill(x, first, last - first);
            double[] c = centred;
            int best = 0;
            double bestCorr = Double.NEGATIVE_INFINITY;
            for (int lag = -w.maxLag; lag <= w.maxLag; lag += w.lagStep) {
                int s = beat + lag - w.qrsBefore;
                // two interleaved sums: halves the chain of dependent additions per sample; four
                // samples per loop turn, as the JVM's quick compiler does not unroll
                double sxy = 0, sxy2 = 0;
                int k = 0;
                for (; k + 3 < len; k += 4) {
                    sxy += x[s + k] * c[k];
                    sxy2 += x[s + k + 1] * c[k + 1];
                    sxy += x[s + k + 2] * c[k + 2];
                    sxy2 += x[s + k + 3] * c[k + 3];
                }
                for (; k + 1 < len; k += 2) {
                    sxy += x[s + k] * c[k];
                    sxy2 += x[s + k + 1] * c[k + 1];
                }
                if (k < len) {
                    sxy += x[s + k] * c[k];
                }
                sxy += sxy2;
                int o = s - first;
                double sx = sums.sum(o, len), sxx = sums.sumOfSquares(o, len);
                double cxx = sxx - sx * sx / len;
                double r = cxx > 1e-12 * sxx ? sxy / Math.sqrt(cxx * energy) : 0;
                if (r > bestCorr || (r == bestCorr && Math.abs(lag) < Math.abs(best))) {
                    bestCorr = r;
                    best = lag;
                }
            }
            return best;
        }

        private int slowBestLag(double[] x, int beat) {
            int best = 0;
            double bestCorr = Double.NEGATIVE_INFINITY;
            for (int lag = -w.maxLag; lag <= w.maxLag; lag += w.lagStep) {
                double r = BeatMath.pearson(x, beat + lag - w.qrsBefore, t, tStart, w.qrsLength);
                if (r > bestCorr || (r == bestCorr && Math.abs(lag) < Math.abs(best))) {
                    bestCorr = r;
                    best = lag;
                }
            }
            return best;
        }
    }

    private static double[] median(double[] x, int[] centers, int count, BeatWindows w) {
        double[] t = new double[w.beatLength];
        if (count == 0) {
            return t;
        }
        double[] col = new double[count];
        for (int j = 0; j < w.beatLength; j++) {
            for (int k = 0; k < count; k++) {
                col[k] = BeatMath.at(x, centers[k] - w.beatBefore + j);
            }
            t[j] = BeatMath.median(col, count);
        }
        return t;
    }
}
