package org.cardiosleep.app.analyze;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.io.edf.EdfWriter;
import org.cardiosleep.pheno.analyze.AnalysisOptions;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.SimulatedRecording;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.cardiosleep.signal.sim.SimulatedNight;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cardiosleep demo}: simulates a night (see {@link NightSimulator}), writes it as EDF+ with
 * its truth as annotations, analyses that file like any other, and prints the headline numbers
 * beside the simulation's truth with the tolerance each must meet ({@link DemoComparison}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Simulate a night, analyse it, and print the results beside the simulation's truth.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "cardiosleep-demo",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Simulation seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hours", defaultValue = "8", description = "Length of the simulated night (default: ${DEFAULT-VALUE}).")
    double hours;

    @Option(names = "--ecg-rate", defaultValue = "256", paramLabel = "HZ",
            description = "ECG sampling rate of the simulation, 100-2000 Hz (default: ${DEFAULT-VALUE}; polysomnographs "
                    + "record 125-512 Hz, Holters 128-1000 Hz).")
    double ecgRateHz;

    @Option(names = "--holter-days", defaultValue = "0", paramLabel = "D",
            description = "Instead of a night, simulate a D-day Holter and analyse it streaming, without writing EDF "
                    + "(a memory check: 7 days run in a 512 MB heap).")
    int holterDays;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (holterDays < 0 || !(hours >= 1)) {
            throw new org.cardiosleep.app.UsageException("--hours must be at least 1 and --holter-days not negative");
        }
        if (!(ecgRateHz >= 100 && ecgRateHz <= 2000)) {
            throw new org.cardiosleep.app.UsageException("--ecg-rate must be within 100-2000 Hz, got " + ecgRateHz);
        }
        double durationSec = holterDays > 0 ? holterDays * 86400.0 : hours * 3600;
        SimulatedNight night = NightSimulator.simulate(SimConfig.night(seed).withDurationSec(durationSec)
                .withEcgRateHz(ecgRateHz));
        NightAnalysis[] result = new NightAnalysis[1];
        AtomicOutput.directory(out, tmp -> {
            if (holterDays > 0) {
                try (SimulatedRecording rec = new SimulatedRecording(night, Path.of("simulated-holter.edf"))) {
                    result[0] = org.cardiosleep.pheno.analyze.NightAnalyzer.analyze(rec, AnalysisOptions.defaults());
                }
            } else {
                Path edf = tmp.resolve("simulated-night.edf");
                writeEdf(night, edf);
                result[0] = AnalyzeCommand.analyze(edf, AnalysisOptions.defaults(), true);
            }
            AnalysisOutputs.writeInto(result[0], tmp, AnalysisOutputs.version());
        });
        List<DemoComparison.Row> rows = DemoComparison.compare(night, result[0]);
        o.printf(Locale.ROOT, "Simulated %s: %.1f h, ECG %s Hz, seed %d (simulated data)%n%n",
                holterDays > 0 ? "Holter" : "night", durationSec / 3600,
                fmt(night.config().ecgRateHz()), seed);
        o.println(DemoComparison.format(rows));
        long failed = rows.stream().filter(r -> r.status() == DemoComparison.Status.OUTSIDE).count();
        long checked = rows.stream().filter(r -> r.status() == DemoComparison.Status.WITHIN
                || r.status() == DemoComparison.Status.OUTSIDE).count();
        o.printf(Locale.ROOT, "%n%d of %d checked measures within tolerance%s.%n", rows.stream()
                .filter(r -> r.status() == DemoComparison.Status.WITHIN).count(), checked,
                failed > 0 ? " (" + failed + " outside)" : "");
        o.println("Report: " + out.toAbsolutePath().normalize().resolve("report.html"));
        o.flush();
        return 0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Writes the simulated night as EDF+ (ECG and SpO2, truth as annotations). */
    public static void writeEdf(SimulatedNight night, Path file) throws Exception {
        try (SimulatedRecording rec = new SimulatedRecording(night, file)) {
            List<SignalInfo> sig = rec.signals();
            int[][] digital = new int[sig.size()][];
            for (int c = 0; c < sig.size(); c++) {
                digital[c] = rec.readDigital(c, 0, (int) sig.get(c).sampleCount());
            }
            EdfWriter.Header h = new EdfWriter.Header(LocalDateTime.of(2026, 1, 1, 22, 30), "X X X X",
                    "simulated-night_seed_" + night.config().seed(), 0, null);
            EdfWriter.write(file, h, sig, digital, rec.annotations());
        }
    }
}
