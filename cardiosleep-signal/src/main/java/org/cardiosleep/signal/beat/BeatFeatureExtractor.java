package org.cardiosleep.signal.beat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Per-beat features for beat classification (AAMI N/S/V/F/Q): RR context and QRS morphology, most of
 * them relative to the record's own dominant beat and RR rhythm so that they transfer between
 * patients (the inter-patient setting of de Chazal 2004).
 *
 * <p>Groups, in column order:
 * <ul>
 *   <li>RR context (s and ratios): pre-RR, post-RR, local mean RR (±10 beats), record median RR, and
 *       pre/local, post/pre, pre/record, post/local, local/record, pre/local-median (±16 beats),
 *       pre/previous-pre, local irregularity, post/local-median, and pre, post, local, previous pre and
 *       next post over the long-term median RR (±128 beats), which stays a normal reference inside
 *       runs of ectopic beats; pre over the mean of the 10 preceding intervals; the coefficient of
 *       variation of RR and the share of successive differences above 10 % (±16 beats), which mark
 *       atrial fibrillation, where short intervals are not ectopy; prematurity (1 − pre/reference) in
 *       units of the record's own robust spread of that ratio, for the local and long references;</li>
 *   <li>QRS morphology: QRS width (s) and its ratio to the dominant beat's, QRS peak-to-peak and
 *       energy ratios, correlation with the dominant beat (QRS and whole beat), RMS difference,
 *       correlation with the running normal template and with the previous beat, polarity agreement,
 *       positive-fraction difference, maximum-slope ratio, T-wave level difference and correlation,
 *       P-wave region correlation and energy ratio, alignment lag (s), absolute QRS peak-to-peak (mV);</li>
 *   <li>RR against an upper quantile ({@link RrContext#UPPER_QUANTILE}) of the long window and of the
 *       record rather than the median, so a beat is premature even where ectopic beats dominate the
 *       rhythm; (pre + post)/(2 · long median), the compensatory pause (full after most ventricular
 *       ectopics, incomplete after atrial ones, de Chazal 2004 / Mar 2011), and (post − pre)/long median;</li>
 *   <li>P-wave evidence ({@link PWaveEvidence}): best shifted P-region correlation with the dominant beat,
 *       the shift (PR change), signed P amplitude ratio; the previous beat's T-wave correlation and
 *       level difference, where the P wave of an early beat lands; prematurity against the upper RR
 *       quantile in units of the record's spread; the mean P-wave correlation of the neighbouring beats
 *       and the beat's own minus it;</li>
 *   <li>shape: the beat minus the dominant beat, over the dominant QRS amplitude, at 14 instants
 *       from −200 to +350 ms;</li>
 *   <li>record-relative: robust z-scores within the record of the main morphology features.</li>
 * </ul>
 * The signal is band-passed first (0.5–40 Hz, zero phase). Cost is linear in the number of beats.
 */
public final class BeatFeatureExtractor {
    /** Running template: exponential average over normal-looking beats, weight of each new beat. */
    static final double RUNNING_ALPHA = 0.05;
    /** A beat updates the running template when it correlates at least this much with it ... */
    static final double RUNNING_MIN_CORR = 0.90;
    /** ... and is not premature (pre-RR at least this fraction of the local median). */
    static final double RUNNING_MIN_PREMATURITY = 0.85;

    private static final String[] BASE_NAMES = {
        "preRrSec", "postRrSec", "localRrSec", "recordRrSec", "preOverLocal", "postOverPre", "preOverRecord",
        "postOverLocal", "localOverRecord", "preOverLocalMedian", "preOverPrevPre", "rrIrregularity",
        "postOverLocalMedian", "preOverLong", "postOverLong", "localOverLong", "prevPreOverLong", "nextPostOverLong",
        "preOverPreceding", "rrCvLocal", "rrIrregularShare", "prematurityZLocal", "prematurityZLong",
        "qrsWidthSec", "qrsWidthRatio", "qrsP2pRatio", "qrsEnergyRatio", "corrDominantQrs", "corrDominantBeat",
        "rmsDiffQrs", "corrRunningQrs", "corrPreviousQrs", "polarityAgreement", "positiveFractionDiff",
        "maxSlopeRatio", "tLevelDiff", "tCorr", "pCorr", "pEnergyRatio", "alignLagSec", "qrsP2pMv",
        "preOverLongUpper", "postOverLongUpper", "prevPreOverLongUpper", "preOverRecordUpper", "rrCompensation",
        "postMinusPreOverLong", "pShiftCorr", "pShiftSec", "pAmpRatio", "prevTCorr", "prevTLevelDiff",
        "prematurityZUpper", "pShiftCorrNeighbours", "pShiftCorrVsNeighbours",
    };
    /**
     * Neighbourhood (beats each side) over which the P-wave evidence of the surrounding beats is
     * averaged; 16 gave the same DS1 patient-wise CV (SVEB F1 + VEB F1 1.638 vs 1.635).
     */
    static final int P_NEIGHBOURS = 8;
    private static final int T_LEVEL_COL = List.of(BASE_NAMES).indexOf("tLevelDiff");
    private static final int T_CORR_COL = List.of(BASE_NAMES).indexOf("tCorr");

    /** Morphology features that are also given as robust z-scores within the record. */
    private static final String[] Z_SCORED = {"corrDominantQrs", "corrDominantBeat", "rmsDiffQrs", "qrsWidthRatio",
        "qrsP2pRatio", "maxSlopeRatio", "corrRunningQrs"};

    /** The feature names, in column order. */
    public static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>(List.of(BASE_NAMES));
        for (double t : BeatWindows.SHAPE_POINTS_SEC) {
            names.add("shapeDiff" + (t < 0 ? "M" : "P") + Math.round(Math.abs(t) * 1000) + "ms");
        }
        for (String z : Z_SCORED) {
            names.add("z" + Character.toUpperCase(z.charAt(0)) + z.substring(1));
        }
        NAMES = Collections.unmodifiableList(names);
    }

    private BeatFeatureExtractor() {
    }

    /** Number of features per beat. */
    public static int featureCount() {
        return NAMES.size();
    }

    /**
     * Features of every beat.
     *
     * @param ecg         one ECG lead, any physical unit (mV expected for the absolute amplitude feature)
     * @param fsHz        sampling rate, at least 50 Hz
     * @param beatSamples beat positions (sample indices, ascending, R peak or QRS fiducial point)
     */
    public static BeatFeatures extract(double[] ecg, double fsHz, int[] beatSamples) {
        return extract(ecg, 0, ecg.length, 1, fsHz, beatSamples, null);
    }

    /**
     * Features of every beat of the segment {@code scale · ecg[from..from+len)} (for example one chunk
     * of a whole night in memory, converted to mV), without copying it first; {@code beatSamples} are
     * indices into the segment. {@code work}, when it has exactly {@code len} elements, receives the
     * band-passed segment (a buffer reused across chunks, so a long recording does not allocate one
     * per chunk); otherwise, or when null, one is allocated.
     */
    public static BeatFeatures extract(double[] ecg, int from, int len, double scale, double fsHz,
                                       int[] beatSamples, double[] work) {
        requireAscending(beatSamples);
        BeatWindows w = new BeatWindows(fsHz);
        int n = beatSamples.length;
        int d = featureCount();
        float[] out = new float[n * d];
        if (n == 0 || len == 0) {
            return new BeatFeatures(n, d, out);
        }
        double[] x = BeatFilter.bandPass(ecg, from, len, scale, fsHz, work);
        RrContext rr = RrContext.of(beatSamples, fsHz);
        double[] preOverLong = rr.preOverLongMedian();
        DominantTemplate dom = DominantTemplate.of(x, beatSamples, preOverLong, w);
        double[] tpl = dom.samples;
        double[] running = tpl.clone();
        int c = w.beatBefore;
        int qStart = c - w.qrsBefore;
        double tplPosFraction = positiveFraction(tpl, qStart, c + w.qrsAfter);
        int tplPolarity = polarity(tpl, qStart, c + w.qrsAfter);
        double tplT = BeatMath.mean(tpl, c + w.tFrom, c + w.tTo) - BeatMath.mean(tpl, qStart, c + w.qrsAfter);
        double tplPEnergy = BeatMath.energy(tpl, c + w.pFrom, c + w.pTo, BeatMath.mean(tpl, c + w.pFrom, c + w.pTo));
        int gap = w.samples(0.02);
        // the patient's own RR variability: prematurity in units of the record's robust spread
        double[] zLocal = prematurityZ(rr.preSec, rr.localMedianSec);
        double[] zLong = prematurityZ(rr.preSec, rr.longMedianSec);
        double[] zUpper = prematurityZ(rr.preSec, rr.longUpperSec);
        // the dominant beat's windows that every beat is correlated with: their sums once, not per beat
        BeatMath.Reference refQrs = new BeatMath.Reference(tpl, qStart, w.qrsLength);
        BeatMath.Reference refBeat = new BeatMath.Reference(tpl, 0, w.beatLength);
        BeatMath.Reference refT = new BeatMath.Reference(tpl, c + w.tFrom, w.tTo - w.tFrom + 1);
        BeatMath.Reference refP = new BeatMath.Reference(tpl, c + w.pFrom, w.pTo - w.pFrom + 1);
        double tplQrsMean = BeatMath.mean(tpl, qStart, qStart + w.qrsLength - 1);
        double[] qrsStats = new double[3];
        double[] qrsSums = new double[2];
        PWaveEvidence pw = new PWaveEvidence(tpl, w);
        int[] shift = new int[1];
        int prevAligned = -1;
        DominantTemplate.LagSearch lags = new DominantTemplate.LagSearch(tpl, w);
        for (int i = 0; i < n; i++) {
            int o = i * d;
            int f = 0;
            double pre = rr.preSec[i], post = rr.postSec[i], loc = rr.localMeanSec[i], rec = rr.recordMedianSec;
            double locMed = rr.localMedianSec[i];
            double prevPre = i > 0 ? rr.preSec[i - 1] : pre;
            out[o + f++] = (float) pre;
            out[o + f++] = (float) post;
            out[o + f++] = (float) loc;
            out[o + f++] = (float) rec;
            out[o + f++] = ratio(pre, loc);
            out[o + f++] = ratio(post, pre);
            out[o + f++] = ratio(pre, rec);
            out[o + f++] = ratio(post, loc);
            out[o + f++] = ratio(loc, rec);
            out[o + f++] = ratio(pre, locMed);
            out[o + f++] = ratio(pre, prevPre);
            out[o + f++] = (float) rr.localIrregularity[i];
            out[o + f++] = ratio(post, locMed);
            double lng = rr.longMedianSec[i];
            out[o + f++] = ratio(pre, lng);
            out[o + f++] = ratio(post, lng);
            out[o + f++] = ratio(loc, lng);
            out[o + f++] = ratio(prevPre, lng);
            out[o + f++] = ratio(i + 1 < n ? rr.postSec[i + 1] : post, lng);
            out[o + f++] = ratio(pre, rr.precedingMeanSec[i]);
            out[o + f++] = (float) rr.localCv[i];
            out[o + f++] = (float) rr.localIrregularShare[i];
            out[o + f++] = (float) zLocal[i];
            out[o + f++] = (float) zLong[i];

            int lag = lags.bestLag(x, beatSamples[i]);
            int a = beatSamples[i] + lag;
            int qa = a - w.qrsBefore, qb = a + w.qrsAfter;
            // one pass over the QRS window for its extremes and mean (peak-to-peak, baseline, polarity,
            // positive fraction), one for its energy and RMS difference to the dominant QRS
            BeatMath.extremesAndMean(x, qa, qb, qrsStats);
            double lo = qrsStats[0], hi = qrsStats[1], base = qrsStats[2];
            double p2p = hi - lo;
            double slope = BeatMath.maxSlope(x, qa, qb);
            int width = BeatMath.qrsWidth(x, a, w.qrsBefore, w.qrsAfter, gap, slope);
            double corrDom = BeatMath.pearson(x, qa, refQrs);
            energyAndRmsDifference(x, qa, base, tpl, qStart, tplQrsMean, w.qrsLength, qrsSums);
            out[o + f++] = (float) (width / fsHz);
            out[o + f++] = (float) ((double) width / dom.qrsWidth);
            out[o + f++] = (float) (p2p / dom.qrsPeakToPeak);
            out[o + f++] = (float) (qrsSums[0] / dom.qrsEnergy);
            out[o + f++] = (float) corrDom;
            out[o + f++] = (float) BeatMath.pearson(x, a - w.beatBefore, refBeat);
            out[o + f++] = (float) (Math.sqrt(qrsSums[1] / w.qrsLength) / dom.qrsPeakToPeak);
            double corrRun = BeatMath.pearson(x, qa, running, qStart, w.qrsLength);
            out[o + f++] = (float) corrRun;
            out[o + f++] = prevAligned < 0 ? Float.NaN
                    : (float) pearsonAligned(x, qa, prevAligned - w.qrsBefore, w.qrsLength);
            out[o + f++] = (hi - base >= base - lo ? 1 : -1) == tplPolarity ? 1f : -1f;
            out[o + f++] = (float) (positiveFraction(lo, hi, base) - tplPosFraction);
            out[o + f++] = (float) (slope / dom.maxSlope);
            double tLevel = BeatMath.mean(x, a + w.tFrom, a + w.tTo) - base;
            out[o + f++] = (float) ((tLevel - tplT) / dom.qrsPeakToPeak);
            out[o + f++] = (float) BeatMath.pearson(x, a + w.tFrom, refT);
            out[o + f++] = (float) BeatMath.pearson(x, a + w.pFrom, refP);
            double pEnergy = BeatMath.energy(x, a + w.pFrom, a + w.pTo, BeatMath.mean(x, a + w.pFrom, a + w.pTo));
            out[o + f++] = (float) Math.log((pEnergy + 1e-9) / (tplPEnergy + 1e-9));
            out[o + f++] = (float) (lag / fsHz);
            out[o + f++] = (float) p2p;
            double up = rr.longUpperSec[i];
            out[o + f++] = ratio(pre, up);
            out[o + f++] = ratio(post, up);
            out[o + f++] = ratio(prevPre, up);
            out[o + f++] = ratio(pre, rr.recordUpperSec);
            out[o + f++] = ratio(pre + post, 2 * lng);
            out[o + f++] = ratio(post - pre, lng);
            out[o + f++] = (float) pw.shiftCorrelation(x, a, shift);
            out[o + f++] = (float) (shift[0] / fsHz);
            out[o + f++] = (float) pw.amplitudeRatio(x, a);
            // the previous beat's T wave region holds the P wave of an early beat
            out[o + f++] = i > 0 ? out[o - d + T_CORR_COL] : Float.NaN;
            out[o + f++] = i > 0 ? out[o - d + T_LEVEL_COL] : Float.NaN;
            out[o + f++] = (float) zUpper[i];
            f += 2; // pShiftCorrNeighbours and pShiftCorrVsNeighbours, filled in once every beat has its own
            for (int k = 0; k < w.shapePoints.length; k++) {
                int s = w.shapePoints[k];
                out[o + f++] = (float) (((BeatMath.at(x, a + s) - base) - (tpl[c + s] - dom.templateQrsMean()))
                        / dom.qrsPeakToPeak);
            }
            assert f == d - Z_SCORED.length : "feature columns out of step with NAMES";
            if (corrRun >= RUNNING_MIN_CORR && pre >= RUNNING_MIN_PREMATURITY * locMed) {
                int first = a - c;
                boolean inside = BeatMath.inside(x, first, first + running.length - 1);
                for (int j = 0; j < running.length; j++) {
                    running[j] += RUNNING_ALPHA * ((inside ? x[first + j] : BeatMath.at(x, first + j)) - running[j]);
                }
            }
            prevAligned = a;
        }
        neighbourContrast(out, n, d, NAMES.indexOf("pShiftCorr"), NAMES.indexOf("pShiftCorrNeighbours"));
        int zCol = d - Z_SCORED.length;
        for (String name : Z_SCORED) {
            robustZ(out, n, d, NAMES.indexOf(name), zCol++);
        }
        return new BeatFeatures(n, d, out);
    }

    /**
     * A loop of its own: the compiler then compiles this small method for a long beat list instead of
     * the whole feature routine a second time for its first loop.
     */
    private static void requireAscending(int[] beatSamples) {
        for (int i = 1; i < beatSamples.length; i++) {
            if (beatSamples[i] <= beatSamples[i - 1]) {
                throw new IllegalArgumentException("beat samples must be strictly ascending (index " + i + ")");
            }
        }
    }

    /**
     * Writes into column {@code to} the mean of column {@code from} over the {@value #P_NEIGHBOURS}
     * beats either side (the beat itself excluded) and into {@code to + 1} the beat's own value minus
     * that mean. For the P-wave evidence this separates a beat without a sinus P wave among beats
     * with one (atrial ectopy) from a stretch where no beat has one (atrial fibrillation, noise).
     */
    private static void neighbourContrast(float[] out, int n, int d, int from, int to) {
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            float v = out[i * d + from];
            prefix[i + 1] = prefix[i] + (Float.isNaN(v) ? 0 : v);
        }
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - P_NEIGHBOURS), hi = Math.min(n - 1, i + P_NEIGHBOURS);
            int m = hi - lo;
            float own = out[i * d + from];
            double mean = m > 0 ? (prefix[hi + 1] - prefix[lo] - (Float.isNaN(own) ? 0 : own)) / m : own;
            out[i * d + to] = (float) mean;
            out[i * d + to + 1] = (float) (own - mean);
        }
    }

    /**
     * {@code (1 - pre/ref) / spread} per beat, the spread being 1.4826·MAD of {@code pre/ref} over the
     * whole record (plus 0.01): how premature a beat is for this patient's own rhythm variability.
     */
    static double[] prematurityZ(double[] pre, double[] ref) {
        int n = pre.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = ref[i] > 0 ? pre[i] / ref[i] : 1;
        }
        double[] work = r.clone();
        double med = n == 0 ? 1 : BeatMath.select(work, n, n / 2);
        for (int i = 0; i < n; i++) {
            work[i] = Math.abs(r[i] - med);
        }
        double spread = 1.4826 * (n == 0 ? 0 : BeatMath.select(work, n, n / 2)) + 0.01;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (1 - r[i]) / spread;
        }
        return z;
    }

    /**
     * Writes into column {@code to} the robust z-score of column {@code from} within the record:
     * (value − median) / (1.4826·MAD + 0.01). A beat is judged against the spread of this patient's
     * own beats, so a noisy record does not turn all its beats ectopic.
     */
    private static void robustZ(float[] out, int n, int d, int from, int to) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = out[i * d + from];
        }
        double[] work = v.clone();
        double med = BeatMath.select(work, n, n / 2);
        for (int i = 0; i < n; i++) {
            work[i] = Math.abs(v[i] - med);
        }
        double spread = 1.4826 * BeatMath.select(work, n, n / 2) + 0.01;
        for (int i = 0; i < n; i++) {
            out[i * d + to] = (float) ((v[i] - med) / spread);
        }
    }

    private static float ratio(double a, double b) {
        return b > 0 ? (float) (a / b) : Float.NaN;
    }

    /**
     * Into {@code sums}: the energy of {@code x[xStart..xStart+len)} about {@code base} (its mean) and
     * the summed squared difference of that segment minus its mean to {@code t[tStart..tStart+len)}
     * minus {@code tMean}, in one pass (the RMS difference to the dominant QRS, before the root).
     */
    private static void energyAndRmsDifference(double[] x, int xStart, double base, double[] t, int tStart,
                                               double tMean, int len, double[] sums) {
        double e = 0, s = 0;
        boolean inside = BeatMath.inside(x, xStart, xStart + len - 1);
        for (int k = 0; k < len; k++) {
            double v = (inside ? x[xStart + k] : BeatMath.at(x, xStart + k)) - base;
            e += v * v;
            double d = v - (t[tStart + k] - tMean);
            s += d * d;
        }
        sums[0] = e;
        sums[1] = s;
    }

    private static double pearsonAligned(double[] x, int aStart, int bStart, int len) {
        if (BeatMath.inside(x, Math.min(aStart, bStart), Math.max(aStart, bStart) + len - 1)) {
            return pearsonAlignedInside(x, aStart, bStart, len);
        }
        double sa = 0, sb = 0;
        for (int k = 0; k < len; k++) {
            sa += BeatMath.at(x, aStart + k);
            sb += BeatMath.at(x, bStart + k);
        }
        double ma = sa / len, mb = sb / len, sab = 0, saa = 0, sbb = 0;
        for (int k = 0; k < len; k++) {
            double u = BeatMath.at(x, aStart + k) - ma, v = BeatMath.at(x, bStart + k) - mb;
            sab += u * v;
            saa += u * u;
            sbb += v * v;
        }
        double den = Math.sqrt(saa * sbb);
        return den > 0 ? sab / den : 0;
    }

    /** +1 when the largest deflection from the segment mean is positive, −1 otherwise. */
    private static int polarity(double[] x, int from, int to) {
        double m = BeatMath.mean(x, from, to);
        return BeatMath.max(x, from, to) - m >= m - BeatMath.min(x, from, to) ? 1 : -1;
    }

    /** Share of the peak-to-peak range above the segment mean: 1 for all-positive, 0 for all-negative. */
    private static double positiveFraction(double[] x, int from, int to) {
        return positiveFraction(BeatMath.min(x, from, to), BeatMath.max(x, from, to), BeatMath.mean(x, from, to));
    }

    /** The same from the segment's smallest and largest value and its mean. */
    private static double positiveFraction(double min, double max, double mean) {
        double hi = max - mean, lo = mean - min;
        return hi + lo > 0 ? hi / (hi + lo) : 0.5;
    }

    /** {@link #pearsonAligned} for two segments inside the signal (the common case): no edge clamping. */
    private static double pearsonAlignedInside(double[] x, int aStart, int bStart, int len) {
        double sa = 0, sb = 0;
        for (int k = 0; k < len; k++) {
            sa += x[aStart + k];
            sb += x[bStart + k];
        }
        double ma = sa / len, mb = sb / len, sab = 0, saa = 0, sbb = 0;
        for (int k = 0; k < len; k++) {
            double u = x[aStart + k] - ma, v = x[bStart + k] - mb;
            sab += u * v;
            saa += u * u;
            sbb += v * v;
        }
        double den = Math.sqrt(saa * sbb);
        return den > 0 ? sab / den : 0;
    }
}
