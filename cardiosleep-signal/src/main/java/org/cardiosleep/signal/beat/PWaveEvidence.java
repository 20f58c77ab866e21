package org.cardiosleep.signal.beat;

/**
 * P-wave evidence of a beat against the record's dominant beat: whether the atrial deflection before
 * the QRS looks like the dominant (normally conducted, sinus) beat's P wave and where it sits.
 *
 * <p>A supraventricular ectopic beat is conducted through the normal ventricular pathway, so its QRS
 * looks normal; what differs is the atrial activation before it: an ectopic P wave of another shape
 * or polarity (low-atrial and junctional foci give inverted P waves), a different PR interval, or a P
 * wave hidden in the preceding T wave (de Chazal 2004 used P-wave presence and duration; Mar 2011 and
 * Llamedo 2011 report the P-wave morphology among the features that separate S from N beats). Three
 * numbers per beat:
 * <ul>
 *   <li>{@code pShiftCorr}: the highest Pearson correlation of the dominant beat's P-wave region with
 *       the beat's signal, the region slid from {@value #SHIFT_EARLY_SEC} s earlier to
 *       {@value #SHIFT_LATE_SEC} s later (a sinus P wave correlates highly at some shift even when the
 *       PR interval changes a little);</li>
 *   <li>{@code pShiftSec}: that best shift, an estimate of the change of the PR interval (negative:
 *       the P wave is earlier, longer PR);</li>
 *   <li>{@code pAmpRatio}: the beat's deflection at the dominant P-wave peak over the dominant one,
 *       both measured from the PR-segment level: about 1 for a sinus P wave, near 0 when absent,
 *       negative when inverted (clipped to ±5).</li>
 * </ul>
 * One pass per shift over the P region (a few microseconds per beat at 360 Hz).
 */
final class PWaveEvidence {
    /** The P region is slid this much earlier ... */
    static final double SHIFT_EARLY_SEC = 0.060;
    /** ... to this much later. */
    static final double SHIFT_LATE_SEC = 0.030;
    /** Shift step. */
    static final double SHIFT_STEP_SEC = 0.008;
    /** The PR-segment level is the mean over ±{@value} s around 80 ms before the fiducial point. */
    static final double PR_HALF_SEC = 0.006;

    private final int from;
    private final int len;
    private final int early, late, step;
    private final int prAt, prHalf;
    private final int peak;
    private final double peakAmp;
    /** Template P region minus its mean. */
    private final double[] centered;
    private final double centeredNorm;
    /** Prefix sums of the searched span (reused from beat to beat; not thread-safe). */
    private final WindowSums sums = new WindowSums();

    PWaveEvidence(double[] tpl, BeatWindows w) {
        int c = w.beatBefore;
        from = w.pFrom;
        len = w.pTo - w.pFrom + 1;
        step = Math.max(1, w.samples(SHIFT_STEP_SEC));
        // whole steps either side, so the unshifted position is always tried
        early = step * (int) Math.round(w.samples(SHIFT_EARLY_SEC) / (double) step);
        late = step * (int) Math.round(w.samples(SHIFT_LATE_SEC) / (double) step);
        prAt = -w.qrsBefore;
        prHalf = Math.max(0, w.samples(PR_HALF_SEC));
        double prLevel = level(tpl, c + prAt, prHalf);
        int best = w.pFrom;
        double bestAbs = -1;
        for (int j = w.pFrom; j <= w.pTo; j++) {
            double v = Math.abs(tpl[c + j] - prLevel);
            if (v > bestAbs) {
                bestAbs = v;
                best = j;
            }
        }
        peak = best;
        double amp = tpl[c + best] - prLevel;
        peakAmp = Math.abs(amp) > 1e-9 ? amp : 1e-9;
        centered = new double[len];
        double m = 0;
        for (int k = 0; k < len; k++) {
            m += tpl[c + from + k];
        }
        m /= len;
        double ss = 0;
        for (int k = 0; k < len; k++) {
            centered[k] = tpl[c + from + k] - m;
            ss += centered[k] * centered[k];
        }
        centeredNorm = Math.sqrt(ss);
    }

    /** Highest correlation with the dominant P region over the shifts; writes the best shift (samples) to {@code shiftOut[0]}. */
    double shiftCorrelation(double[] x, int a, int[] shiftOut) {
        if (centeredNorm <= 0) {
            shiftOut[0] = 0;
            return 0;
        }
        int first = a + from - early, span = early + late + len;
        if (first < 0 || first + span > x.length) {
            return shiftCorrelationClamped(x, a, shiftOut);
        }
        // the best shift from Σx and Σx² by prefix sums over the searched span (one pass of Σx·t̃ per
        // shift instead of three sums), then its correlation by the direct sums, as the clamped path
        // computes it for every shift
        sums.fill(x, first, span);
        double best = -1;
        int bestShift = 0;
        for (int s = -early; s <= late; s += step) {
            int start = a + from + s;
            double sxt = 0;
            int k = 0;
            for (; k + 3 < len; k += 4) { // unrolled for the quick compiler, the sum in the same order
                sxt += x[start + k] * centered[k];
                sxt += x[start + k + 1] * centered[k + 1];
                sxt += x[start + k + 2] * centered[k + 2];
                sxt += x[start + k + 3] * centered[k + 3];
            }
            for (; k < len; k++) {
                sxt += x[start + k] * centered[k];
            }
            int o = start - first;
            double sx = sums.sum(o, len), sxx = sums.sumOfSquares(o, len);
            double var = sxx - sx * sx / len;
            double r = var > 1e-12 * sxx ? sxt / (Math.sqrt(var) * centeredNorm) : 0;
            if (r > best) {
                best = r;
                bestShift = s;
            }
        }
        shiftOut[0] = bestShift;
        return best > -1 ? correlationAt(x, a + from + bestShift) : best;
    }

    /** Correlation of {@code x[start..start+len)} with the dominant P region, by direct sums. */
    private double correlationAt(double[] x, int start) {
        double sx = 0, sxx = 0, sxt = 0;
        for (int k = 0; k < len; k++) {
            double v = BeatMath.at(x, start + k);
            sx += v;
            sxx += v * v;
            sxt += v * centered[k];
        }
        double var = sxx - sx * sx / len;
        return var > 0 ? sxt / (Math.sqrt(var) * centeredNorm) : 0;
    }

    /** {@link #shiftCorrelation} near the edges of the signal: direct sums for every shift. */
    private double shiftCorrelationClamped(double[] x, int a, int[] shiftOut) {
        double best = -1;
        int bestShift = 0;
        for (int s = -early; s <= late; s += step) {
            double r = correlationAt(x, a + from + s);
            if (r > best) {
                best = r;
                bestShift = s;
            }
        }
        shiftOut[0] = bestShift;
        return best;
    }

    /** Deflection at the dominant P peak over the dominant one, from the PR-segment level; clipped to ±5. */
    double amplitudeRatio(double[] x, int a) {
        double r = (BeatMath.at(x, a + peak) - level(x, a + prAt, prHalf)) / peakAmp;
        return Math.max(-5, Math.min(5, r));
    }

    private static double level(double[] x, int at, int half) {
        double s = 0;
        for (int i = at - half; i <= at + half; i++) {
            s += BeatMath.at(x, i);
        }
        return s / (2 * half + 1);
    }
}
