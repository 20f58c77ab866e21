package org.cardiosleep.pheno.analyze;

import java.io.IOException;

import org.cardiosleep.io.Recording;
import org.cardiosleep.pheno.holter.EcgQuality;
import org.cardiosleep.signal.SortedArrays;

/**
 * A few seconds of ECG around a notable event, for the report.
 *
 * @param title       what it shows, e.g. "Longest RR interval: 3.41 s"
 * @param startSec    time of the first sample, s from recording start
 * @param rateHz      sampling rate
 * @param mv          samples in mV, baseline (1-s centred moving average) removed for display
 * @param beatOffsets sample offsets of detected beats within the strip
 * @param beatSymbols their class symbols (N, S, V, Q)
 * @param markStartSec start of the highlighted interval (s from recording start), NaN for none
 * @param markEndSec   end of the highlighted interval
 */
public record EcgStrip(String title, double startSec, double rateHz, float[] mv, int[] beatOffsets,
                       byte[] beatSymbols, double markStartSec, double markEndSec) {
    /** Strip length (s). */
    public static final double STRIP_SEC = 10;

    /**
     * Reads {@value #STRIP_SEC} s of signal {@code ch} from {@code startSec} (clamped to the
     * recording), with the beats ({@code beatSamples} ascending, {@code symbols} their classes as
     * characters) that fall inside, the interval [{@code markStartSec}, {@code markEndSec}]
     * highlighted (NaN for none).
     */
    public static EcgStrip read(Recording rec, int ch, long[] beatSamples, byte[] symbols, String title,
                                double startSec, double markStartSec, double markEndSec) throws IOException {
        double fs = rec.signals().get(ch).samplingRateHz();
        long n = rec.signals().get(ch).sampleCount();
        long first = Math.max(0, Math.min(n - 1, Math.round(startSec * fs)));
        int count = (int) Math.min(n - first, Math.round(STRIP_SEC * fs));
        double[] x = rec.readPhysical(ch, first, count);
        float[] mv = new float[count];
        double toMv = EcgQuality.toMv(rec.signals().get(ch).physicalUnit());
        // display baseline: a centred 1-s moving average is removed (about the 0.5 Hz high-pass of a
        // monitor's display filter), so baseline wander does not push the trace off the paper
        int half = (int) Math.round(0.5 * fs);
        double[] prefix = new double[count + 1];
        for (int i = 0; i < count; i++) {
            prefix[i + 1] = prefix[i] + x[i];
        }
        for (int i = 0; i < count; i++) {
            int a = Math.max(0, i - half), b = Math.min(count, i + half + 1);
            mv[i] = (float) ((x[i] - (prefix[b] - prefix[a]) / (b - a)) * toMv);
        }
        int lo = SortedArrays.lowerBound(beatSamples, first), hi = SortedArrays.lowerBound(beatSamples, first + count);
        int[] offs = new int[hi - lo];
        byte[] sym = new byte[hi - lo];
        for (int k = lo; k < hi; k++) {
            offs[k - lo] = (int) (beatSamples[k] - first);
            sym[k - lo] = symbols[k];
        }
        return new EcgStrip(title, first / fs, fs, mv, offs, sym, markStartSec, markEndSec);
    }
}
