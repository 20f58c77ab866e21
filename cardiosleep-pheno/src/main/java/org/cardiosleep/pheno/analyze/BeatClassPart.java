package org.cardiosleep.pheno.analyze;

import java.io.IOException;
import java.util.Arrays;

import org.cardiosleep.io.Recording;
import org.cardiosleep.pheno.beats.AamiClass;
import org.cardiosleep.pheno.beats.BeatClassifier;
import org.cardiosleep.pheno.beats.ChunkedClassification;
import org.cardiosleep.pheno.holter.EcgQuality;

/**
 * Beat classes (AAMI N/S/V/F/Q) with the committed beat classifier ({@link BeatClassifier}), in a
 * second chunked pass over the ECG so memory stays bounded ({@link ChunkedClassification}'s shared
 * 1-h chunks with 20 s of margin on either side).
 */
final class BeatClassPart {
    private BeatClassPart() {
    }

    /**
     * The classified beats, or null with the reason in {@code status[0]} when no classifier is available;
     * the ECG is read again in chunks, which {@code samples} also sees.
     */
    static BeatTable run(Recording rec, int ch, BeatTable beats, String[] status, ProgressListener progress,
                         ChunkedClassification.ChunkSamples samples) throws IOException {
        BeatClassifier classifier;
        try {
            classifier = BeatClassifier.loadDefault();
        } catch (RuntimeException | LinkageError e) {
            status[0] = "not available: " + SleepPart.message(e);
            return null;
        }
        try (classifier) {
            double fs = beats.rateHz();
            int[] s = beats.samples();
            long[] at = new long[s.length];
            for (int i = 0; i < s.length; i++) {
                at[i] = s[i];
            }
            double toMv = EcgQuality.toMv(rec.signals().get(ch).physicalUnit());
            long total = Math.round(rec.signals().get(ch).sampleCount() / fs);
            java.util.function.LongConsumer done = sec -> progress.progress(ProgressListener.CLASSES, sec, total);
            byte[] aami = ChunkedClassification.classify(rec, ch, at, toMv, classifier, done, samples);
            byte[] sym = new byte[s.length];
            for (int i = 0; i < sym.length; i++) {
                sym[i] = symbol(aami[i]);
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
}
