package org.cardiosleep.signal.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NightSimulatorTest {
    private static final SimulatedNight NIGHT = NightSimulator.simulate(SimConfig.night(42));

    @Test
    void deterministicBySeed() {
        SimulatedNight again = NightSimulator.simulate(SimConfig.night(42));
        assertArrayEquals(NIGHT.beatSamples(), again.beatSamples());
        assertArrayEquals(NIGHT.spo2(), again.spo2());
        float[] a = new float[5000], b = new float[5000];
        NIGHT.renderEcg(1_000_000, a);
        again.renderEcg(1_000_000, b);
        assertArrayEquals(a, b);
        SimulatedNight other = NightSimulator.simulate(SimConfig.night(43));
        assertTrue(other.beatSamples().length != NIGHT.beatSamples().length);
    }

    @Test
    void chunkingDoesNotChangeSamples() {
        float[] whole = new float[4000];
        NIGHT.renderEcg(200_000, whole);
        float[] left = new float[1234], right = new float[4000 - 1234];
        NIGHT.renderEcg(200_000, left);
        NIGHT.renderEcg(200_000 + 1234, right);
        for (int i = 0; i < 4000; i++) {
            assertEquals(whole[i], i < 1234 ? left[i] : right[i - 1234], 1e-6f, "sample " + i);
        }
    }

    @Test
    void truthIsPhysiological() {
        SimTruth t = NIGHT.truth();
        assertTrue(t.totalSleepTimeMin() > 360 && t.totalSleepTimeMin() < 470, "TST " + t.totalSleepTimeMin());
        assertTrue(t.n3Min() > 30 && t.remMin() > 40, "N3 " + t.n3Min() + " REM " + t.remMin());
        assertTrue(t.meanHrBpm() > 55 && t.meanHrBpm() < 80, "HR " + t.meanHrBpm());
        assertTrue(t.pvcCount() > 40 && t.pacCount() > 40, t.pvcCount() + " PVC " + t.pacCount() + " PAC");
        assertEquals(100 * 40 * 60 / (8 * 3600.0), t.afBurdenPct(), 1e-9);
        assertEquals(3.4, t.longestPauseSec(), 0.01);
        assertEquals(15, t.ahi(), 1.0);
        assertTrue(t.odi3() > 8 && t.odi3() < t.ahi() && t.odi4() < t.odi3(), t.odi3() + " " + t.odi4());
        assertNotNull(NIGHT.ventricularRun());
        assertNotNull(NIGHT.leadOff());
    }

    @Test
    void ecgHasRPeaksAtBeatsAndFlatLeadOff() {
        float[] ecg = new float[256 * 60];
        long first = 256L * 3600;
        NIGHT.renderEcg(first, ecg);
        int[] beats = NIGHT.beatSamples();
        int checked = 0;
        for (int b : beats) {
            if (b - first > 10 && b - first < ecg.length - 10 && NIGHT.beatClasses()[java.util.Arrays.binarySearch(beats, b)] == 'N') {
                int i = (int) (b - first);
                assertTrue(ecg[i] > 0.7f, "R peak amplitude " + ecg[i]);
                assertTrue(ecg[i] >= ecg[i - 5] && ecg[i] >= ecg[i + 5]);
                checked++;
            }
        }
        assertTrue(checked > 40);
        SimEpisode gap = NIGHT.leadOff();
        float[] flat = new float[256 * 10];
        NIGHT.renderEcg((long) (gap.startSec() * 256) + 256, flat);
        for (float v : flat) {
            assertEquals(0f, v);
        }
    }

    @Test
    void eightHoursSimulateQuickly() {
        long t0 = System.nanoTime();
        SimulatedNight n = NightSimulator.simulate(SimConfig.night(7));
        float[] ecg = n.renderEcg();
        double sec = (System.nanoTime() - t0) / 1e9;
        assertEquals(8 * 3600 * 256, ecg.length);
        assertTrue(sec < 5, "simulating 8 h took " + sec + " s");
        System.out.printf("simulated 8 h at 256 Hz in %.3f s%n", sec);
    }
}
