package org.cardiosleep.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the calling thread, for the compute figures commands print: unlike wall time it does
 * not count waiting for a core on a busy machine, and unlike process time it leaves out JVM start,
 * the JIT compiler's threads and the garbage collector.
 *
 * <p>On Linux it is read from {@code /proc/thread-self/sched} ({@code se.sum_exec_runtime}, the
 * count the JVM's own thread CPU clock reads), because setting up the management interface costs a
 * one-recording run about 10 ms; elsewhere the JVM's {@code ThreadMXBean} gives it.
 */
public final class CpuClock {
    private static final Path SCHED = Path.of("/proc/thread-self/sched");
    private static final String FIELD = "se.sum_exec_runtime";
    private static final boolean PROCFS = procfsSeconds() >= 0;

    private CpuClock() {
    }

    /** CPU seconds used so far by the calling thread (wall seconds where the JVM cannot measure CPU time). */
    public static double seconds() {
        if (PROCFS) {
            double s = procfsSeconds();
            if (s >= 0) {
                return s;
            }
        }
        return Mx.seconds();
    }

    /** The calling thread's CPU seconds from procfs, or -1 where the file or the field is missing. */
    static double procfsSeconds() {
        try {
            String text = new String(Files.readAllBytes(SCHED), StandardCharsets.US_ASCII);
            int at = text.indexOf(FIELD);
            if (at < 0) {
                return -1;
            }
            int colon = text.indexOf(':', at), end = text.indexOf('\n', at);
            if (colon < 0 || (end >= 0 && colon > end)) {
                return -1;
            }
            double ms = Double.parseDouble(text.substring(colon + 1, end < 0 ? text.length() : end).trim());
            return ms >= 0 ? ms / 1e3 : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The management interface's clock, set up only when first needed. */
    static final class Mx {
        private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private Mx() {
        }

        static double seconds() {
            long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
            return (cpu >= 0 ? cpu : System.nanoTime()) / 1e9;
        }
    }
}
