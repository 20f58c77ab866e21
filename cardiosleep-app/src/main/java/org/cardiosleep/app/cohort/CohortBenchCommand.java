package org.cardiosleep.app.cohort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.cohort.CohortRunner;
import org.cardiosleep.cohort.Manifest;
import org.cardiosleep.cohort.ManifestEntry;
import org.cardiosleep.cohort.NightJob;
import org.cardiosleep.cohort.NightJobs;
import org.cardiosleep.cohort.RunListener;
import org.cardiosleep.cohort.RunSummary;
import org.cardiosleep.cohort.store.CohortStore;

/**
 * {@code cardiosleep cohort bench}: cohort throughput (nights per minute) of the runner + store on a
 * fresh simulated cohort. With {@code --job simulated} it measures the cohort machinery only
 * (SIMULATED phenotypes, no ECG analysed); the whole-cohort time of the real job adds its per-night
 * analysis time.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Cohort throughput (nights/min) of runner + DuckDB store on a fresh simulated cohort; writes a JSON report.")
public final class CohortBenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--nights", defaultValue = "1000", description = "nights (default: ${DEFAULT-VALUE})")
    int nights;

    @Option(names = "--hours", defaultValue = "8", description = "job analyze: hours of simulated ECG per night (default: ${DEFAULT-VALUE})")
    double hours;

    @Option(names = "--threads", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--job", defaultValue = "analyze",
            description = "analyze (real pipeline on simulated EDF+ nights) or simulated (phenotype-only; runner + store cost) (default: ${DEFAULT-VALUE})")
    String job;

    @Option(names = "--no-epochs", description = "night-level phenotypes only (no epoch/event rows)")
    boolean noEpochs;

    @Option(names = "--json", paramLabel = "FILE", description = "write the report here")
    Path json;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        NightJob nightJob = NightJobs.forName(job, !noEpochs);
        Path tmp = Files.createTempDirectory("cardiosleep-cohort-bench");
        BenchReport report = new BenchReport("cohort-throughput").dataset("simulated cohort (" + nights + " nights)")
                .protocol("fresh store; job '" + nightJob.name() + "'"
                        + (nightJob.name().equals("simulated")
                        ? " on simulated-night files (SIMULATED phenotypes: measures runner + store, no ECG analysed)"
                        : " (the real night pipeline) on SIMULATED " + hours + "-h single-lead ECG + SpO2 EDF+ files at 256 Hz (generation not timed)")
                        + "; epochs " + (noEpochs ? "off" : "on") + "; " + n + " threads; wall time of the run incl. commits");
        try {
            boolean ecg = nightJob.name().equals("analyze");
            long g0 = System.nanoTime();
            Path manifest = ecg
                    ? org.cardiosleep.cohort.sim.SimulatedEcgCohort.write(tmp.resolve("cohort"), nights, hours * 3600, 0, 1)
                    : org.cardiosleep.cohort.sim.SimulatedCohort.write(tmp.resolve("cohort"), nights, -0.04, 0, 1);
            report.metric("generateSeconds", round((System.nanoTime() - g0) / 1e9));
            List<ManifestEntry> entries = Manifest.read(manifest);
            RunSummary s;
            long cpu0 = Machine.processCpuNanos();
            try (CohortStore st = CohortStore.open(tmp.resolve("bench.duckdb"))) {
                s = new CohortRunner(nightJob, n, false).run(entries, st, RunListener.NONE);
                double cpuPerNight = (Machine.processCpuNanos() - cpu0) / 1e9 / Math.max(1, s.ok() + s.failed());
                // CPU seconds per night are robust to other processes sharing the cores; the projection
                // assumes the n threads get the n cores to themselves
                report.metric("cpuSecondsPerNight", round(cpuPerNight))
                        .metric("projected10000NightsHoursFromCpu", round(10000 * cpuPerNight / n / 3600));
                report.metric("epochRows", st.count("epochs"));
            }
            long bytes = Files.size(tmp.resolve("bench.duckdb"));
            double perMin = s.nightsPerMinute();
            report.metric("nights", s.ok() + s.failed()).metric("threads", n)
                    .metric("runSeconds", round(s.wallSeconds())).metric("nightsPerMinute", round(perMin))
                    .metric("projected10000NightsHours", round(10000 / perMin / 60))
                    .metric("storeBytesPerNight", bytes / Math.max(1, nights))
                    .extra("machine", Machine.describe());
            spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                    "cohort bench: %d nights (%d failed) in %.1f s = %.1f nights/min on %d threads (job %s, epochs %s); 10,000 nights -> %.2f h by wall time, %.2f h by CPU time (%.3f CPU s/night)%n",
                    s.ok() + s.failed(), s.failed(), s.wallSeconds(), perMin, n, nightJob.name(), noEpochs ? "off" : "on",
                    10000 / perMin / 60, report.metrics().get("projected10000NightsHoursFromCpu"),
                    report.metrics().get("cpuSecondsPerNight"));
        } finally {
            org.cardiosleep.app.cohort.Files2.deleteTree(tmp);
        }
        if (json != null) {
            report.write(json);
        }
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
