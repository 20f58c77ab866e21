package org.cardiosleep.jmh.hrv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.wfdb.WfdbReader;
import org.cardiosleep.pheno.holter.HolterAnalysis;
import org.cardiosleep.pheno.holter.HolterInput;
import org.cardiosleep.pheno.holter.HolterResult;
import org.cardiosleep.signal.qrs.QrsDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole Holter job on 24 h of real 360-Hz ECG, one core: MIT-BIH record 203 (AF, frequent
 * PVCs), channel 0, repeated 48 times to 24 h (31.1 M samples), already in memory; QRS detection
 * then the full phenotype (no beat classifier). Single-shot: one operation = one 24-h record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx3g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class WholeHolterBenchmark {
    double[] ecg;
    double fsHz;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path root = org.cardiosleep.io.DataRoot.locate();
        Path hea = root.resolve("mitdb/203.hea");
        if (!Files.exists(hea)) {
            hea = root.resolve("wfdb-samples/100.hea");
        }
        try (Recording r = WfdbReader.open(hea)) {
            fsHz = r.signals().get(0).samplingRateHz();
            double[] x = r.readPhysical(0);
            int reps = (int) Math.ceil(86400 * fsHz / x.length);
            ecg = new double[x.length * reps];
            for (int k = 0; k < reps; k++) {
                System.arraycopy(x, 0, ecg, k * x.length, x.length);
            }
        }
    }

    @Benchmark
    public HolterResult detectAndAnalyze24h() {
        long[] s = QrsDetector.detect(ecg, fsHz);
        double[] t = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            t[i] = s[i] / fsHz;
        }
        return HolterAnalysis.analyze(HolterInput.ofBeats(t));
    }

    @Benchmark
    public long[] detectOnly24h() {
        return QrsDetector.detect(ecg, fsHz);
    }
}
