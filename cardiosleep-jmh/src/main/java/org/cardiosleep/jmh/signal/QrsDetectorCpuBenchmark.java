package org.cardiosleep.jmh.signal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import org.cardiosleep.signal.qrs.QrsDetector;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same detection as {@link QrsDetectorBenchmark}, also reporting throughput per CPU second of
 * the benchmark thread ({@code samplesPerCpuSecond}): on a machine shared with other jobs the
 * wall-clock score counts the time the thread waited for a core, the CPU-time figure does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QrsDetectorCpuBenchmark {

    /** Per-thread CPU-time accounting, reported as-is at the end of each iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long cpuNanos;
        private long samples;
        /** Samples per CPU second of this thread over the iteration so far. */
        public double samplesPerCpuSecond;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            samples = 0;
            samplesPerCpuSecond = 0;
        }
    }

    private final QrsDetectorBenchmark data = new QrsDetectorBenchmark();

    @Setup(Level.Trial)
    public void load() throws Exception {
        data.load();
    }

    @Benchmark
    @OperationsPerInvocation(QrsDetectorBenchmark.SAMPLES)
    public long[] detectRecord100(CpuTime cpu) {
        long c0 = cpu.threads.getCurrentThreadCpuTime();
        long[] beats = QrsDetector.detect(data.ecg, data.fsHz);
        cpu.cpuNanos += cpu.threads.getCurrentThreadCpuTime() - c0;
        cpu.samples += data.ecg.length;
        cpu.samplesPerCpuSecond = cpu.samples / (cpu.cpuNanos / 1e9);
        return beats;
    }
}
