package org.cardiosleep.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cardiosleep bench <name> --data DIR --json FILE}: evaluations against public databases
 * with the literature's protocols. Each writes one JSON object (see {@link BenchReport}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Evaluate against a public database and write a JSON report.",
        subcommands = {
                org.cardiosleep.app.beats.QrsBenchCommand.class,
                org.cardiosleep.app.maternal.FhrBenchCommand.class,
                org.cardiosleep.app.beatclass.BenchBeatsCommand.class,
                org.cardiosleep.app.sleep.BenchStagingCommand.class,
                org.cardiosleep.app.sleep.BenchApneaCommand.class,
                org.cardiosleep.app.holter.AfBenchCommand.class,
                org.cardiosleep.app.holter.PauseBenchCommand.class,
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
