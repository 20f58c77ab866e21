package org.cardiosleep.signal.qrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QrsDetectorTest {

    private static void assertFindsAll(SyntheticEcg ecg, long[] beats, double tolSec) {
        int[] s = SyntheticEcg.score(ecg.rPeaks, beats, ecg.fsHz, tolSec);
        assertEquals(0, s[1], "missed beats of " + ecg.rPeaks.length + " at " + ecg.fsHz + " Hz");
        assertEquals(0, s[2], "false beats at " + ecg.fsHz + " Hz");
    }

    @ParameterizedTest
    @ValueSource(doubles = {100, 128, 250, 360, 500, 1000})
    void findsEverySimulatedBeatAtAnyRate(double fs) {
        SyntheticEcg ecg = SyntheticEcg.of(fs, 120, 0.85, 1);
        long[] beats = QrsDetector.detect(ecg.signal, fs);
        assertFindsAll(ecg, beats, 0.02); // refined to the R peak within 20 ms
    }

    @Test
    void invertedPolarity() {
        SyntheticEcg ecg = SyntheticEcg.of(360, 120, 0.8, 2).inverted();
        assertFindsAll(ecg, QrsDetector.detect(ecg.signal, 360), 0.03);
    }

    @ParameterizedTest
    @ValueSource(doubles = {50, 60})
    void baselineWanderHumAndNoise(double humHz) {
        SyntheticEcg ecg = SyntheticEcg.of(250, 180, 0.75, 3).withNoise(1.0, humHz, 0.2, 0.03, 4);
        assertFindsAll(ecg, QrsDetector.detect(ecg.signal, 250), 0.03);
    }

    @Test
    void chunkedEqualsWhole() {
        SyntheticEcg ecg = SyntheticEcg.of(360, 300, 0.7, 5).withNoise(0.5, 50, 0.05, 0.05, 6);
        long[] whole = QrsDetector.detect(ecg.signal, 360);
        QrsDetector d = new QrsDetector(360);
        Random rnd = new Random(7);
        long[] acc = new long[0];
        for (int off = 0; off < ecg.signal.length; ) {
            int len = Math.min(ecg.signal.length - off, 1 + rnd.nextInt(rnd.nextBoolean() ? 7 : 9000));
            d.process(ecg.signal, off, len);
            off += len;
            long[] got = d.drainBeats();
            acc = concat(acc, got);
        }
        d.finish();
        acc = concat(acc, d.drainBeats());
        assertArrayEquals(whole, acc);
        assertTrue(whole.length > 400);
    }

    @Test
    void finalizedBeforeNeverPrecedesALaterBeat() {
        SyntheticEcg ecg = SyntheticEcg.of(360, 120, 0.9, 8);
        QrsDetector d = new QrsDetector(360);
        long promised = 0;
        for (int off = 0; off < ecg.signal.length; off += 500) {
            d.process(ecg.signal, off, Math.min(500, ecg.signal.length - off));
            for (long b : d.drainBeats()) {
                assertTrue(b >= promised, "beat " + b + " before finalized horizon " + promised);
            }
            promised = d.finalizedBefore();
        }
        d.finish();
        for (long b : d.drainBeats()) {
            assertTrue(b >= promised);
        }
    }

    @Test
    void flatLineForAnHourHasNoBeatsAndFinishesQuickly() {
        double fs = 360;
        double[] flat = new double[(int) (3600 * fs)];
        Arrays.fill(flat, 0.37);
        long t0 = System.nanoTime();
        long[] beats = QrsDetector.detect(flat, fs);
        double sec = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, beats.length);
        assertTrue(sec < 20, "an hour of flat line took " + sec + " s");
        SignalQuality.Window[] q = SignalQuality.assessAll(flat, fs, beats, 10, 0.05);
        assertTrue(Arrays.stream(q).noneMatch(SignalQuality.Window::usable));
    }

    @Test
    void pureNoiseIsMarkedUnusable() {
        double fs = 250;
        double[] noise = new double[(int) (600 * fs)];
        Random rnd = new Random(9);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = 0.5 * rnd.nextGaussian();
        }
        long[] beats = QrsDetector.detect(noise, fs);
        SignalQuality.Window[] q = SignalQuality.assessAll(noise, fs, beats, 10, 0.05);
        long usable = Arrays.stream(q).filter(SignalQuality.Window::usable).count();
        assertEquals(0, usable, "usable windows of pure noise");
    }

    @Test
    void saturatedStretchHasNoBeatsAndIsUnusable() {
        SyntheticEcg ecg = SyntheticEcg.of(360, 120, 0.8, 10);
        double[] x = ecg.signal.clone();
        int from = (int) (40 * 360), to = (int) (70 * 360);
        Arrays.fill(x, from, to, 5.0); // amplifier stuck at its rail for 30 s
        long[] beats = QrsDetector.detect(x, 360);
        for (long b : beats) {
            assertTrue(b < from + 36 || b >= to - 36, "beat inside the saturated stretch at " + b);
        }
        SignalQuality.Window[] q = SignalQuality.assessAll(x, 360, beats, 10, 0.05);
        assertTrue(!q[5].usable() && !q[6].usable(), "saturated windows must be unusable");
        // beats resume after the stretch
        int[] s = SyntheticEcg.score(Arrays.stream(ecg.rPeaks).filter(p -> p > to + 3 * 360).toArray(),
                Arrays.stream(beats).filter(p -> p > to + 3 * 360).toArray(), 360, 0.03);
        assertEquals(0, s[1] + s[2]);
    }

    @Test
    void gapsOfMissingSamplesGiveNoBeats() {
        SyntheticEcg ecg = SyntheticEcg.of(500, 120, 0.8, 11);
        double[] x = ecg.signal.clone();
        int from = 30 * 500, to = 50 * 500;
        Arrays.fill(x, from, to, Double.NaN);
        long[] beats = QrsDetector.detect(x, 500);
        for (long b : beats) {
            assertTrue(b < from || b >= to, "beat inside the gap at " + b);
        }
        SignalQuality.Window[] q = SignalQuality.assessAll(x, 500, beats, 10, 0.05);
        assertTrue(!q[3].usable() && !q[4].usable());
        long after = Arrays.stream(beats).filter(b -> b > to + 5 * 500).count();
        long truth = Arrays.stream(ecg.rPeaks).filter(b -> b > to + 5 * 500).count();
        assertEquals(truth, after);
    }

    @Test
    void longPauseCreatesNoFalseBeats() {
        double fs = 360;
        SyntheticEcg a = SyntheticEcg.of(fs, 60, 0.8, 12);
        double[] x = new double[(int) (10 * fs) + a.signal.length];
        System.arraycopy(a.signal, 0, x, 0, a.signal.length);
        // a 6-s sinus pause, then beats again
        long restart = a.signal.length + (long) (6 * fs);
        long[] truth = Arrays.copyOf(a.rPeaks, a.rPeaks.length + 4);
        for (int k = 0; k < 4; k++) {
            long p = restart + (long) (k * 0.8 * fs);
            SyntheticEcg.addBeat(x, fs, p, 1.0);
            truth[a.rPeaks.length + k] = p;
        }
        Random rnd = new Random(13);
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.01 * rnd.nextGaussian();
        }
        int[] s = SyntheticEcg.score(truth, QrsDetector.detect(x, fs), fs, 0.03);
        assertEquals(0, s[1], "missed");
        assertEquals(0, s[2], "false beats in the pause");
    }

    @Test
    void sevenDayHolterStreamsChunkByChunk() {
        // 7 days at 128 Hz (77 M samples) fed a minute at a time; only the current chunk exists
        double fs = 128;
        int period = 100; // 0.78125 s per beat, an exact tiling of the template
        double[] one = new double[period];
        SyntheticEcg.addBeat(one, fs, period / 2, 1.0);
        int chunk = (int) (60 * fs);
        double[] buf = new double[chunk];
        QrsDetector d = new QrsDetector(fs);
        long total = 7L * 86400 * (long) fs;
        long count = 0, last = -1;
        for (long start = 0; start < total; start += chunk) {
            for (int i = 0; i < chunk; i++) {
                buf[i] = one[(int) ((start + i) % period)];
            }
            d.process(buf, 0, chunk);
            for (long b : d.drainBeats()) {
                assertTrue(b > last);
                last = b;
                count++;
            }
        }
        d.finish();
        count += d.drainBeats().length;
        assertEquals(total / period, count, 2.0);
        assertEquals(total, d.samplesProcessed());
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
