package org.cardiosleep.pheno.sleep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-made hypnograms (30-s epochs, one character each) with answers counted by hand. */
class SleepMetricsTest {

    @Test
    void typicalNight() {
        // 4 W, 2 N1, 6 N2, 4 N3, 2 W, 4 N2, 4 REM, 2 W = 28 epochs = 14 min.
        SleepMetrics m = SleepMetrics.of(Hypnogram.of30s("WWWW112222223333WW2222RRRRWW"));
        assertEquals(14.0, m.tibMin(), 1e-12);
        assertEquals(10.0, m.tstMin(), 1e-12); // 20 sleep epochs
        assertEquals(2.0, m.solMin(), 1e-12); // 4 epochs of wake before onset
        assertEquals(11.0, m.sptMin(), 1e-12); // epochs 4..25 = 22 epochs
        assertEquals(1.0, m.wasoMin(), 1e-12); // the WW inside
        assertEquals(100.0 * 10 / 14, m.sePct(), 1e-9);
        assertEquals(100.0 * 10 / 11, m.smePct(), 1e-9);
        assertEquals(9.0, m.remLatencyMin(), 1e-12); // first R at epoch 22, onset at 4: 18 epochs
        assertEquals(1.0, m.finalWakeMin(), 1e-12);
        assertEquals(1, m.awakenings());
        assertEquals(7, m.transitions()); // W-1, 1-2, 2-3, 3-W, W-2, 2-R, R-W
        assertEquals(1.0, m.n1Min(), 1e-12);
        assertEquals(5.0, m.n2Min(), 1e-12);
        assertEquals(2.0, m.n3Min(), 1e-12);
        assertEquals(2.0, m.remMin(), 1e-12);
        assertEquals(4.0, m.wakeMin(), 1e-12);
        assertEquals(50.0, m.pctOfTst(m.n2Min()), 1e-12);
        assertArrayEquals(new int[] {3, 1, 2, 1, 1}, m.boutCounts());
        assertEquals(4.0 / 3, m.boutMeanMin()[0], 1e-12);
        assertEquals(2.5, m.boutMeanMin()[2], 1e-12);
        // Persistent sleep needs 20 uninterrupted sleep epochs: never here.
        assertTrue(Double.isNaN(m.persistentSolMin()));
        assertEquals(m.tstMin(), m.toMap().get("TST"));
    }

    @Test
    void noSleepAtAll() {
        SleepMetrics m = SleepMetrics.of(Hypnogram.of30s("WWWWWW??WW"));
        assertEquals(5.0, m.tibMin(), 1e-12);
        assertEquals(0.0, m.tstMin(), 1e-12);
        assertEquals(0.0, m.sptMin(), 1e-12);
        assertEquals(0.0, m.wasoMin(), 1e-12);
        assertEquals(0.0, m.sePct(), 1e-12);
        assertTrue(Double.isNaN(m.solMin()));
        assertTrue(Double.isNaN(m.persistentSolMin()));
        assertTrue(Double.isNaN(m.remLatencyMin()));
        assertTrue(Double.isNaN(m.smePct()));
        assertTrue(Double.isNaN(m.pctOfTst(m.n2Min())));
        assertEquals(0, m.awakenings());
        assertEquals(1.0, m.unscoredMin(), 1e-12);
        assertEquals(0, m.transitions()); // W-? and ?-W are not transitions between scored stages
        assertArrayEquals(new int[] {2, 0, 0, 0, 0}, m.boutCounts());
    }

    @Test
    void sleepFromFirstEpochWithPersistentOnset() {
        // 22 epochs of N2 from the start, then W W, then 2 epochs of N2 and 1 W at the end.
        SleepMetrics m = SleepMetrics.of(Hypnogram.of30s("2222222222222222222222WW22W"));
        assertEquals(0.0, m.solMin(), 1e-12);
        assertEquals(0.0, m.persistentSolMin(), 1e-12);
        assertEquals(13.0, m.sptMin(), 1e-12); // epochs 0..25
        assertEquals(1.0, m.wasoMin(), 1e-12);
        assertEquals(0.5, m.finalWakeMin(), 1e-12);
        assertEquals(1, m.awakenings());
        assertTrue(Double.isNaN(m.remLatencyMin())); // no REM
        assertEquals(0.0, m.remMin(), 1e-12);
        assertTrue(Double.isNaN(m.boutMeanMin()[4]));
    }

    @Test
    void persistentOnsetAfterFragmentedSleep() {
        // Onset at epoch 2; the W at epoch 4 breaks it; the 21-epoch run of sleep starts at epoch 5.
        String h = "WW11W1" + "22223333222233332222" + "W";
        SleepMetrics m = SleepMetrics.of(Hypnogram.of30s(h));
        assertEquals(1.0, m.solMin(), 1e-12);
        assertEquals(2.5, m.persistentSolMin(), 1e-12);
        assertEquals(1, m.awakenings());
    }

    @Test
    void unscoredEpochsAreNeitherSleepNorWake() {
        // W ? 2 2 ? ? W 2 R R ?: unscored inside the SPT is not WASO and not TST, but counts in TIB.
        SleepMetrics m = SleepMetrics.of(Hypnogram.of30s("W?22??W2RR?"));
        assertEquals(5.5, m.tibMin(), 1e-12);
        assertEquals(2.5, m.tstMin(), 1e-12);
        assertEquals(1.0, m.solMin(), 1e-12);
        assertEquals(4.0, m.sptMin(), 1e-12); // epochs 2..9
        assertEquals(0.5, m.wasoMin(), 1e-12);
        assertEquals(1, m.awakenings());
        assertEquals(3.0, m.remLatencyMin(), 1e-12); // epochs 2 -> 8
        assertEquals(2.0, m.unscoredMin(), 1e-12);
        assertEquals(100.0 * 2.5 / 5.5, m.sePct(), 1e-9);
        assertEquals(2, m.transitions()); // only W-2 and 2-R join two scored epochs of different stages
    }

    @Test
    void emptyAndStageParsing() {
        SleepMetrics m = SleepMetrics.of(Hypnogram.of30s(""));
        assertEquals(0.0, m.tibMin(), 1e-12);
        assertTrue(Double.isNaN(m.sePct()));
        assertEquals(SleepStage.N3, SleepStage.parse("4"));
        assertEquals(SleepStage.UNSCORED, SleepStage.parse("MT"));
        assertEquals(SleepStage.REM, SleepStage.parse("REM sleep|5"));
        assertEquals(SleepStage.N2, SleepStage.parse("Stage 2 sleep|2"));
        assertEquals("W12?R", Hypnogram.of30s("W12?R").toCompactString());
        assertArrayEquals(new int[] {0, 1, 1, 2, 2, 3, -1}, Hypnogram.of30s("W1234R?").classes4());
        assertArrayEquals(new int[] {0, 1, 1, 1, 2, -1}, Hypnogram.of30s("W123R?").classes3());
    }
}
