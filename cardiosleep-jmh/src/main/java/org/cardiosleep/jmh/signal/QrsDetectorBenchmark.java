package org.cardiosleep.jmh.signal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.wfdb.WfdbReader;
import org.cardiosleep.signal.qrs.QrsDetector;
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
 * QRS detection throughput on MIT-BIH record 100, channel 0 (360 Hz, 650,000 samples), already in
 * memory. The score is samples per second (one operation = one sample). The record is read from
 * {@code $CARDIOSLEEP_DATA/mitdb}, else {@code $CARDIOSLEEP_DATA/wfdb-samples}, else
 * {@code ../shared/data}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QrsDetectorBenchmark {
    static final int SAMPLES = 650_000;

    double[] ecg;
    double fsHz;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path root = org.cardiosleep.io.DataRoot.locate();
        Path hea = root.resolve("mitdb/100.hea");
        if (!Files.exists(hea)) {
            hea = root.resolve("wfdb-samples/100.hea");
        }
        try (Recording r = WfdbReader.open(hea)) {
            fsHz = r.signals().get(0).samplingRateHz();
            double[] x = r.readPhysical(0);
            if (x.length != SAMPLES) {
                throw new IllegalStateException(hea + ": expected " + SAMPLES + " samples, found " + x.length);
            }
            ecg = x;
        }
    }

    /** Whole-record detection: filters, features, decisions and beat refinement. */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public long[] detectRecord100() {
        return QrsDetector.detect(ecg, fsHz);
    }
}
