package org.cardiosleep.pheno.beats;

import java.io.IOException;
import java.util.function.LongConsumer;

import org.cardiosleep.io.Recording;
import org.cardiosleep.signal.SortedArrays;

/**
 * Classifies the beats of a whole recording in chunks, so memory stays bounded on multi-day
 * Holters: each chunk is read with a margin on either side, so beats near the edges keep their RR
 * and morphology context, and every beat is classified exactly once.
 */
public final class ChunkedClassification {
    /**
     * Chunk length used by {@code analyze} and {@code holter} alike, so both give every beat the same
     * class: 1 h (about 7 MB of samples at 256 Hz) keeps memory bounded while the record-relative
     * features (dominant beat, robust z-scores) see enough beats.
     */
    public static final double CHUNK_SEC = 3600;
    /** Context read on either side of a chunk, so beats near its edges keep their RR and morphology context. */
    public static final double MARGIN_SEC = 20;

    private ChunkedClassification() {
    }

    /** {@link #classify(Recording, int, long[], double, double, double, BeatClassifier)} with the shared chunking. */
    public static byte[] classify(Recording rec, int ch, long[] beats, double toMv, BeatClassifier classifier)
            throws IOException {
        return classify(rec, ch, beats, toMv, CHUNK_SEC, MARGIN_SEC, classifier);
    }

    /** The same, telling {@code doneSec} the seconds of signal classified after each chunk. */
    public static byte[] classify(Recording rec, int ch, long[] beats, double toMv, BeatClassifier classifier,
                                  LongConsumer doneSec) throws IOException {
        return classify(rec, ch, beats, toMv, classifier, doneSec, NO_SAMPLES);
    }

    /**
     * The same, showing {@code samples} each chunk as read (physical units), so another per-beat
     * measure can be taken in the same pass over the file.
     */
    public static byte[] classify(Recording rec, int ch, long[] beats, double toMv, BeatClassifier classifier,
                                  LongConsumer doneSec, ChunkSamples samples) throws IOException {
        return classify(rec, ch, readingChunks(rec, ch, toMv, classifier, CHUNK_SEC, MARGIN_SEC, samples), beats,
                CHUNK_SEC, MARGIN_SEC, doneSec);
    }

    /** Receives chunks of a channel in order: {@code x[0..len)} holds samples {@code from ..+len}. */
    public interface ChunkSamples {
        void accept(double[] x, int len, long from);
    }

    private static final ChunkSamples NO_SAMPLES = (x, len, from) -> { };

    /** Classifies the beats {@code local} (indices into the chunk) of the chunk of {@code len} samples at {@code from}. */
    private interface ChunkClassifier {
        byte[] classify(long from, int len, int[] local) throws IOException;
    }

    /**
     * AAMI classes ({@link AamiClass} codes) of {@code beats} (sorted sample indices of signal
     * {@code ch}); the ECG is converted to millivolts with {@code toMv}.
     */
    public static byte[] classify(Recording rec, int ch, long[] beats, double toMv, double chunkSec, double marginSec,
                                  BeatClassifier classifier) throws IOException {
        return classify(rec, ch, readingChunks(rec, ch, toMv, classifier, chunkSec, marginSec, NO_SAMPLES), beats,
                chunkSec, marginSec, NO_PROGRESS);
    }

    private static final LongConsumer NO_PROGRESS = sec -> { };

    /**
     * Chunks read from the recording into one buffer of the longest chunk's length (margins included),
     * and filtered into one of two kept for the last two chunk lengths seen (the filter writes exactly
     * a chunk's length): a recording allocates no chunk-sized arrays per chunk (which would also
     * outlive a young-generation collection and be copied), a night one reading and two filter buffers.
     */
    private static ChunkClassifier readingChunks(Recording rec, int ch, double toMv, BeatClassifier classifier,
                                                 double chunkSec, double marginSec, ChunkSamples samples) {
        double fs = rec.signals().get(ch).samplingRateHz();
        long longest = Math.min(rec.signals().get(ch).sampleCount(),
                Math.round(chunkSec * fs) + 2 * Math.round(marginSec * fs));
        double[][] buffers = {null, null, null};
        return (from, len, local) -> {
            if (buffers[0] == null) {
                buffers[0] = new double[(int) Math.max(longest, len)];
            } else if (buffers[0].length < len) {
                buffers[0] = new double[len];
            }
            if (buffers[1] == null || buffers[1].length != len) {
                // the first and the last chunk often have one length, the middle ones another
                double[] kept = buffers[1];
                buffers[1] = buffers[2] != null && buffers[2].length == len ? buffers[2] : new double[len];
                buffers[2] = kept;
            }
            rec.readPhysical(ch, from, len, buffers[0], 0);
            samples.accept(buffers[0], len, from);
            return classifier.classify(buffers[0], 0, len, toMv, fs, local, buffers[1]);
        };
    }

    private static byte[] classify(Recording rec, int ch, ChunkClassifier chunks, long[] beats, double chunkSec,
                                   double marginSec, LongConsumer doneSec) throws IOException {
        double fs = rec.signals().get(ch).samplingRateHz();
        long n = rec.signals().get(ch).sampleCount();
        byte[] cls = new byte[beats.length];
        java.util.Arrays.fill(cls, AamiClass.Q);
        long chunk = Math.round(chunkSec * fs), margin = Math.round(marginSec * fs);
        int done = 0;
        for (long start = 0; start < n; start += chunk) {
            long end = Math.min(n, start + chunk);
            long from = Math.max(0, start - margin), to = Math.min(n, end + margin);
            int a = SortedArrays.lowerBound(beats, from), b = SortedArrays.lowerBound(beats, to);
            if (b > a) {
                int[] local = new int[b - a];
                for (int i = a; i < b; i++) {
                    local[i - a] = (int) (beats[i] - from);
                }
                byte[] c = chunks.classify(from, (int) (to - from), local);
                for (int i = Math.max(a, done); i < b && beats[i] < end; i++) {
                    cls[i] = c[i - a];
                    done = i + 1;
                }
            }
            doneSec.accept(Math.round(end / fs));
        }
        return cls;
    }
}
