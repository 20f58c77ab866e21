package org.cardiosleep.signal.fhr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Known-answer tests on simulated cardiotocograms. */
class FhrAnalysisTest {
    static final double FS = 4;

    /** Adds a trapezoid excursion: ramps of {@code rampSec}, plateau of {@code plateauSec}. */
    static void excursion(double[] x, double startSec, double rampSec, double plateauSec, double amp) {
        double total = 2 * rampSec + plateauSec;
        for (int i = (int) (startSec * FS); i < (startSec + total) * FS && i < x.length; i++) {
            double t = i / FS - startSec;
            double w = t < rampSec ? t / rampSec : t > rampSec + plateauSec ? (total - t) / rampSec : 1;
            x[i] += amp * w;
        }
    }

    static double[] simulatedFhr(long seed, double baseline, int minutes) {
        Random rnd = new Random(seed);
        double[] x = new double[(int) (minutes * 60 * FS)];
        for (int i = 0; i < x.length; i++) {
            double t = i / FS;
            // moderate variability: a few slow oscillations of ±4 bpm plus noise
            x[i] = baseline + 4 * Math.sin(2 * Math.PI * t / 20) + 1.5 * Math.sin(2 * Math.PI * t / 7.3) + rnd.nextGaussian();
        }
        return x;
    }

    @Test
    void baselineAccelerationsAndDecelerationsOnSimulatedTrace() {
        double[] x = simulatedFhr(1, 140, 60);
        excursion(x, 300, 10, 20, 25);     // acceleration 300–340 s
        excursion(x, 900, 10, 30, 30);     // acceleration
        excursion(x, 1500, 20, 40, -30);   // deceleration 1500–1580 s
        excursion(x, 2400, 10, 250, -40);  // prolonged deceleration (> 3 min)
        excursion(x, 3000, 8, 10, 20);     // acceleration
        FhrAnalysis a = FhrAnalysis.analyze(x, null, FS);
        assertEquals(140, a.meanBaselineBpm(), 3);
        assertEquals(3, a.accelerations(), a.events().toString());
        assertEquals(2, a.decelerations(), a.events().toString());
        FhrEvent dec = a.events().stream().filter(e -> e.kind().isDeceleration()).findFirst().orElseThrow();
        assertEquals(1500, dec.startSec(), 10);
        assertEquals(1580, dec.endSec(), 10);
        // the nadir includes the simulated variability (up to about 7 bpm)
        assertTrue(dec.amplitudeBpm() <= -29 && dec.amplitudeBpm() >= -39, dec.toString());
        assertTrue(a.events().stream().anyMatch(e -> e.kind() == FhrEvent.Kind.PROLONGED_DECELERATION));
    }

    @Test
    void smallExcursionsAreNotEvents() {
        double[] x = simulatedFhr(2, 130, 30);
        excursion(x, 400, 5, 20, 10);   // only 10 bpm
        excursion(x, 800, 2, 5, 25);    // only ~9 s long
        FhrAnalysis a = FhrAnalysis.analyze(x, null, FS);
        assertEquals(0, a.events().size(), a.events().toString());
    }

    @Test
    void cleaningRemovesSpikesFillsShortGapsAndMasksLongOnes() {
        double[] x = simulatedFhr(3, 140, 10);
        for (int i = 400; i < 408; i++) {
            x[i] = 70; // halving artefact for 2 s
        }
        for (int i = 800; i < 840; i++) {
            x[i] = 0; // 10-s loss
        }
        for (int i = 1200; i < 1200 + 4 * 120; i++) {
            x[i] = 0; // 2-min loss
        }
        x[2000] = 250; // impossible value
        FhrCleaning.CleanFhr c = FhrCleaning.clean(x, FS);
        for (int i = 400; i < 408; i++) {
            assertTrue(Math.abs(c.bpm()[i] - 140) < 15, "spike left at " + i + ": " + c.bpm()[i]);
        }
        assertEquals(FhrCleaning.INTERPOLATED, c.flags()[820]);
        assertEquals(FhrCleaning.LOST, c.flags()[1300]);
        assertTrue(Double.isNaN(c.bpm()[1300]));
        assertEquals(FhrCleaning.INTERPOLATED, c.flags()[2000]);
        assertEquals(4 * 120 / (double) x.length, c.lossFraction(), 1e-9);
    }

    @Test
    void lateAndVariableDecelerationsAreTypedByContractions() {
        double[] x = simulatedFhr(4, 140, 30);
        double[] toco = new double[x.length];
        for (int i = 0; i < toco.length; i++) {
            toco[i] = 10;
        }
        excursion(toco, 600, 30, 10, 50);   // contraction peak ≈ 630–640 s
        excursion(toco, 1200, 30, 10, 50);  // contraction peak ≈ 1230–1240 s
        excursion(x, 640, 45, 10, -25);     // gradual, nadir ≈ 685–695 s: late (lag > 20 s)
        excursion(x, 1215, 5, 20, -30);     // abrupt onset: variable
        FhrAnalysis a = FhrAnalysis.analyze(x, toco, FS);
        assertEquals(2, a.contractions().size(), a.contractions().toString());
        List<FhrEvent> d = a.events().stream().filter(e -> e.kind().isDeceleration()).toList();
        assertEquals(2, d.size(), a.events().toString());
        assertEquals(FhrEvent.Kind.LATE_DECELERATION, d.get(0).kind());
        assertEquals(FhrEvent.Kind.VARIABLE_DECELERATION, d.get(1).kind());
    }

    @Test
    void noSignalGivesNoEventsAndNoCrash() {
        double[] x = new double[4 * 600];
        FhrAnalysis a = FhrAnalysis.analyze(x, null, FS);
        assertEquals(0, a.events().size());
        assertTrue(Double.isNaN(a.meanBaselineBpm()));
        assertEquals(1.0, a.clean().lossFraction());
    }
}
