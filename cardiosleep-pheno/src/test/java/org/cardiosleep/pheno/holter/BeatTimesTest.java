package org.cardiosleep.pheno.holter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cardiosleep.pheno.analyze.SimulatedRecording;
import org.cardiosleep.signal.qrs.QrsDetector;
import org.cardiosleep.signal.qrs.RWaveTimes;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.cardiosleep.signal.sim.SimulatedNight;
import org.junit.jupiter.api.Test;

class BeatTimesTest {
    @Test
    void chunkedReadingGivesTheTimesOfTheWholeSignal() throws Exception {
        // simulated: 20 min at 125 Hz; beats from the detector, whose samples are QRS extrema
        SimulatedNight night = NightSimulator.simulate(SimConfig.night(5).withDurationSec(1200).withEcgRateHz(125));
        try (SimulatedRecording rec = new SimulatedRecording(night, Path.of("sim.edf"))) {
            double[] x = rec.readPhysical(0);
            long[] beats = QrsDetector.detect(x, 125);
            int[] asInt = new int[beats.length];
            for (int i = 0; i < beats.length; i++) {
                asInt[i] = (int) beats[i];
            }
            double[] chunked = BeatTimes.of(rec, 0, beats, 125);
            assertArrayEquals(RWaveTimes.of(x, 125, asInt), chunked);
            int moved = 0;
            for (int i = 0; i < beats.length; i++) {
                assertTrue(Math.abs(chunked[i] * 125 - beats[i]) <= 0.5 + 1e-9);
                moved += Math.abs(chunked[i] * 125 - beats[i]) > 1e-3 ? 1 : 0;
            }
            assertTrue(moved > beats.length / 2, moved + " of " + beats.length + " beats moved between samples");
        }
    }

    @Test
    void at250HzAndAboveTheTimesAreTheSamples() throws Exception {
        SimulatedNight night = NightSimulator.simulate(SimConfig.night(5).withDurationSec(600));
        try (SimulatedRecording rec = new SimulatedRecording(night, Path.of("sim.edf"))) {
            long[] beats = {10, 300, 700};
            double[] t = BeatTimes.of(rec, 0, beats, 256);
            assertEquals(300 / 256.0, t[1]);
        }
    }
}
