package org.cardiosleep.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cardiosleep train <model>}: trains the project's models on training splits, fixed seed. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model (sleep stager, beat classifier, apnea detector).",
        subcommands = {
                org.cardiosleep.app.beatclass.TrainBeatsCommand.class,
                org.cardiosleep.app.sleep.TrainStagerCommand.class,
                org.cardiosleep.app.sleep.TrainApneaCommand.class,
        })
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
