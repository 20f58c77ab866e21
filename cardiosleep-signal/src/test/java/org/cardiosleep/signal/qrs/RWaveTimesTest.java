package org.cardiosleep.signal.qrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RWaveTimesTest {
    @Test
    void placesTheApexOfASampledParabolaExactly() {
        // samples of -(t - 10.3)^2: the apex lies 0.3 samples after sample 10
        double[] x = new double[20];
        for (int i = 0; i < x.length; i++) {
            x[i] = -(i - 10.3) * (i - 10.3);
        }
        assertEquals(0.3, RWaveTimes.offset(x, 0, 10), 1e-12);
        // a negative deflection (a QS complex) the same way, and an array that starts later
        double[] y = new double[5];
        for (int i = 0; i < y.length; i++) {
            y[i] = 2 * (i + 100 - 102.25) * (i + 100 - 102.25);
        }
        assertEquals(0.25, RWaveTimes.offset(y, 100, 102), 1e-12);
    }

    @Test
    void improvesRrIntervalsOfASimulatedSpikeTrainAt125Hz() {
        // simulated: Gaussian R waves (10 ms wide) at irregular real times, sampled at 125 Hz
        double fs = 125;
        double[] truth = new double[40];
        double t = 0.5;
        for (int i = 0; i < truth.length; i++) {
            truth[i] = t;
            t += 0.8 + 0.0371 * Math.sin(i * 1.7);
        }
        double[] x = new double[(int) Math.ceil((t + 1) * fs)];
        for (int k = 0; k < x.length; k++) {
            for (double r : truth) {
                double d = (k / fs - r) / 0.010;
                x[k] += Math.exp(-0.5 * d * d);
            }
        }
        // each beat at its largest sample, as the detector refines beats to the QRS extremum
        int[] samples = new int[truth.length];
        for (int i = 0; i < truth.length; i++) {
            int k = (int) Math.floor(truth[i] * fs);
            samples[i] = x[k + 1] > x[k] ? k + 1 : k;
        }
        double[] refined = RWaveTimes.of(x, fs, samples);
        double errWhole = 0, errRefined = 0, maxRefined = 0;
        for (int i = 1; i < truth.length; i++) {
            double rr = truth[i] - truth[i - 1];
            errWhole += Math.abs((samples[i] - samples[i - 1]) / fs - rr) / (truth.length - 1);
            double e = Math.abs(refined[i] - refined[i - 1] - rr);
            errRefined += e / (truth.length - 1);
            maxRefined = Math.max(maxRefined, e);
        }
        assertTrue(errWhole > 0.002, "whole samples: mean RR error " + errWhole + " s");
        assertTrue(errRefined < 0.2 * errWhole, "interpolated: mean RR error " + errRefined + " s against " + errWhole);
        assertTrue(maxRefined < 0.002, "interpolated: largest RR error " + maxRefined + " s");
    }

    @Test
    void leavesFlatTopsEdgesAndGapsAlone() {
        assertEquals(0, RWaveTimes.offset(new double[] {1, 1, 1}, 0, 1));
        assertEquals(0, RWaveTimes.offset(new double[] {0, 1, 2}, 0, 0));
        assertEquals(0, RWaveTimes.offset(new double[] {0, 1, 2}, 0, 2));
        assertEquals(0, RWaveTimes.offset(new double[] {0, 1, 2, 3}, 0, 1)); // a slope, no extremum
        assertEquals(0, RWaveTimes.offset(new double[] {0, Double.NaN, 1}, 0, 1));
        assertTrue(RWaveTimes.interpolates(125));
        assertFalse(RWaveTimes.interpolates(256));
    }
}
