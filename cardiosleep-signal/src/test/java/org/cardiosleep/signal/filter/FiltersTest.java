package org.cardiosleep.signal.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FiltersTest {

    private static double[] sine(double fHz, double fs, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(2 * Math.PI * fHz * i / fs);
        }
        return x;
    }

    private static double rms(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i] * x[i];
        }
        return Math.sqrt(s / (to - from));
    }

    @Test
    void butterworthHasMinus3dBAtCutoffAndKnownRolloff() {
        SosFilter lp = Butterworth.lowpass(4, 20, 360);
        assertEquals(1.0, lp.magnitude(0.001, 360), 1e-6);
        assertEquals(1 / Math.sqrt(2), lp.magnitude(20, 360), 1e-9);
        // analog order-4 Butterworth at 2 fc: 1/sqrt(1 + 2^8); the bilinear map makes it a bit lower
        double at40 = lp.magnitude(40, 360);
        assertTrue(at40 < 1 / Math.sqrt(1 + Math.pow(2, 8)) && at40 > 0.03, "|H(40 Hz)| = " + at40);
        SosFilter hp = Butterworth.highpass(2, 5, 360);
        assertEquals(0.0, hp.magnitude(1e-6, 360), 1e-9);
        assertEquals(1 / Math.sqrt(2), hp.magnitude(5, 360), 1e-9);
        assertEquals(1.0, hp.magnitude(100, 360), 1e-2);
        assertEquals(1 / Math.sqrt(2), Butterworth.bandpass(2, 5, 15, 360).sections().get(0).magnitude(5, 360), 1e-9);
    }

    @Test
    void scipyCoefficientsForSecondOrderLowpass() {
        // scipy.signal.butter(2, 10, fs=100, output='sos') -> b = [0.06745527, 0.13491055, 0.06745527], a = [1, -1.1429805, 0.4128016]
        Biquad b = Butterworth.lowpass(2, 10, 100).sections().get(0);
        assertArrayEquals(new double[] {0.06745527, 0.13491055, 0.06745527, -1.1429805, 0.4128016},
                new double[] {b.b0(), b.b1(), b.b2(), b.a1(), b.a2()}, 1e-7);
    }

    @Test
    void streamingEqualsArrayFiltering() {
        double[] x = sine(7, 250, 1000);
        SosFilter a = Butterworth.bandpass(2, 5, 20, 250);
        double[] y = a.copy().apply(x);
        SosFilter s = a.copy();
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], s.step(x[i]), 1e-12);
        }
    }

    @Test
    void filtfiltHasZeroPhaseAndSquaredGain() {
        double fs = 360;
        double[] x = sine(10, fs, 3600);
        SosFilter bp = Butterworth.bandpass(2, 5, 20, fs);
        double[] y = ZeroPhase.filtfilt(bp, x);
        double g = bp.magnitude(10, fs);
        // in the middle, y = g^2 x with no delay
        for (int i = 1000; i < 2600; i++) {
            assertEquals(g * g * x[i], y[i], 2e-3);
        }
    }

    /**
     * Long signals through a two-section design are filtered as two halves side by side; the result
     * equals the one-pass forward-backward filtering (written out here) to rounding, at even and odd
     * lengths, and the split leaves no seam.
     */
    @Test
    void twoHalvesEqualOnePass() {
        java.util.Random r = new java.util.Random(5);
        for (int n : new int[] {200_000, 200_001}) {
            double[] x = new double[n];
            double walk = 0;
            for (int i = 0; i < n; i++) {
                walk += 0.01 * r.nextGaussian();
                x[i] = walk + Math.sin(2 * Math.PI * 10 * i / 256.0) + 0.1 * r.nextGaussian();
            }
            java.util.List<Biquad> both = new java.util.ArrayList<>(Butterworth.highpass(2, 0.5, 256).sections());
            both.addAll(Butterworth.lowpass(2, 40, 256).sections());
            SosFilter design = new SosFilter(both.toArray(new Biquad[0]));
            double[] y = ZeroPhase.filtfilt(design, x);
            // reference: the serial passes, as the class did before the split
            int pad = 3 * (2 * 2 + 1);
            double[] ext = new double[n + 2 * pad];
            for (int i = 0; i < pad; i++) {
                ext[i] = 2 * x[0] - x[pad - i];
                ext[n + pad + i] = 2 * x[n - 1] - x[n - 2 - i];
            }
            System.arraycopy(x, 0, ext, pad, n);
            SosFilter f = design.copy();
            f.resetTo(ext[0]);
            for (int i = 0; i < ext.length; i++) {
                ext[i] = f.step(ext[i]);
            }
            f.resetTo(ext[ext.length - 1]);
            for (int i = ext.length - 1; i >= 0; i--) {
                ext[i] = f.step(ext[i]);
            }
            double worst = 0, scale = 0;
            for (int i = 0; i < n; i++) {
                worst = Math.max(worst, Math.abs(y[i] - ext[pad + i]));
                scale = Math.max(scale, Math.abs(ext[pad + i]));
            }
            assertTrue(worst <= 1e-12 * scale, "largest difference " + worst + " at scale " + scale + ", n=" + n);
        }
    }

    /** A scaled range filters exactly as its scaled copy would (the chunked beat classifier relies on it). */
    @Test
    void rangeFiltersLikeItsScaledCopy() {
        java.util.Random r = new java.util.Random(9);
        double[] x = new double[5000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(2 * Math.PI * 7 * i / 256.0) + 0.2 * r.nextGaussian();
        }
        SosFilter design = Butterworth.bandpass(2, 0.5, 40, 256);
        for (double scale : new double[] {1, 0.001}) {
            double[] copy = java.util.Arrays.copyOfRange(x, 1200, 3700);
            for (int i = 0; i < copy.length; i++) {
                copy[i] *= scale;
            }
            assertArrayEquals(ZeroPhase.filtfilt(design, copy), ZeroPhase.filtfilt(design, x, 1200, 2500, scale), 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> ZeroPhase.filtfilt(design, x, 4000, 2000, 1));
    }

    @Test
    void notchRemovesHumAndKeepsQrsBand() {
        double fs = 500;
        SosFilter n50 = Notch.design(50, 30, fs);
        assertEquals(0, n50.magnitude(50, fs), 1e-9);
        assertEquals(1, n50.magnitude(10, fs), 0.01);
        double[] y = n50.apply(sine(50, fs, 5000));
        assertTrue(rms(y, 2500, 5000) < 0.01);
    }

    @Test
    void medianFilterAndBaselineRemoval() {
        double[] x = {5, 1, 4, 2, 3, 9, 0};
        assertArrayEquals(new double[] {3, 4, 2, 3, 3, 3, 4.5}, MedianFilter.apply(x, 3), 1e-12);
        double fs = 360;
        double[] ecgLike = new double[3600];
        for (int i = 0; i < ecgLike.length; i++) {
            ecgLike[i] = 2.0 + 0.5 * Math.sin(2 * Math.PI * 0.2 * i / fs) + (i % 300 == 0 ? 1.0 : 0.0);
        }
        double[] y = MedianFilter.removeBaseline(ecgLike, fs);
        assertEquals(1.0, y[1500], 0.05); // the spike survives
        assertEquals(0.0, y[1650], 0.02); // the wander is gone
        assertThrows(IllegalArgumentException.class, () -> MedianFilter.apply(x, 2));
    }

    @Test
    void resamplingKeepsASineAndItsLength() {
        double[] x = sine(5, 360, 3600);
        double[] y = Resampler.resample(x, 360, 128);
        assertEquals((int) Math.floor(3599 * 128 / 360.0) + 1, y.length);
        double[] expected = sine(5, 128, y.length);
        for (int i = 100; i < y.length - 100; i++) {
            assertEquals(expected[i], y[i], 0.01);
        }
        double[] up = Resampler.resample(sine(3, 100, 1000), 100, 1000);
        double[] e2 = sine(3, 1000, up.length);
        for (int i = 20; i < up.length - 20; i++) {
            assertEquals(e2[i], up[i], 0.01); // cubic kernel: error of order (2 pi f / fs)^3
        }
    }
}
