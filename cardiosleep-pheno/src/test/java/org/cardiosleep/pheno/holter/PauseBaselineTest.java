package org.cardiosleep.pheno.holter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.signal.qrs.QrsDetector;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * Pauses whose baseline swings, on MIT-BIH Arrhythmia (first lead, our QRS detector): the 7.4-s gap
 * in 116 that beats lost in a baseline swing make is doubtful; the 114 true pauses of 232 are not.
 */
class PauseBaselineTest {

    private static int pauses;

    private static PauseBaseline.Result check(String record) throws Exception {
        Path mitdb = TestData.require("mitdb");
        try (Recording rec = Recordings.open(mitdb.resolve(record + ".hea"))) {
            SignalInfo s = rec.signals().get(0);
            double fs = s.samplingRateHz();
            double[] x = rec.readPhysical(0);
            boolean[] usable = new boolean[(int) Math.ceil(s.sampleCount() / fs)];
            // as holter and analyze do: beats in flat, saturated or clipped seconds are dropped first
            EcgQuality.mark(x, 0, x.length, fs, 0, EcgQuality.toMv(s.physicalUnit()), s.physicalMin(), s.physicalMax(),
                    usable);
            long[] beats = EcgQuality.keepUsable(QrsDetector.detect(x, fs), fs, usable);
            pauses = 0;
            for (int i = 1; i < beats.length; i++) {
                pauses += beats[i] - beats[i - 1] >= 2 * fs ? 1 : 0;
            }
            return PauseBaseline.check(rec, 0, beats, usable);
        }
    }

    @Test
    void aGapInABaselineSwingIsDoubtful() throws Exception {
        PauseBaseline.Result r = check("116");
        List<double[]> d = r.doubtful();
        assertEquals(1, d.size(), "one doubtful pause in 116");
        assertEquals(1354.4, d.get(0)[0], 0.1);
        assertEquals(7.43, d.get(0)[1] - d.get(0)[0], 0.05);
        // its inner seconds are lost, the seconds holding its beats are not
        assertFalse(r.usable()[1358]);
        assertTrue(r.usable()[1354] && r.usable()[1361]);
        assertTrue(SignalLoss.of(r.usable(), d).insideDoubtfulPause(1355, 1361));
    }

    @Test
    void truePausesStand() throws Exception {
        PauseBaseline.Result r = check("232");
        assertTrue(pauses >= 100, "232 has " + pauses + " pauses");
        assertTrue(r.doubtful().isEmpty(), () -> r.doubtful().size() + " of 232's pauses called doubtful");
    }
}
