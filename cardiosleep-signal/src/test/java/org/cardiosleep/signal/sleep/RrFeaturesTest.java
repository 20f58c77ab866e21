package org.cardiosleep.signal.sleep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Simulated RR series with known answers. */
class RrFeaturesTest {

    /** Beat times of a RR sequence. */
    static double[] beats(double[] rr) {
        double[] t = new double[rr.length + 1];
        for (int i = 0; i < rr.length; i++) {
            t[i + 1] = t[i] + rr[i];
        }
        return t;
    }

    @Test
    void nnFilterDropsEctopicAndImplausibleIntervals() {
        double[] rr = new double[40];
        java.util.Arrays.fill(rr, 1.0);
        rr[10] = 0.6; // premature beat
        rr[11] = 1.4; // compensatory pause
        rr[30] = 2.5; // missed beat
        NnSeries nn = NnSeries.fromBeats(beats(rr), null);
        assertEquals(37, nn.size());
        for (double v : nn.rrSec()) {
            assertEquals(1.0, v, 1e-12);
        }
        boolean[] normal = new boolean[41];
        java.util.Arrays.fill(normal, true);
        normal[20] = false; // a V beat: both intervals around it go
        assertEquals(35, NnSeries.fromBeats(beats(rr), normal).size());
    }

    @Test
    void spectrumFindsRespiratorySinusArrhythmia() {
        int n = 1024;
        double fs = 4;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.9 + 0.02 * Math.sin(2 * Math.PI * 0.25 * i / fs) + 0.001 * i / n;
        }
        HrvSpectrum s = new HrvSpectrum(n, fs);
        s.psd(x, 0);
        assertEquals(0.25, s.peakHz(HrvSpectrum.HF_LO, HrvSpectrum.HF_HI), s.binHz());
        // A sine of amplitude a has power a^2/2 (Parseval); the Hann window keeps it in the band.
        assertEquals(0.02 * 0.02 / 2, s.bandPower(HrvSpectrum.HF_LO, HrvSpectrum.HF_HI), 0.1 * 0.0002);
        assertTrue(s.bandPower(HrvSpectrum.LF_LO, HrvSpectrum.HF_LO) < 1e-6);
        assertTrue(s.peakShare(HrvSpectrum.HF_LO, HrvSpectrum.HF_HI) > 0.9);
    }

    @Test
    void dfaOfWhiteNoiseAndRandomWalk() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 4000;
        double[] white = new double[n];
        double[] walk = new double[n];
        double acc = 0;
        for (int i = 0; i < n; i++) {
            white[i] = r.nextGaussian();
            acc += r.nextGaussian();
            walk[i] = acc;
        }
        assertEquals(0.5, Dfa.alpha(white, 0, n, 4, 64), 0.1);
        assertEquals(1.5, Dfa.alpha(walk, 0, n, 4, 64), 0.15);
        assertTrue(Double.isNaN(Dfa.alpha(white, 0, 20, 4, 16)));
    }

    @Test
    void epochFeaturesFollowASimulatedNight() {
        // 2 h: first hour HR 60 bpm with strong 0.25 Hz RSA (deep-sleep-like), second hour 80 bpm with weak RSA;
        // a 10-min gap without beats at 60-70 min.
        SplittableRandom r = new SplittableRandom(4);
        double[] t = new double[20000];
        int n = 0;
        double time = 0;
        while (time < 7200) {
            boolean first = time < 3600;
            double rr = (first ? 1.0 : 0.75) + (first ? 0.05 : 0.01) * Math.sin(2 * Math.PI * 0.25 * time) + 0.005 * r.nextGaussian();
            time += rr;
            if (time < 3600 || time > 4200) {
                t[n++] = time;
            }
        }
        double[] beats = java.util.Arrays.copyOf(t, n);
        EpochFeatures f = RrEpochFeatures.compute(NnSeries.fromBeats(beats, null), 0, 30, 240);
        assertEquals(RrEpochFeatures.names().length, f.width());
        int hr = f.indexOf("raw_hr5");
        int z = f.indexOf("z_hr5");
        int q = f.indexOf("raw_quality");
        int peak = f.indexOf("raw_hfPeakHz");
        int hf = f.indexOf("z_lnHf");
        assertEquals(60, f.values()[40][hr], 1.0);
        assertEquals(80, f.values()[200][hr], 1.0);
        assertTrue(f.values()[40][z] < f.values()[200][z] - 1, "z " + f.values()[40][z] + " " + f.values()[200][z]);
        assertEquals(0.25, f.values()[40][peak], 0.01);
        assertTrue(f.values()[40][hf] > f.values()[200][hf], "HF " + f.values()[40][hf] + " vs " + f.values()[200][hf]);
        assertEquals(1.0, f.values()[40][q], 0.02);
        assertTrue(f.values()[130][q] < 0.05, "quality inside the gap");
        assertTrue(Double.isNaN(f.values()[130][hr]));
    }
}
