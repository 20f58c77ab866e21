package org.cardiosleep.signal.qrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StreamingBeatDetectorTest {
    @Test
    void anyChunkingGivesTheWholeSignalResult() {
        double fs = 250;
        // simulated: 125 s of ECG with noise, then 20 s flat (lead off), then 33.3 s more ECG
        double[] ecg = SyntheticEcg.of(fs, 125, 0.8, 11).withNoise(0.3, 50, 0.05, 0.03, 12).signal;
        double[] x = Arrays.copyOf(ecg, ecg.length + (int) (53.3 * fs));
        System.arraycopy(ecg, 0, x, ecg.length + (int) (20 * fs), (int) (33.3 * fs));
        long[] whole = QrsDetector.detect(x, fs);
        SignalQuality.Window[] q = SignalQuality.assessAll(x, fs, whole, SignalQuality.WINDOW_SEC, 0.05);
        Random rnd = new Random(13);
        for (int trial = 0; trial < 4; trial++) {
            StreamingBeatDetector d = new StreamingBeatDetector(fs, 0.05);
            for (int off = 0; off < x.length; ) {
                int len = Math.min(x.length - off, trial == 0 ? d.windowLength() * 6 : 1 + rnd.nextInt(trial * 3000));
                d.process(x, off, len);
                off += len;
            }
            d.finish();
            assertArrayEquals(whole, d.beats(), "trial " + trial);
            List<SignalQuality.Window> got = d.quality();
            assertEquals(q.length, got.size());
            for (int i = 0; i < q.length; i++) {
                assertEquals(q[i], got.get(i), "window " + i);
            }
        }
        assertTrue(whole.length > 150);
        assertTrue(Arrays.stream(q).anyMatch(w -> !w.usable()), "the flat stretch is unusable");
        assertTrue(Arrays.stream(q).filter(SignalQuality.Window::usable).count() >= 14);
    }
}
