package org.cardiosleep.signal.qrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SignalQualityTest {

    @Test
    void cleanEcgIsUsableAndNoisyEcgIsNot() {
        SyntheticEcg ecg = SyntheticEcg.of(360, 60, 0.8, 1);
        long[] beats = QrsDetector.detect(ecg.signal, 360);
        for (SignalQuality.Window w : SignalQuality.assessAll(ecg.signal, 360, beats, 10, 0.05)) {
            assertTrue(w.usable(), "clean window " + w);
            assertTrue(w.kurtosis() > 5);
        }
        // heavy broadband noise (SNR far below 0 dB in the QRS band) must not pass
        SyntheticEcg noisy = ecg.withNoise(0, 50, 0, 1.5, 2);
        long[] nb = QrsDetector.detect(noisy.signal, 360);
        long usable = java.util.Arrays.stream(SignalQuality.assessAll(noisy.signal, 360, nb, 10, 0.05))
                .filter(SignalQuality.Window::usable).count();
        assertEquals(0, usable);
    }

    @Test
    void kurtosisOfGaussianNoiseIsThree() {
        Random rnd = new Random(3);
        double[] g = new double[200_000];
        for (int i = 0; i < g.length; i++) {
            g[i] = rnd.nextGaussian();
        }
        assertEquals(3.0, SignalQuality.kurtosis(g), 0.05);
    }

    @Test
    void agreementIsF1OfMatchedBeats() {
        assertEquals(1.0, SignalQuality.agreement(new long[] {100, 400}, new long[] {110, 395}, 54), 1e-12);
        assertEquals(2.0 * 1 / 3, SignalQuality.agreement(new long[] {100}, new long[] {110, 700}, 54), 1e-12);
        assertEquals(0.0, SignalQuality.agreement(new long[0], new long[0], 54));
    }

    @Test
    void missingSamplesMakeAWindowUnusable() {
        double[] x = new double[3600];
        java.util.Arrays.fill(x, Double.NaN);
        SignalQuality.Window w = SignalQuality.assess(x, 0, x.length, 360, new long[0], 0, 0.05);
        assertFalse(w.usable());
        assertEquals(1.0, w.nanFraction());
    }
}
