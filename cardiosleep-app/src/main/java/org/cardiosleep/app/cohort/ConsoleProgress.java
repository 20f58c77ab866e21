package org.cardiosleep.app.cohort;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.cardiosleep.cohort.RunListener;
import org.cardiosleep.cohort.RunOutcome;
import org.cardiosleep.cohort.RunSummary;

/**
 * Shows a cohort run's progress and ETA on stderr when it is a terminal; quiet otherwise (only the
 * final summary is printed by the command).
 */
final class ConsoleProgress implements RunListener {
    private final boolean terminal;
    private final PrintStream err;
    private ProgressBar bar;
    private int failed;

    ConsoleProgress(boolean terminal, PrintStream err) {
        this.terminal = terminal;
        this.err = err;
    }

    @Override
    public void started(int toRun, int alreadyDone) {
        if (alreadyDone > 0) {
            err.println("cardiosleep: resuming: " + alreadyDone + " recordings already done, " + toRun + " to run");
        }
        if (terminal && toRun > 0) {
            bar = new ProgressBarBuilder().setTaskName("cohort").setInitialMax(toRun)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(500).setUnit(" nights", 1).showSpeed().build();
        }
    }

    @Override
    public void committed(RunOutcome outcome) {
        if (outcome.result() == null) {
            failed++;
            if (bar != null) {
                bar.setExtraMessage(failed + " failed");
            }
        }
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void finished(RunSummary summary) {
        if (bar != null) {
            bar.close();
        }
    }
}
