package org.cardiosleep.pheno.holter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cardiosleep.io.Recording;
import org.cardiosleep.signal.SortedArrays;
import org.cardiosleep.signal.filter.Butterworth;
import org.cardiosleep.signal.filter.SosFilter;
import org.cardiosleep.signal.filter.ZeroPhase;
import org.cardiosleep.signal.rhythm.RhythmEvents;

/**
 * Pauses whose ECG cannot be read. During asystole the ECG lies quiet between the last beat's T wave
 * and the next QRS: atrial (P) waves and a slow baseline drift, all far smaller than a QRS complex.
 * An amplifier recovering from saturation, or an electrode moving on the skin, swings the baseline by
 * more than a QRS complex for seconds; the beats on it are lost (or missed by a detector whose
 * threshold the swing raised), and the gap reads as asystole although the heart went on beating.
 *
 * <p>So each pause (an RR interval of at least {@link RhythmEvents#PAUSE_SEC} s, at most
 * {@value #MAX_PAUSE_SEC} s) is looked at on the chosen lead,
 * low-passed at {@value #LOW_PASS_HZ} Hz: from {@value #AFTER_BEAT_SEC} s after its first beat (past
 * the T wave) to {@value #BEFORE_BEAT_SEC} s before its last. Where the signal there spans more than
 * {@value #MAX_SWING} times the median QRS peak-to-peak (±{@value #QRS_HALF_SEC} s) of the beats
 * within {@value #CONTEXT_SEC} s either side, the pause is <b>doubtful</b>: its inner seconds count as
 * lost signal, so it is neither a pause nor the longest RR interval in the figures, and it is listed
 * on its own ({@code PAUSE_DOUBTFUL}) for a reader to look at. This holds even where a second lead
 * confirmed the pause ({@link SecondLead}): the chosen lead cannot tell, and in MIT-BIH 201 the
 * second lead's "confirmation" missed a beat the reference annotates inside such a swing.
 *
 * <p>On MIT-BIH Arrhythmia, first lead alone (the second lead not used), the 133 detected pauses
 * that a reference pause matches (both ends within 0.3 s; 201, 207, 219, 232) span at most 0.47 of a
 * QRS inside, and the five that none matches (beats lost in baseline swings in 116, 201, 203 and
 * twice in 208) at least 1.10 ({@code cardiosleep bench pauses} scores the result).
 */
public final class PauseBaseline {
    /** Largest span of the pause's interior, in QRS peak-to-peak amplitudes, for it to be read as asystole. */
    static final double MAX_SWING = 1.0;
    /** The interior starts this long after the pause's first beat (its T wave is over). */
    static final double AFTER_BEAT_SEC = 0.5;
    /** ... and ends this long before its last beat (the P wave before it is small). */
    static final double BEFORE_BEAT_SEC = 0.1;
    /** Cut-off of the low-pass filter that removes mains and muscle noise first (Hz). */
    static final double LOW_PASS_HZ = 40;
    /** Beats within this much of the pause give its QRS amplitude (s), as for the second lead. */
    static final double CONTEXT_SEC = SecondLead.CONTEXT_SEC;
    /** Half-width of the window whose peak-to-peak amplitude measures a QRS (s), as for the second lead. */
    static final double QRS_HALF_SEC = SecondLead.QRS_HALF_SEC;
    /** Fewest context beats for a QRS amplitude. */
    static final int MIN_CONTEXT_BEATS = 4;
    /** Longer gaps are not looked at (they are lost signal, or a recording's end, rather than a pause). */
    static final double MAX_PAUSE_SEC = 600;

    /**
     * @param usable   per second, analysable: the input's, with the inner seconds of each doubtful
     *                 pause cleared
     * @param doubtful the doubtful pauses as {first, last} beat times (s)
     */
    public record Result(boolean[] usable, List<double[]> doubtful) {
    }

    private PauseBaseline() {
    }

