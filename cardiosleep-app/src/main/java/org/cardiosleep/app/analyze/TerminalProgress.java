package org.cardiosleep.app.analyze;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.cardiosleep.pheno.analyze.ProgressListener;

/**
 * Progress bars on stderr for the passes over the signal (QRS detection, beat classification), in
 * minutes of recording, only when attached to a terminal (no bar when output is piped or
 * redirected, so logs and {@code --json} stay clean). Each pass gets its own bar.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
    private ProgressBar bar;
    private String barStep;
    private final boolean enabled;

    public TerminalProgress(boolean enabled) {
        this.enabled = enabled;
    }

    /** True when stdin and stdout are a terminal. */
    public static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public void progress(String step, long done, long total) {
        String title = switch (step) {
            case ECG -> "Analysing ECG";
            case CLASSES -> "Classifying beats";
            default -> null;
        };
        if (!enabled || title == null) {
            return;
        }
        if (bar == null || !step.equals(barStep)) {
            close();
            bar = new ProgressBarBuilder().setTaskName(title).setInitialMax(total).setUnit(" min", 60)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(100).build();
            barStep = step;
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.refresh();      // show the final state even when the pass was faster than one refresh interval
            bar.close();
            bar = null;
        }
    }
}
