package org.cardiosleep.app.cohort;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.cardiosleep.app.UsageException;
import org.cardiosleep.cohort.CohortRunner;
import org.cardiosleep.cohort.Manifest;
import org.cardiosleep.cohort.ManifestEntry;
import org.cardiosleep.cohort.NightJob;
import org.cardiosleep.cohort.NightJobs;
import org.cardiosleep.cohort.RunSummary;
import org.cardiosleep.cohort.store.CohortStore;

/** {@code cardiosleep cohort run MANIFEST --store cohort.duckdb}: the resumable local cohort run. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the per-night job over every manifest entry in parallel into a DuckDB store.",
                "Resumable: entries already in the store's run_status are skipped; each recording is committed "
                        + "in one transaction. A failing file becomes a run_status row with its error."})
public final class CohortRunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "manifest, CSV or Parquet (recording_id, path, site, cohort, age, sex, bmi, ...)")
    Path manifest;

    @Option(names = "--store", defaultValue = "cohort.duckdb", description = "DuckDB store file (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--threads", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--job", defaultValue = "analyze",
            description = "per-night job: analyze (the night pipeline on each recording file) or simulated (SIMULATED phenotypes from simulated-night files) (default: ${DEFAULT-VALUE})")
    String job;

    @Option(names = "--no-epochs", description = "store night-level phenotypes only (no epoch and event rows)")
    boolean noEpochs;

    @Option(names = "--retry-failed", description = "run again the entries that failed before")
    boolean retryFailed;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UsageException("--threads must be >= 1");
        }
        NightJob nightJob;
        try {
            nightJob = NightJobs.forName(job, !noEpochs);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<ManifestEntry> entries = Manifest.read(manifest);
        RunSummary s;
        try (CohortStore st = CohortStore.open(store)) {
            s = new CohortRunner(nightJob, n, retryFailed).run(entries, st,
                    new ConsoleProgress(System.console() != null, System.err));
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                "cohort run: %d in manifest, %d already done, %d ok, %d failed in %.1f s (%.1f nights/min on %d threads, job %s) -> %s%n",
                s.manifestSize(), s.skipped(), s.ok(), s.failed(), s.wallSeconds(), s.nightsPerMinute(), s.threads(),
                nightJob.name(), store);
        return 0;
    }
}
