package org.cardiosleep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CpuClockTest {

    private static double spin() {
        double s = 0;
        for (int i = 0; i < 30_000_000; i++) {
            s += Math.sqrt(i);
        }
        return s;
    }

    /** The clock counts this thread's work, and on Linux agrees with the JVM's own thread CPU clock. */
    @Test
    void countsTheThreadsWork() {
        double a = CpuClock.seconds();
        double mxA = CpuClock.Mx.seconds();
        assertTrue(spin() > 0);
        double b = CpuClock.seconds();
        double mxB = CpuClock.Mx.seconds();
        assertTrue(b - a > 0.005, "work of " + (b - a) + " s");
        Assumptions.assumeTrue(CpuClock.procfsSeconds() >= 0, "no /proc/thread-self/sched here");
        // the same count read two ways: equal up to the instants the two reads happened
        assertEquals(mxB - mxA, b - a, 0.02 + 0.05 * (mxB - mxA));
    }
}
