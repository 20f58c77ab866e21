package org.cardiosleep.pheno.holter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SignalLossTest {

    /** 20 s, seconds 5-7 and 15 lost. */
    private static SignalLoss sample() {
        boolean[] u = new boolean[20];
        java.util.Arrays.fill(u, true);
        u[5] = u[6] = u[7] = false;
        u[15] = false;
        return SignalLoss.of(u);
    }

    @Test
    void allUsableOrUnknownIsNone() {
        assertSame(SignalLoss.NONE, SignalLoss.of(null));
        boolean[] u = {true, true, true};
        assertSame(SignalLoss.NONE, SignalLoss.of(u));
        assertFalse(SignalLoss.NONE.any());
        assertFalse(SignalLoss.NONE.spans(0, 1e6));
        assertEquals(10.5, SignalLoss.NONE.usableSec(2, 12.5), 1e-12);
        assertTrue(SignalLoss.NONE.stretches().isEmpty());
    }

    @Test
    void intervalsTouchingALostSecondSpanIt() {
        SignalLoss s = sample();
        assertTrue(s.any());
        assertFalse(s.spans(0.2, 4.9));
        assertTrue(s.spans(4.5, 8.2), "across seconds 5-7");
        assertTrue(s.spans(5.5, 5.9), "inside a lost second");
        assertTrue(s.spans(4.9, 5.0), "ending in a lost second");
        assertFalse(s.spans(8.0, 14.99));
        assertTrue(s.spans(14.5, 16.5));
        assertFalse(s.spans(16.0, 40), "beyond the end: nothing is known to be lost");
        assertFalse(s.spans(-3, 4.5));
    }

    @Test
    void analysableTimeProratesPartSeconds() {
        SignalLoss s = sample();
        assertEquals(16, s.usableSec(0, 20), 1e-12);
        assertEquals(1.5, s.usableSec(3.5, 6.5), 1e-12, "3.5-5 usable, 5-6.5 lost");
        assertEquals(0, s.usableSec(5.25, 5.75), 1e-12);
        assertEquals(0.25, s.usableSec(7.75, 8.25), 1e-12);
        assertEquals(0, s.usableSec(9, 9), 1e-12);
        assertEquals(27, s.usableSec(-1, 30), 1e-12, "seconds outside the known ones count as usable");
    }

    @Test
    void stretchesAreTheRunsOfLostSeconds() {
        List<double[]> st = sample().stretches();
        assertEquals(2, st.size());
        assertArrayEquals(new double[] {5, 8}, st.get(0));
        assertArrayEquals(new double[] {15, 16}, st.get(1));
    }

    /** Lost stretches inside a doubtful pause are told apart from other lost signal. */
    @Test
    void stretchesInsideDoubtfulPausesAreKnown() {
        boolean[] usable = new boolean[60];
        java.util.Arrays.fill(usable, true);
        java.util.Arrays.fill(usable, 11, 14, false);   // inside the pause 10.4-14.2 s
        java.util.Arrays.fill(usable, 21, 22, false);   // inside the pause 20.7-22.5 s
        java.util.Arrays.fill(usable, 40, 50, false);   // lead off
        SignalLoss s = SignalLoss.of(usable, List.of(new double[] {10.4, 14.2}, new double[] {20.7, 22.5}));
        assertEquals(2, s.doubtfulPauses().size());
        assertTrue(s.insideDoubtfulPause(11, 14));
        assertTrue(s.insideDoubtfulPause(21, 22));
        assertFalse(s.insideDoubtfulPause(40, 50));
        assertFalse(s.insideDoubtfulPause(5, 8), "before every pause");
        assertFalse(s.insideDoubtfulPause(11, 23), "runs past the pause");
    }
}
