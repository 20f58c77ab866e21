package org.cardiosleep.app.cohort;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cardiosleep cohort ...}: run, export, load, simulate and benchmark cohorts. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = "Cohorts: run the per-night job over a manifest into a DuckDB store, export, load Spark output.",
        subcommands = {
                CohortRunCommand.class,
                CohortExportCommand.class,
                CohortLoadCommand.class,
                CohortStatusCommand.class,
                CohortSimulateCommand.class,
                CohortBenchCommand.class,
        })
public final class CohortCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
