package org.cardiosleep.signal.qrs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cardiosleep.signal.SortedArrays;

/**
 * QRS detection with a per-window signal-quality verdict ({@link SignalQuality}, 10-s windows) on
 * a signal fed in chunks of any length, so that a multi-day recording needs memory for its beats
 * and windows only. A window is assessed as soon as the detector has finalized every beat in it
 * ({@link QrsDetector#finalizedBefore()}), which makes the result independent of the chunking.
 */
public final class StreamingBeatDetector {
    private final double fsHz;
    private final double minAmplitude;
    private final int windowLen;
    private final QrsDetector detector;
    private long[] beats = new long[1024];
    private int beatCount;
    private final List<SignalQuality.Window> quality = new ArrayList<>();
    private final ArrayDeque<double[]> waiting = new ArrayDeque<>();
    private double[] partial;
    private int partialLen;
    private long nextWindowStart;
    private boolean finished;

    /**
     * @param fsHz         sampling rate
     * @param minAmplitude smallest peak-to-peak that can carry a QRS, in the signal's unit (0: no floor)
     */
    public StreamingBeatDetector(double fsHz, double minAmplitude) {
        this.fsHz = fsHz;
        this.minAmplitude = minAmplitude;
        this.windowLen = (int) Math.round(SignalQuality.WINDOW_SEC * fsHz);
        this.detector = new QrsDetector(fsHz);
        this.partial = new double[windowLen];
    }

    /** Samples per quality window. */
    public int windowLength() {
        return windowLen;
    }

    /** Feeds the next {@code len} samples of {@code x} from {@code off}. */
    public void process(double[] x, int off, int len) {
        if (finished) {
            throw new IllegalStateException("finish() was called");
        }
        detector.process(x, off, len);
        addBeats(detector.drainBeats());
        for (int i = off, end = off + len; i < end; ) {
            int n = Math.min(end - i, windowLen - partialLen);
            System.arraycopy(x, i, partial, partialLen, n);
            partialLen += n;
            i += n;
            if (partialLen == windowLen) {
                waiting.add(partial);
                partial = new double[windowLen];
                partialLen = 0;
            }
        }
        long done = detector.finalizedBefore();
        while (!waiting.isEmpty() && nextWindowStart + waiting.peek().length <= done) {
            assess(waiting.poll());
        }
    }

    /** Ends the signal: the last beats are found and every window (the last may be short) assessed. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        detector.finish();
        addBeats(detector.drainBeats());
        if (partialLen > 0) {
            waiting.add(Arrays.copyOf(partial, partialLen));
        }
        while (!waiting.isEmpty()) {
            assess(waiting.poll());
        }
    }

    /** Every beat found so far (sample indices, ascending). */
    public long[] beats() {
        return Arrays.copyOf(beats, beatCount);
    }

    /** Every window assessed so far, in time order. */
    public List<SignalQuality.Window> quality() {
        return List.copyOf(quality);
    }

    private void assess(double[] w) {
        long from = nextWindowStart, to = nextWindowStart + w.length;
        int lo = SortedArrays.lowerBound(beats, 0, beatCount, from), hi = SortedArrays.lowerBound(beats, lo, beatCount, to);
        quality.add(SignalQuality.assess(w, 0, w.length, fsHz, Arrays.copyOfRange(beats, lo, hi), from, minAmplitude));
        nextWindowStart = to;
    }

    private void addBeats(long[] v) {
        if (beatCount + v.length > beats.length) {
            beats = Arrays.copyOf(beats, Math.max(beats.length * 2, beatCount + v.length));
        }
        System.arraycopy(v, 0, beats, beatCount, v.length);
        beatCount += v.length;
    }
}
