package org.cardiosleep.signal.beat;

import java.util.Arrays;

import org.cardiosleep.signal.SortedWindow;

/**
 * RR-interval context of every beat, in seconds: the interval before and after the beat, the local
 * mean RR over the neighbouring beats (±{@value #LOCAL_HALF_WIDTH} beats, de Chazal 2004 used a
 * ±5-minute mean; ±10 beats follows Mar 2011 / Llamedo 2011), the local median, the record's median
 * RR, and the local RR irregularity (RMS of successive differences), which separates atrial
 * fibrillation, where every beat is "premature", from isolated supraventricular ectopy.
 *
 * <p>The first beat has no preceding interval and the last no following one: they take the nearest
 * defined interval. Linear time except the local median (window of {@code 2·}{@value #MEDIAN_HALF_WIDTH}{@code +1}).
 */
final class RrContext {
    static final int LOCAL_HALF_WIDTH = 10;
    static final int MEDIAN_HALF_WIDTH = 16;
    /** Long-term reference: median over ±{@value} beats (about ±2 min). */
    static final int LONG_HALF_WIDTH = 128;
    /**
     * Upper quantile of the same long window (and of the whole record) as a second reference: the
     * median assumes the dominant rhythm is the normal one, which fails when ectopic beats are the
     * majority (frequent atrial ectopy, bigeminy, ectopic runs); the slower intervals stay sinus-like.
     * 0.8 rather than 0.9 by DS1 patient-wise CV (SVEB F1 + VEB F1 1.635 vs 1.598).
     */
    static final double UPPER_QUANTILE = 0.8;

    final double[] preSec;
    final double[] postSec;
    final double[] localMeanSec;
    final double[] localMedianSec;
    final double[] localIrregularity;
    final double[] longMedianSec;
    /** Mean of the 10 intervals before the beat's own (causal reference, not pulled by the pause after it). */
    final double[] precedingMeanSec;
    /** Coefficient of variation of RR over ±16 beats. */
    final double[] localCv;
    /** Share of successive RR differences over ±16 beats larger than 10 % of the local mean (AF-like irregularity). */
    final double[] localIrregularShare;
    final double recordMedianSec;
    /** {@value #UPPER_QUANTILE} quantile of RR over ±{@value #LONG_HALF_WIDTH} beats. */
    final double[] longUpperSec;
    /** {@value #UPPER_QUANTILE} quantile of RR over the record. */
    final double recordUpperSec;

    private RrContext(int n) {
        preSec = new double[n];
        postSec = new double[n];
        localMeanSec = new double[n];
        localMedianSec = new double[n];
        localIrregularity = new double[n];
        longMedianSec = new double[n];
        precedingMeanSec = new double[n];
        localCv = new double[n];
        localIrregularShare = new double[n];
        longUpperSec = new double[n];
        recordMedianSec = 0;
        recordUpperSec = 0;
    }

    private RrContext(double[] pre, double[] post, double[] mean, double[] median, double[] irr, double[] longMedian,
                      double[] precedingMean, double[] cv, double[] irregularShare, double recMedian,
                      double[] longUpper, double recUpper) {
        longMedianSec = longMedian;
        longUpperSec = longUpper;
        recordUpperSec = recUpper;
        precedingMeanSec = precedingMean;
        localCv = cv;
        localIrregularShare = irregularShare;
        preSec = pre;
        postSec = post;
        localMeanSec = mean;
        localMedianSec = median;
        localIrregularity = irr;
        recordMedianSec = recMedian;
    }

    /** Each beat's pre-RR over its long-term median RR (1 where the median is not positive). */
    double[] preOverLongMedian() {
        double[] r = new double[preSec.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = longMedianSec[i] > 0 ? preSec[i] / longMedianSec[i] : 1;
        }
        return r;
    }

    static RrContext of(int[] beats, double fsHz) {
        int n = beats.length;
        if (n < 2) {
            RrContext c = new RrContext(n);
            Arrays.fill(c.preSec, Double.NaN);
            Arrays.fill(c.postSec, Double.NaN);
            Arrays.fill(c.localMeanSec, Double.NaN);
            Arrays.fill(c.localMedianSec, Double.NaN);
            Arrays.fill(c.localIrregularity, Double.NaN);
            Arrays.fill(c.longMedianSec, Double.NaN);
            Arrays.fill(c.precedingMeanSec, Double.NaN);
            Arrays.fill(c.localCv, Double.NaN);
            Arrays.fill(c.localIrregularShare, Double.NaN);
            Arrays.fill(c.longUpperSec, Double.NaN);
            return c;
        }
        // each loop lives in a method of its own, so the compiler compiles small methods for the
        // long beat lists instead of this whole routine once per loop
        double[] pre = new double[n];
        double[] post = new double[n];
        intervals(beats, fsHz, pre, post);
        double[] prefix = prefixSums(pre, false);
        double[] mean = new double[n];
        double[] irr = new double[n];
        localMeanAndIrregularity(pre, prefix, mean, irr);
        double[] median = localMedians(pre);
        double[] longMedian = new double[n];
        double[] longUpper = new double[n];
        longTerm(pre, longMedian, longUpper);
        double[] precedingMean = new double[n];
        double[] cv = new double[n];
        double[] irregularShare = new double[n];
        variability(pre, prefix, prefixSums(pre, true), precedingMean, cv, irregularShare);
        double recMedian = BeatMath.select(pre.clone(), n, n / 2);
        double recUpper = BeatMath.select(pre.clone(), n, Math.min(n - 1, (int) (UPPER_QUANTILE * n)));
        return new RrContext(pre, post, mean, median, irr, longMedian, precedingMean, cv, irregularShare, recMedian,
                longUpper, recUpper);
    }

