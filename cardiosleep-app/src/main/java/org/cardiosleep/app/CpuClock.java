package org.cardiosleep.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread, for the compute figures commands print: unlike wall time it does
 * not count waiting for a core on a busy machine, and unlike process time it leaves out JVM start,
 * the JIT compiler's threads and the garbage collector.
 */
public final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuClock() {
    }

    /** CPU seconds used so far by the calling thread (wall seconds where the JVM cannot measure CPU time). */
    public static double seconds() {
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return (cpu >= 0 ? cpu : System.nanoTime()) / 1e9;
    }
}
