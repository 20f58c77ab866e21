package org.cardiosleep.app.beats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cardiosleep.signal.filter.Resampler;
import org.cardiosleep.signal.qrs.QrsDetector;
import org.junit.jupiter.api.Test;

class RrTimingTest {
    @Test
    void interpolatedTimesAreCloserToTheNativeRateThanWholeSamples() {
        // simulated: biphasic QRS-like pulses at irregular times on a 500-Hz signal, then at 125 Hz
        double fs = 500;
        double[] x = new double[(int) (120 * fs)];
        double t = 0.7;
        int beats = 0;
        while (t < 119) {
            for (int k = (int) ((t - 0.1) * fs); k < (int) ((t + 0.1) * fs); k++) {
                double d = (k / fs - t) / 0.012;
                x[k] += Math.exp(-0.5 * d * d) - 0.3 * Math.exp(-0.5 * (d - 2) * (d - 2));
            }
            t += 0.75 + 0.06 * Math.sin(beats++ * 0.9);
        }
        double[] low = Resampler.resample(x, fs, 125);
        RrTiming r = new RrTiming();
        r.add(x, fs, low, 125, QrsDetector.detect(low, 125));
        Map<String, Object> m = r.json(125);
        long n = (Long) m.get("intervals");
        assertTrue(n > 0.9 * beats, n + " intervals of " + beats + " beats");
        double whole = (Double) m.get("meanAbsRrErrorMsWholeSamples"), interp = (Double) m.get("meanAbsRrErrorMsInterpolated");
        assertTrue(whole > 1.5, "whole samples: " + whole + " ms");
        assertTrue(interp < 0.5 * whole, "interpolated " + interp + " ms against " + whole + " ms");
        assertEquals(125.0, Double.parseDouble(r.line(125).replaceAll("RR timing at ([0-9.]+) Hz.*", "$1")));
    }
}