    /** Checks the pauses among {@code beats} (recording samples, ascending) on channel {@code ch}. */
    public static Result check(Recording rec, int ch, long[] beats, boolean[] usable) throws IOException {
        double fs = rec.signals().get(ch).samplingRateHz();
        long pause = Math.round(RhythmEvents.PAUSE_SEC * fs);
        SignalLoss loss = SignalLoss.of(usable);
        boolean[] out = null;
        List<double[]> doubtful = new ArrayList<>();
        SosFilter lowPass = null;
        for (int i = 1; i < beats.length; i++) {
            long rr = beats[i] - beats[i - 1];
            double a = beats[i - 1] / fs, b = beats[i] / fs;
            if (rr < pause || rr > MAX_PAUSE_SEC * fs || loss.spans(a, b)) {
                continue;
            }
            if (lowPass == null) {
                lowPass = Butterworth.lowpass(2, Math.min(LOW_PASS_HZ, 0.4 * fs), fs);
            }
            if (swing(rec, ch, beats, i, fs, lowPass) > MAX_SWING) {
                out = out == null ? usable.clone() : out;
                clearInside(out, a, b);
                doubtful.add(new double[] {a, b});
            }
        }
        return new Result(out == null ? usable : out, doubtful);
    }

    /**
     * The span of the low-passed signal inside the pause ending at beat {@code i}, over the median
     * QRS peak-to-peak of the context beats; NaN when there are too few of them.
     */
    static double swing(Recording rec, int ch, long[] beats, int i, double fs, SosFilter lowPass)
            throws IOException {
        long ctx = Math.round(CONTEXT_SEC * fs);
        long n = rec.signals().get(ch).sampleCount();
        long from = Math.max(0, beats[i - 1] - ctx), to = Math.min(n, beats[i] + ctx);
        double[] x = ZeroPhase.filtfilt(lowPass, rec.readPhysical(ch, from, (int) (to - from)));
        int half = (int) Math.round(QRS_HALF_SEC * fs);
        int k0 = SortedArrays.lowerBound(beats, from + half), k1 = SortedArrays.lowerBound(beats, to - half);
        double[] amp = new double[Math.max(0, k1 - k0)];
        int m = 0;
        for (int k = k0; k < k1; k++) {
            if (k != i - 1 && k != i) {
                int c = (int) (beats[k] - from);
                amp[m++] = span(x, c - half, c + half);
            }
        }
        if (m < MIN_CONTEXT_BEATS) {
            return Double.NaN;
        }
        Arrays.sort(amp, 0, m);
        double qrs = amp[m / 2];
        int lo = (int) (beats[i - 1] - from + Math.round(AFTER_BEAT_SEC * fs));
        int hi = (int) (beats[i] - from - Math.round(BEFORE_BEAT_SEC * fs));
        return qrs > 0 && hi > lo ? span(x, lo, hi) / qrs : Double.NaN;
    }

    /** Peak-to-peak of {@code x[from..to]} (clipped to the array). */
    static double span(double[] x, int from, int to) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int k = Math.max(0, from); k <= Math.min(x.length - 1, to); k++) {
            lo = Math.min(lo, x[k]);
            hi = Math.max(hi, x[k]);
        }
        return hi - lo;
    }

    /**
     * Clears the seconds wholly inside the interval (a, b), and at least the one holding its middle,
     * which holds neither bounding beat when b − a ≥ 2 s: the interval then spans lost signal and its
     * neighbours do not.
     */
    private static void clearInside(boolean[] usable, double a, double b) {
        int first = (int) Math.floor(a) + 1, last = (int) Math.floor(b) - 1;
        int mid = (int) Math.floor((a + b) / 2);
        for (int s = Math.min(first, mid); s <= Math.max(last, mid); s++) {
            if (s >= 0 && s < usable.length) {
                usable[s] = false;
            }
        }
    }
}
