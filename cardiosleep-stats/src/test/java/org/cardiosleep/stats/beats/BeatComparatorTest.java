package org.cardiosleep.stats.beats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class BeatComparatorTest {
    private static final long[][] NONE = new long[0][];

    @Test
    void countsMatchesMissesAndFalseBeatsWithin150ms() {
        long[] ref = {1000, 2000, 3000, 4000};
        long[] test = {1054, 1990, 3055, 3500};
        BeatMatch m = BeatComparator.compare(ref, test, 0, Long.MAX_VALUE, NONE, 54);
        // 1054 is exactly on the window edge (matched), 3055 one sample past it
        assertEquals(2, m.tp());
        assertEquals(2, m.fn());
        assertEquals(2, m.fp());
        assertArrayEquals(new double[] {54, -10}, m.timingErrorsSec(), 0);
        assertEquals(50.0, m.sensitivityPct(), 1e-12);
        assertEquals(0.5, m.f1(), 1e-12);
    }

    @Test
    void oneToOneNearestPairing() {
        // two test beats near one reference beat: one match, one false positive; the closer one matches
        BeatMatch m = BeatComparator.compare(new long[] {1000}, new long[] {960, 1005}, 0, Long.MAX_VALUE, NONE, 54);
        assertEquals(1, m.tp());
        assertEquals(1, m.fp());
        assertArrayEquals(new double[] {5}, m.timingErrorsSec(), 0);
        // a test beat between two reference beats pairs with the nearer one
        BeatMatch n = BeatComparator.compare(new long[] {1000, 1080}, new long[] {1070}, 0, Long.MAX_VALUE, NONE, 54);
        assertEquals(1, n.tp());
        assertArrayEquals(new double[] {-10}, n.timingErrorsSec(), 0);
    }

    @Test
    void startAndExcludedEpisodesCountOnNeitherSide() {
        long[] ref = {100, 200_000, 300_000, 400_000};
        long[] test = {150, 200_010, 320_000, 399_990};
        // EC57 from 5 min at 360 Hz = sample 108000; a VF episode from 250000 to 350000
        BeatMatch m = BeatComparator.compare(ref, test, 360.0, 300, new long[][] {{250_000, 350_000}});
        assertEquals(2, m.tp());
        assertEquals(0, m.fn());
        assertEquals(0, m.fp());
        assertEquals(10 / 360.0, m.meanAbsErrorSec(), 1e-12);
    }

    @Test
    void grossAndAverageStatistics() {
        BeatMatch a = new BeatMatch(90, 10, 0, new double[0]);
        BeatMatch b = new BeatMatch(10, 0, 10, new double[0]);
        BeatSummary s = BeatSummary.of(List.of(a, b));
        assertEquals(100.0 * 100 / 110, s.grossSe(), 1e-9);
        assertEquals(100.0 * 100 / 110, s.grossPpv(), 1e-9);
        assertEquals((90.0 + 100.0) / 2, s.avgSe(), 1e-9);
        assertEquals((100.0 + 50.0) / 2, s.avgPpv(), 1e-9);
    }

    @Test
    void rejectsUnsortedInput() {
        assertThrows(IllegalArgumentException.class,
                () -> BeatComparator.compare(new long[] {5, 3}, new long[0], 0, Long.MAX_VALUE, NONE, 54));
    }
}
