package org.cardiosleep.jmh.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.cardiosleep.io.wfdb.WfdbReader;
import org.cardiosleep.io.wfdb.WfdbRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Decoding speed of the WFDB reader: all 1 300 000 samples (2 signals x 650 000, format 212) of
 * MIT-BIH record 100, from a recording already open (the file mapped and in the page cache). One
 * JMH operation is one sample, so the score reads directly as samples per second.
 *
 * <p>Data: {@code $CARDIOSLEEP_DATA/mitdb/100.hea}, default {@code ../shared/data}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WfdbReadBenchmark {
    /** Samples of record 100: 2 signals x 650 000 frames. */
    private static final int SAMPLES = 1_300_000;

    private WfdbRecord record;
    private int[][] frames;

    @Setup(Level.Trial)
    public void open() throws IOException {
        Path root = org.cardiosleep.io.DataRoot.locate();
        Path hea = root.resolve("mitdb/100.hea");
        if (!Files.isRegularFile(hea)) {
            hea = root.resolve("wfdb-samples/100.hea");
        }
        record = WfdbReader.open(hea);
        if (record.frames() * record.signals().size() != SAMPLES) {
            throw new IllegalStateException(hea + " is not MIT-BIH record 100");
        }
        frames = new int[2][(int) record.frames()];
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        record.close();
    }

    /** Both signals decoded together in one pass over the file, into caller-owned arrays. */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public int[][] readFramesBothSignals() throws IOException {
        record.readFrames(0, (int) record.frames(), frames);
        return frames;
    }

    /** Each signal read on its own with {@code readDigital} (the file is decoded twice). */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public int readDigitalEachSignal() throws IOException {
        int n = (int) record.frames();
        int[] a = record.readDigital(0, 0, n);
        int[] b = record.readDigital(1, 0, n);
        return a[n - 1] + b[n - 1];
    }
}
