package org.cardiosleep.pheno.analyze;

import java.io.IOException;
import java.util.Arrays;

import org.cardiosleep.io.Recording;
import org.cardiosleep.pheno.beats.AamiClass;
import org.cardiosleep.pheno.beats.BeatClassifier;

/**
 * Beat classes (AAMI N/S/V/F/Q) with the committed beat classifier ({@link BeatClassifier}), in a
 * second chunked pass over the ECG so memory stays bounded: each 1-h chunk (about 7 MB of samples
 * at 256 Hz; the classifier's cost per call makes larger chunks cheaper) is read with 20 s of margin
 * on either side, so beats near the edges keep their RR and morphology context.
 */
final class BeatClassPart {
    static final double MARGIN_SEC = 20;
    static final double CHUNK_SEC = 3600;

    private BeatClassPart() {
    }

    /** The classified beats, or null with the reason in {@code status[0]} when no classifier is available. */
    static BeatTable run(Recording rec, int ch, BeatTable beats, String[] status) throws IOException {
        BeatClassifier classifier;
        try {
            classifier = BeatClassifier.loadDefault();
        } catch (RuntimeException | LinkageError e) {
            status[0] = "not available: " + SleepPart.message(e);
            return null;
        }
        try (classifier) {
            double fs = beats.rateHz();
            long n = rec.signals().get(ch).sampleCount();
            int[] s = beats.samples();
            byte[] sym = new byte[s.length];
            long chunk = Math.round(CHUNK_SEC * fs), margin = Math.round(MARGIN_SEC * fs);
            double toMv = EcgQuality.toMv(rec.signals().get(ch).physicalUnit());
            int lo = 0;
            for (long start = 0; start < n; start += chunk) {
                long end = Math.min(n, start + chunk);
                long from = Math.max(0, start - margin), to = Math.min(n, end + margin);
                int a = lowerBound(s, from), b = lowerBound(s, to);
                if (b == a) {
                    continue;
                }
                double[] x = rec.readPhysical(ch, from, (int) (to - from));
                if (toMv != 1) {
                    for (int i = 0; i < x.length; i++) {
                        x[i] *= toMv;
                    }
                }
                int[] local = new int[b - a];
                for (int i = a; i < b; i++) {
                    local[i - a] = (int) (s[i] - from);
                }
                byte[] c = classifier.classify(x, fs, local);
                for (int i = Math.max(a, lo); i < b && s[i] < end; i++) {
                    sym[i] = symbol(c[i - a]);
                    lo = i + 1;
                }
            }
            for (int i = 0; i < sym.length; i++) {
                if (sym[i] == 0) {
                    sym[i] = 'Q';
                }
            }
            status[0] = NightAnalysis.AVAILABLE;
            return new BeatTable(fs, Arrays.copyOf(s, s.length), sym, true);
        }
    }

    static byte symbol(byte aami) {
        return switch (aami) {
            case AamiClass.N -> (byte) 'N';
            case AamiClass.S -> (byte) 'S';
            case AamiClass.V -> (byte) 'V';
            case AamiClass.F -> (byte) 'F';
            default -> (byte) 'Q';
        };
    }

    private static int lowerBound(int[] a, long key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
