package org.cardiosleep.jmh.hrv;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cardiosleep.pheno.holter.HolterAnalysis;
import org.cardiosleep.pheno.holter.HolterInput;
import org.cardiosleep.pheno.holter.HolterResult;
import org.cardiosleep.signal.hrv.FrequencyDomain;
import org.cardiosleep.signal.hrv.FrequencyDomainHrv;
import org.cardiosleep.signal.hrv.NnSeries;
import org.cardiosleep.signal.hrv.Nonlinear;
import org.cardiosleep.signal.hrv.NonlinearHrv;
import org.cardiosleep.signal.hrv.TimeDomain;
import org.cardiosleep.signal.hrv.TimeDomainHrv;
import org.cardiosleep.signal.rhythm.AfDetector;
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
 * Holter kernels on a simulated 24-h beat series (~108,000 beats: 75 bpm with respiratory and
 * slow modulation, 1 h of AF): the full phenotype, and its parts. Time per 24-h record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HolterBenchmark {
    double[] beats;
    NnSeries nn;

    @Setup(Level.Trial)
    public void simulate() {
        Random rnd = new Random(42);
        double[] t = new double[200_000];
        int n = 1;
        while (true) {
            double prev = t[n - 1];
            boolean af = prev >= 3 * 3600 && prev < 4 * 3600;
            double rr = af ? 0.4 + 0.6 * rnd.nextDouble()
                    : 0.8 + 0.03 * Math.sin(2 * Math.PI * 0.25 * prev) + 0.05 * Math.sin(2 * Math.PI * prev / 7200)
                    + 0.01 * rnd.nextGaussian();
            if (prev + rr >= 86400) {
                break;
            }
            t[n++] = prev + rr;
        }
        beats = java.util.Arrays.copyOf(t, n);
        nn = NnSeries.fromBeats(beats, null);
    }

    @Benchmark
    public HolterResult fullPhenotype24h() {
        return HolterAnalysis.analyze(HolterInput.ofBeats(beats));
    }

    @Benchmark
    public boolean[] afDetection24h() {
        return AfDetector.withDefaults(false).detect(beats, null);
    }

    @Benchmark
    public TimeDomainHrv timeDomain24h() {
        return TimeDomain.compute(nn);
    }

    @Benchmark
    public FrequencyDomainHrv frequencyDomain24h() {
        return FrequencyDomain.compute(nn);
    }

    @Benchmark
    public NonlinearHrv nonlinear24h() {
        return Nonlinear.compute(nn);
    }
}