    private static void intervals(int[] beats, double fsHz, double[] pre, double[] post) {
        int n = beats.length;
        for (int i = 1; i < n; i++) {
            pre[i] = (beats[i] - beats[i - 1]) / fsHz;
        }
        pre[0] = pre[1];
        for (int i = 0; i < n - 1; i++) {
            post[i] = pre[i + 1];
        }
        post[n - 1] = pre[n - 1];
    }

    /** Prefix sums of {@code pre} (of its squares when {@code squares}), length n + 1. */
    private static double[] prefixSums(double[] pre, boolean squares) {
        double[] prefix = new double[pre.length + 1];
        for (int i = 0; i < pre.length; i++) {
            prefix[i + 1] = prefix[i] + (squares ? pre[i] * pre[i] : pre[i]);
        }
        return prefix;
    }

    private static void localMeanAndIrregularity(double[] pre, double[] prefix, double[] mean, double[] irr) {
        int n = pre.length;
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - LOCAL_HALF_WIDTH);
            int hi = Math.min(n - 1, i + LOCAL_HALF_WIDTH);
            mean[i] = (prefix[hi + 1] - prefix[lo]) / (hi - lo + 1);
        }
        double[] diff2 = new double[n + 1];
        for (int i = 1; i < n; i++) {
            double d = pre[i] - pre[i - 1];
            diff2[i + 1] = diff2[i] + d * d;
        }
        for (int i = 0; i < n; i++) {
            int lo = Math.max(1, i - LOCAL_HALF_WIDTH);
            int hi = Math.min(n - 1, i + LOCAL_HALF_WIDTH);
            irr[i] = hi >= lo ? Math.sqrt((diff2[hi + 1] - diff2[lo]) / (hi - lo + 1)) / mean[i] : 0;
        }
    }

    private static double[] localMedians(double[] pre) {
        double[] median = new double[pre.length];
        slidingQuantiles(pre, MEDIAN_HALF_WIDTH, median, null);
        return median;
    }

    /**
     * Long-term median and upper quantile over ±LONG_HALF_WIDTH beats, from every interval: a window
     * sampled at a fixed stride would see one phase of a periodic rhythm only (bigeminy, trigeminy,
     * groups of ectopic beats), and its reference would be the coupling or the pause interval alone.
     */
    private static void longTerm(double[] pre, double[] longMedian, double[] longUpper) {
        slidingQuantiles(pre, LONG_HALF_WIDTH, longMedian, longUpper);
    }

    /**
     * Median (and, when {@code upper} is not null, the {@value #UPPER_QUANTILE} quantile) of
     * {@code pre} over a window of ±{@code half} intervals, clipped at the ends.
     */
    private static void slidingQuantiles(double[] pre, int half, double[] median, double[] upper) {
        int n = pre.length;
        SortedWindow window = new SortedWindow(2 * half + 2);
        for (int i = 0, lo = 0, hi = -1; i < n; i++) {
            for (int newHi = Math.min(n - 1, i + half); hi < newHi; ) {
                window.add(pre[++hi]);
            }
            for (int newLo = Math.max(0, i - half); lo < newLo; lo++) {
                window.remove(pre[lo]);
            }
            median[i] = window.median();
            if (upper != null) {
                upper[i] = window.quantile(UPPER_QUANTILE);
            }
        }
    }

    private static void variability(double[] pre, double[] prefix, double[] sq, double[] precedingMean, double[] cv,
                                    double[] irregularShare) {
        int n = pre.length;
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - 10);
            precedingMean[i] = i > lo ? (prefix[i] - prefix[lo]) / (i - lo) : pre[i];
            lo = Math.max(0, i - MEDIAN_HALF_WIDTH);
            int hi = Math.min(n - 1, i + MEDIAN_HALF_WIDTH);
            int m = hi - lo + 1;
            double mu = (prefix[hi + 1] - prefix[lo]) / m;
            double var = Math.max(0, (sq[hi + 1] - sq[lo]) / m - mu * mu);
            cv[i] = mu > 0 ? Math.sqrt(var) / mu : 0;
            int big = 0, pairs = 0;
            for (int j = Math.max(1, lo); j <= hi; j++) {
                pairs++;
                if (Math.abs(pre[j] - pre[j - 1]) > 0.1 * mu) {
                    big++;
                }
            }
            irregularShare[i] = pairs > 0 ? (double) big / pairs : 0;
        }
    }
}
