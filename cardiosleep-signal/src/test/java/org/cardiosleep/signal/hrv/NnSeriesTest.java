package org.cardiosleep.signal.hrv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NnSeriesTest {
    private static final NnSeries SERIES = new NnSeries(new double[] {1, 2, 3, 4, 5},
            new double[] {800, 810, 820, 830, 840}, new int[] {1, 2, 4, 5, 6});

    @Test
    void subsetKeepsTheListedEntriesWithTheirTimesAndBeats() {
        NnSeries s = SERIES.subset(new int[] {0, 2, 4, 99}, 3);
        assertArrayEquals(new double[] {1, 3, 5}, s.timeSec());
        assertArrayEquals(new double[] {800, 820, 840}, s.nnMs());
        assertArrayEquals(new int[] {1, 4, 6}, s.beatIndex());
    }

    @Test
    void emptySubsetAndSliceAgreeWithRange() {
        assertEquals(0, SERIES.subset(new int[0], 0).size());
        NnSeries slice = SERIES.slice(2, 4);
        assertArrayEquals(new double[] {810, 820}, slice.nnMs());
        assertArrayEquals(SERIES.range(1, 3).beatIndex(), slice.beatIndex());
    }
}
